/**
 * V8's compile cache for every Node process a test run starts (NODE_COMPILE_CACHE, Node ≥ 22.1):
 * the suite starts hundreds of them — a test worker per file, the importer a dozen times per test
 * of it, builds, Astro, ESLint — and each compiled the same modules (TypeScript's and Astro's
 * largest among them) from source. With the cache, the first process compiles and writes them and
 * the others read the code back: about 30 % less CPU on a file that runs the importer 20 times
 * (tests/unit/importHabits.test.ts: 15.5–17.6 s user time without, 11.3–12.7 s with, starting
 * from an empty cache). Node checks each entry against the file's contents, so an edited file is
 * compiled afresh; the cache only saves time.
 */
import { mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { resolve } from 'node:path';

/** Where the suite's compile cache lives: in the checkout's .test-dist/, which git ignores. */
export const compileCacheDir = resolve('.test-dist/node-compile-cache');

/** Turns the cache on for this process and every process it starts. */
export function useCompileCache(): void {
  mkdirSync(compileCacheDir, { recursive: true });
  process.env.NODE_COMPILE_CACHE = compileCacheDir;
  enableCompileCache(compileCacheDir);
}
