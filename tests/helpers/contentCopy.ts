/** A throw-away copy of content/ that a test can break on purpose. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ContentCopy {
  dir: string;
  /** Replaces `from` with `to` in one file of the copy; fails loudly when `from` is not there. */
  edit: (file: string, from: string | RegExp, to: string) => void;
  remove: () => void;
}

export function copyContent(): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-content-'));
  cpSync('content', dir, { recursive: true });
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`测试夹具：${file} 中没有 ${String(from)}`);
      writeFileSync(path, next);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
