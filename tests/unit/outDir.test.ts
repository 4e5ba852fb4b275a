/**
 * OUT_DIR for `npm run build` and `npm run regenerate` (scripts/lib/outDir.ts): any folder but the
 * checkout and the content, its parent made when missing, and Astro pointed at a scratch folder it
 * reads correctly even when the output's path begins with the checkout's (issue 22).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, prepareOutDir, scratchDirs } from '../../scripts/lib/outDir.ts';

const work = mkdtempSync(join(tmpdir(), 'liangxin-outdir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('isInside: by path, never by string prefix', () => {
  it.each([
    ['/x/site', '/x/site', true],
    ['/x/site', '/x/site/dist', true],
    ['/x/site', '/x/site/..dist', true],
    ['/x/site', '/x/site-out', false],
    ['/x/site', '/x/sitefoo/dist', false],
    ['/x/site', '/x', false],
    ['/x/site/', '/x/site/dist/../../site-out', false],
  ])('%s holds %s: %s', (dir, path, inside) => expect(isInside(dir, path)).toBe(inside));
});

describe('scratchDirs: where Astro writes before the swap', () => {
  it.each([
    // Beside the output, inside the checkout or clearly outside it: the usual place.
    ['/x/site/dist', '/x/site/dist.building'],
    ['/srv/www', '/srv/www.building'],
    // Outside, but its path begins with the checkout's: Astro would misread it, so inside instead.
    ['/x/site-out', '/x/site/.build-tmp/site-out.building'],
    ['/x/site-out/root', '/x/site/.build-tmp/root.building'],
  ])('OUT_DIR %s → Astro writes %s', (out, astro) => {
    const dirs = scratchDirs(out, '/x/site');
    expect(dirs).toEqual({ astro, beside: `${out}.building` });
  });
});

describe('prepareOutDir', () => {
  const cwd = join(work, 'site');

  it('makes a missing parent and accepts the folder', () => {
    const out = join(work, 'site-out', 'deeper', 'root');
    expect(prepareOutDir(out, cwd, join(cwd, 'content'))).toBeNull();
    expect(existsSync(join(work, 'site-out', 'deeper'))).toBe(true);
  });

  it.each([
    ['the checkout itself', () => cwd, 'OUT_DIR must not contain the checkout'],
    ['a folder holding the checkout', () => work, 'OUT_DIR must not contain the checkout'],
    ['a folder inside the content', () => join(cwd, 'content', 'site'), 'OUT_DIR must not be inside the content folder'],
    [
      'a file',
      () => {
        const f = join(work, 'a-file');
        writeFileSync(f, '');
        return f;
      },
      'OUT_DIR is a file',
    ],
  ])('refuses %s, in Chinese with the English key', (_, out, key) => {
    const message = prepareOutDir(out(), cwd, join(cwd, 'content'));
    expect(message).toContain('OUT_DIR（输出目录）');
    expect(message).toContain(key);
  });
});
