/**
 * The guard behind tests/helpers/contentFree.ts: in a file listed as reading nothing of content/,
 * a read of content/ fails, by any of the usual ways of reading, and nothing else is touched.
 */
import { existsSync, promises, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFree } from '../helpers/contentFree.ts';
import { guardContent } from '../helpers/guardContent.ts';

const root = resolve(import.meta.dirname, '../..');
let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe('guardContent', () => {
  it('refuses reads of content/ by named imports, the promises API and URLs, naming the list', async () => {
    restore = guardContent(root, 'tests/unit/x.test.ts');
    expect(() => readFileSync('content/site.json')).toThrow(/tests\/unit\/x\.test\.ts 读取了 content\/.*contentFree\.ts/);
    expect(() => readdirSync(resolve(root, 'content'))).toThrow(/contentFree/);
    expect(() => existsSync(new URL(`file://${root}/content/site.json`))).toThrow(/contentFree/);
    await expect(readFile('content/site.json')).rejects.toThrow(/contentFree/);
    await expect(promises.readdir('content')).rejects.toThrow(/contentFree/);
  });

  it('lets everything else through, a folder named like it included', () => {
    restore = guardContent(root, 'tests/unit/x.test.ts');
    expect(readFileSync('package.json', 'utf8')).toContain('"name"');
    expect(existsSync('content-other/x')).toBe(false);
    expect(existsSync('tests/fixtures')).toBe(true);
  });

  it('puts node:fs back', () => {
    guardContent(root, 'tests/unit/x.test.ts')();
    expect(existsSync('content/site.json')).toBe(true);
  });

  it('contentFree lists only existing unit test files (a renamed one would run unguarded)', () => {
    expect(contentFree.filter((f) => !existsSync(resolve(root, f)))).toEqual([]);
    expect(contentFree.every((f) => /^tests\/unit\/[^/]+\.test\.ts$/.test(f))).toBe(true);
  });
});
