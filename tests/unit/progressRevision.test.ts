/** Re-importing a bureau's period: changed and dropped figures become revisions, nothing else does. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent } from '../helpers/contentCopy.ts';
import { reviseReport } from '../../src/progress/revision.ts';
import { figureRevisionList, indicatorRevisions, revisionEvents } from '../../src/progress/revisionViews.ts';
import type { ProgressReport, ProgressRow, Revision } from '../../src/schemas/progress.ts';

const row = (indicator: number, asOf: string, value: number, note = ''): ProgressRow => ({ indicator, asOf, value, unit: '个', note });

function report(rows: ProgressRow[], importedFrom: string, imported: string, revisions?: Revision[]): ProgressReport {
  return { period: '2025年第四季度', department: 'development-reform', sample: false, importedFrom, imported, rows, revisions: revisions ?? [] };
}

const first = report([row(7, '2025-12-31', 1500), row(8, '2025-12-31', 20)], 'a.csv', '2026-01-10');
const rev = (
  indicator: number,
  asOf: string,
  previous: number,
  value: number | null,
  revised = '2026-01-15',
  previousFrom = 'a.csv',
  importedFrom = 'b.csv',
): Revision => ({
  revised,
  indicator,
  asOf,
  previous,
  value,
  unit: '个',
  previousFrom,
  importedFrom,
});

describe('reviseReport', () => {
  it.each([
    {
      name: 'a first import has no revisions',
      previous: undefined,
      next: report([row(7, '2025-12-31', 1500)], 'a.csv', '2026-01-10'),
      revisions: [],
      imported: '2026-01-10',
      importedFrom: 'a.csv',
    },
    {
      name: 'a changed value is one revision, dated by the re-import',
      previous: first,
      next: report([row(7, '2025-12-31', 1600), row(8, '2025-12-31', 20)], 'b.csv', '2026-01-15'),
      revisions: [rev(7, '2025-12-31', 1500, 1600)],
      imported: '2026-01-10',
      importedFrom: 'b.csv',
    },
    {
      name: 'a figure the new file no longer has is a revision to null',
      previous: first,
      next: report([row(7, '2025-12-31', 1500)], 'b.csv', '2026-01-15'),
      revisions: [rev(8, '2025-12-31', 20, null)],
      imported: '2026-01-10',
      importedFrom: 'b.csv',
    },
    {
      name: 'an added figure makes no revision',
      previous: first,
      next: report([row(7, '2025-12-31', 1500), row(8, '2025-12-31', 20), row(9, '2025-12-31', 3)], 'b.csv', '2026-01-15'),
      revisions: [],
      imported: '2026-01-10',
      importedFrom: 'b.csv',
    },
    {
      name: 'a changed note alone makes no revision (revisions are about values)',
      previous: first,
      next: report([row(7, '2025-12-31', 1500, '含自用桩'), row(8, '2025-12-31', 20)], 'b.csv', '2026-01-15'),
      revisions: [],
      imported: '2026-01-10',
      importedFrom: 'b.csv',
    },
    {
      name: 'a figure moved to another 截至日期 is the old one dropped (the new one is an addition)',
      previous: first,
      next: report([row(7, '2025-11-30', 1500), row(8, '2025-12-31', 20)], 'b.csv', '2026-01-15'),
      revisions: [rev(7, '2025-12-31', 1500, null)],
      imported: '2026-01-10',
      importedFrom: 'b.csv',
    },
    {
      name: 'the same figures again, from another file and in another order, change nothing',
      previous: first,
      next: report([row(8, '2025-12-31', 20), row(7, '2025-12-31', 1500)], 'renamed.csv', '2026-01-15'),
      revisions: [],
      imported: '2026-01-10',
      importedFrom: 'a.csv',
    },
    {
      name: 'earlier revisions are kept, the new ones follow',
      previous: report([row(7, '2025-12-31', 1600), row(8, '2025-12-31', 20)], 'b.csv', '2026-01-10', [
        rev(7, '2025-12-31', 1500, 1600, '2026-01-12', 'a.csv', 'b.csv'),
      ]),
      next: report([row(7, '2025-12-31', 1650), row(8, '2025-12-31', 21)], 'c.csv', '2026-01-15'),
      revisions: [
        rev(7, '2025-12-31', 1500, 1600, '2026-01-12', 'a.csv', 'b.csv'),
        rev(7, '2025-12-31', 1600, 1650, '2026-01-15', 'b.csv', 'c.csv'),
        rev(8, '2025-12-31', 20, 21, '2026-01-15', 'b.csv', 'c.csv'),
      ],
      imported: '2026-01-10',
      importedFrom: 'c.csv',
    },
  ])('$name', ({ previous, next, revisions, imported, importedFrom }) => {
    const out = reviseReport(previous, next);
    expect(out.revisions).toEqual(revisions);
    expect(out.imported).toBe(imported);
    expect(out.importedFrom).toBe(importedFrom);
    // The figures are always the new file's.
    expect(out.rows).toEqual(previous && out.importedFrom === previous.importedFrom ? previous.rows : next.rows);
  });

  it('importing the same file twice adds nothing the second time', () => {
    const next = report([row(7, '2025-12-31', 1600), row(8, '2025-12-31', 20)], 'b.csv', '2026-01-15');
    const once = reviseReport(first, next);
    const twice = reviseReport(once, { ...next, imported: '2026-01-20' });
    expect(twice).toEqual(once);
  });

  it('does not change its arguments', () => {
    const before = structuredClone(first);
    reviseReport(first, report([row(7, '2025-12-31', 1)], 'b.csv', '2026-01-15'));
    expect(first).toEqual(before);
  });
});

describe('revision views', () => {
  const reports = [
    {
      id: '2025-q4-a',
      period: '2025年第四季度',
      department: 'a',
      sample: false,
      revisions: [rev(7, '2025-12-31', 1500, 1600, '2026-01-12'), rev(8, '2025-12-31', 20, null, '2026-01-12'), rev(7, '2025-12-31', 1600, 1650, '2026-01-15')],
    },
    { id: '2025-q3-a', period: '2025年第三季度', department: 'a', sample: false, revisions: [rev(7, '2025-09-30', 900, 950, '2026-01-12')] },
    { id: '2024-q4-b', period: '2024年第四季度', department: 'b', sample: false },
  ];

  it.each([
    {
      indicator: 7,
      expected: [
        ['2026-01-15', '2025-12-31', 1600, 1650],
        ['2026-01-12', '2025-09-30', 900, 950],
        ['2026-01-12', '2025-12-31', 1500, 1600],
      ],
    },
    { indicator: 8, expected: [['2026-01-12', '2025-12-31', 20, null]] },
    { indicator: 9, expected: [] },
  ])('indicator $indicator: its revisions, newest first', ({ indicator, expected }) => {
    expect(indicatorRevisions(reports, indicator).map((v) => [v.revised, v.asOf, v.previous, v.value])).toEqual(expected);
  });

  it('carries the report each revision was made in', () => {
    const [v] = indicatorRevisions(reports, 8);
    expect(v).toMatchObject({ reportId: '2025-q4-a', period: '2025年第四季度', department: 'a', sample: false });
  });

  it.each([
    { indicator: 7, asOf: '2025-12-31', expected: [1600, 1500] },
    { indicator: 7, asOf: '2025-09-30', expected: [] },
    { indicator: 9, asOf: '2025-12-31', expected: [] },
  ])('figure $indicator at $asOf: its revisions in one report, latest first', ({ indicator, asOf, expected }) => {
    expect(figureRevisionList(reports[0]!.revisions, indicator, asOf).map((v) => v.previous)).toEqual(expected);
  });

  it('groups revisions into one event per report and revision date, newest first', () => {
    expect(revisionEvents(reports).map((e) => [e.reportId, e.revised, e.revisions.map((v) => `${v.indicator}:${v.previous}→${v.value}`)])).toEqual([
      ['2025-q4-a', '2026-01-15', ['7:1600→1650']],
      ['2025-q3-a', '2026-01-12', ['7:900→950']],
      ['2025-q4-a', '2026-01-12', ['7:1500→1600', '8:20→null']],
    ]);
  });
});

describe('npm run import:progress keeps what a re-import replaces', { timeout: 60_000 }, () => {
  const copy = copyContent({ reports: false, asOf: '2026-01-15' });
  afterAll(() => copy.remove());
  const run = (file: string) =>
    spawnSync('node', ['scripts/importProgress.ts', `tests/fixtures/progress/${file}`], {
      env: { ...process.env, CONTENT_DIR: copy.dir, BUILD_DATE: '2026-01-15' },
      encoding: 'utf8',
    });
  const stored = () => JSON.parse(readFileSync(join(copy.dir, 'progress/2025-development-reform.json'), 'utf8')) as ProgressReport;

  it('writes the changed figure as a revision and says so', () => {
    expect(run('good.csv').status).toBe(0);
    const result = run('good-corrected.csv');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已修订 指标7 截至2025-12-31：1500 → 1600');
    const report = stored();
    expect(report.rows.map((r) => r.value)).toEqual([1600]);
    expect(report.importedFrom).toBe('good-corrected.csv');
    expect(report.revisions).toEqual([rev(7, '2025-12-31', 1500, 1600, '2026-01-15', 'good.csv', 'good-corrected.csv')]);
  });

  it('adds nothing when the same file is imported again', () => {
    const before = readFileSync(join(copy.dir, 'progress/2025-development-reform.json'), 'utf8');
    const result = run('good-corrected.csv');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('已修订');
    expect(readFileSync(join(copy.dir, 'progress/2025-development-reform.json'), 'utf8')).toBe(before);
  });
});
