/**
 * Every visible character of content/ (letters, digits, punctuation, symbols), each once, sorted:
 * any of them can reach a share picture, so the picture tests draw them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function contentChars(dir = 'content'): string[] {
  const chars = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else for (const ch of readFileSync(path, 'utf8')) if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch)) chars.add(ch);
    }
  };
  walk(dir);
  return [...chars].sort();
}
