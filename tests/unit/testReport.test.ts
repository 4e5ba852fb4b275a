/** `npm test`'s closing lines: totals CI can read, and skips that fail CI unless listed with a reason. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closingLine, readTotals, skipReason, unlistedSkips } from '../../scripts/lib/testReport.ts';

const dir = mkdtempSync(join(tmpdir(), 'liangxin-report-'));
function report(name: string, statuses: string[]): string {
  const path = join(dir, `${name}.json`);
  const results = statuses.map((status, i) => ({ status, fullName: `case ${i} ${status}` }));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  writeFileSync(
    path,
    JSON.stringify({
      numPassedTests: count('passed'),
      numFailedTests: count('failed'),
      testResults: [{ name: `/repo/tests/${name}.test.ts`, assertionResults: results }],
    }),
  );
  return path;
}

describe('readTotals and closingLine', () => {
  it.each([
    [[['passed', 'passed'], ['failed']], '2 passed, 1 failed', 0],
    [
      [
        ['passed', 'skipped'],
        ['todo', 'passed'],
      ],
      '2 passed, 0 failed, 2 skipped',
      2,
    ],
    [[['passed'], []], '1 passed, 0 failed', 0],
  ])('%j → %s', (files, line, skipped) => {
    const totals = readTotals(
      files.map((s, i) => report(`r${i}-${line.length}-${skipped}`, s)),
      '/repo',
    );
    expect(closingLine(totals)).toBe(line);
    expect(totals.skipped).toHaveLength(skipped);
  });

  it('names each skipped test by file and full name, and ignores a report that is missing', () => {
    const totals = readTotals([report('named', ['skipped']), join(dir, 'absent.json')], '/repo');
    expect(totals.skipped).toEqual(['tests/named.test.ts › case 0 skipped']);
  });
});

describe('unlisted skips', () => {
  const totals = { passed: 0, failed: 0, skipped: ['tests/a.test.ts › seed document', 'tests/b.test.ts › something else'] };
  it.each([
    [{}, ['tests/a.test.ts › seed document', 'tests/b.test.ts › something else']],
    [{ 'seed document': 'needs ../shared' }, ['tests/b.test.ts › something else']],
  ])('allowed %j leaves %j', (allowed, unlisted) => {
    expect(unlistedSkips(totals, allowed)).toEqual(unlisted);
  });

  it('gives the listed reason', () => {
    expect(skipReason('tests/a.test.ts › seed document', { 'seed document': 'needs ../shared' })).toBe('needs ../shared');
    expect(skipReason('tests/b.test.ts › x', { 'seed document': 'needs ../shared' })).toBeUndefined();
  });
});
