/**
 * Made-up changes to a copy of content/, for the demo (examples/versions/) and the tests
 * (tests/fixtures/versions/): a JSON file of exact text replacements and document fields, applied
 * to the copy so the edited text is always derived from today's real content. Every `from` must
 * be found, so a fixture that no longer fits the content fails loudly instead of doing nothing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Content files may start with a byte order mark, as the content check allows.
import { stripBom } from '../../src/checks/jsonSyntax.ts';

export interface VersionEdits {
  /** What these changes are and why they exist (never shown; for whoever reads the file). */
  about: string;
  /** Fields of site.json's document block to set. */
  document?: Record<string, string>;
  /** Replacements: every occurrence of `from` in `file` (inside the content folder) becomes `to`. */
  edits: { file: string; from: string; to: string }[];
}

export function readVersionEdits(path: string): VersionEdits {
  return JSON.parse(readFileSync(path, 'utf8')) as VersionEdits;
}

export function applyVersionEdits(contentDir: string, changes: VersionEdits): void {
  for (const { file, from, to } of changes.edits) {
    const path = join(contentDir, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(from)) throw new Error(`版本改动夹具：${file} 中没有“${from}”（edit does not apply; update the fixture）`);
    writeFileSync(path, text.replaceAll(from, to));
  }
  if (changes.document) {
    const path = join(contentDir, 'site.json');
    const json = JSON.parse(stripBom(readFileSync(path, 'utf8'))) as { site: { document: Record<string, unknown> } };
    Object.assign(json.site.document, changes.document);
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  }
}
