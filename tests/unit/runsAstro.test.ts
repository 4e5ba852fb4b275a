/**
 * `npm test` runs the site and browser test files that start Astro in one process, one at a time,
 * and the other browser tests beside them (scripts/test.ts); tests/helpers/runsAstro.ts lists them.
 * Here the list is checked against the files themselves: each file, and the local modules it
 * imports, is read for code that starts Astro.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runsAstro, startsAstro } from '../helpers/runsAstro.ts';

const root = resolve(import.meta.dirname, '../..');

/** A file's text and that of the local modules it imports directly (helpers, scripts). */
function codeOf(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const imported = [...text.matchAll(/from '(\.{1,2}\/[^']+\.ts)'/g)]
    .map((m) => join(dirname(join(root, file)), m[1]!))
    .filter((path) => existsSync(path) && !path.endsWith('runsAstro.ts'));
  return [text, ...imported.map((path) => readFileSync(path, 'utf8'))].join('\n');
}

const testFiles = ['tests/site', 'tests/browser'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`),
);

describe('test files that start Astro', () => {
  it('are exactly those tests/helpers/runsAstro.ts lists', () => {
    expect(testFiles.filter((f) => startsAstro.test(codeOf(f))).sort()).toEqual([...runsAstro].sort());
  });

  it('the pattern finds each way of starting Astro', () => {
    const starts = ["spawn('node', ['scripts/build.ts'])", 'run(`./scripts/regenerate.ts`)', "'node_modules/astro/bin/astro.mjs'", "run('astro', ['build'])"];
    expect(starts.filter((s) => !startsAstro.test(s))).toEqual([]);
    // A comment naming a command is not a spawn.
    expect(startsAstro.test('Builds that publish (PUBLISH=1, `npm run regenerate`) need')).toBe(false);
  });
});
