/**
 * Wraps node:fs so that reading a checkout's content/ throws (or, when tracing, is recorded): the
 * mechanism of tests/helpers/contentGuard.ts, here as a function so a unit test can prove it.
 */
import fs, { appendFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The fs functions that read a path given as their first argument (cpSync's source). */
const readers = [
  'readFileSync',
  'readdirSync',
  'existsSync',
  'statSync',
  'lstatSync',
  'accessSync',
  'opendirSync',
  'openSync',
  'realpathSync',
  'cpSync',
  'createReadStream',
  'readFile',
  'readdir',
  'stat',
  'lstat',
  'access',
  'open',
  'cp',
];
const promiseReaders = ['readFile', 'readdir', 'stat', 'lstat', 'access', 'open', 'cp', 'opendir'];

type Fn = (...args: unknown[]) => unknown;

/**
 * From now on in this process, a read of `root`/content/ by `testFile` throws, naming the file and
 * the list to take it off; with `trace` (a file) it appends `testFile` there instead. Returns a
 * function that puts node:fs back.
 */
export function guardContent(root: string, testFile: string, trace?: string): () => void {
  const content = join(resolve(root), 'content');
  const inContent = (p: unknown): boolean => {
    const path = p instanceof URL ? fileURLToPath(p) : typeof p === 'string' ? p : undefined;
    if (path === undefined) return false;
    const full = resolve(path);
    return full === content || full.startsWith(`${content}${sep}`);
  };
  /** The error for a read of content/, or nothing (when tracing, the read is recorded instead). */
  const touched = (fn: string, p: unknown): Error | undefined => {
    if (!inContent(p)) return undefined;
    if (trace) {
      appendFileSync(trace, `${testFile}\n`);
      return undefined;
    }
    return new Error(
      `${testFile} 读取了 content/（${fn} ${String(p)}），但它列在 tests/helpers/contentFree.ts 中，工作人员数据状态检查不会再运行它：请把它从该列表删去（a test listed as reading nothing of content/ read it）。`,
    );
  };
  const restores: (() => void)[] = [];
  const wrap = (target: Record<string, Fn>, names: string[], promised: boolean) => {
    for (const name of names) {
      const original = target[name]!;
      target[name] = function (this: unknown, ...args: unknown[]) {
        const refused = touched(name, args[0]);
        // The promises API fails as it would on a missing file: by rejecting.
        if (refused && promised) return Promise.reject(refused);
        if (refused) throw refused;
        return original.apply(this, args);
      };
      restores.push(() => (target[name] = original));
    }
  };
  wrap(fs as unknown as Record<string, Fn>, readers, false);
  wrap(fs.promises as unknown as Record<string, Fn>, promiseReaders, true);
  // Named imports (import { readFileSync } from 'node:fs') see the wrapped functions too.
  syncBuiltinESMExports();
  return () => {
    for (const restore of restores) restore();
    syncBuiltinESMExports();
  };
}
