/**
 * What a batch of figures does to the published reports (src/import/merge.ts): merged by indicator
 * and 截至日期, nothing deleted by omission, every change a revision with its reason, and the views
 * of those revisions for the pages (src/progress/revisionViews.ts).
 */
import { describe, expect, it } from 'vitest';
import { joinFigures, mergeFigures, placeText, type StoredReport } from '../../src/import/merge.ts';
import type { RowFigure } from '../../src/import/progressRows.ts';
import { parsePeriod } from '../../src/import/period.ts';
import { figureRevisionList, indicatorRevisions, revisionEvents } from '../../src/progress/revisionViews.ts';
import type { Department } from '../../src/schemas/department.ts';
import type { ProgressRow, Revision } from '../../src/schemas/progress.ts';

const dr: Department = { id: 'development-reform', name: '区发改局', aliases: [] };
const hc: Department = { id: 'housing-construction', name: '区住建局', aliases: [] };
const units = new Map([
  [7, '个'],
  [8, '台'],
]);
const TODAY = '2026-01-15';

/** A row of a spreadsheet: indicator, 截至日期, value (null = 删除), 更正说明, and where it is. */
function fig(indicator: number, asOf: string, value: number | null, correction = '', note = '', at = { file: 'b.xlsx', row: 2 }, department = dr): RowFigure {
  return {
    at: { file: at.file, sheet: 'Sheet1', row: at.row },
    indicator,
    asOf,
    value,
    note,
    department,
    period: parsePeriod('2025年', 2025)!,
    correction,
    columns: { value: '数值', correction: '更正说明' },
  };
}

const row = (indicator: number, asOf: string, value: number, note = ''): ProgressRow => ({
  indicator,
  asOf,
  value,
  unit: units.get(indicator)!,
  note,
  reported: '2026-01-10',
  source: 'a.xlsx 工作表“Sheet1” 第 2 行',
  explanation: '',
});

const published: StoredReport = {
  file: '2025-development-reform.json',
  report: {
    period: '2025年全年',
    department: 'development-reform',
    sample: false,
    importedFrom: 'a.xlsx',
    imported: '2026-01-10',
    rows: [row(7, '2025-06-30', 700), row(7, '2025-12-31', 1500)],
    revisions: [],
  },
};

const rev = (asOf: string, previous: number | null, value: number | null, reason: string, extra: Partial<Revision> = {}): Revision => ({
  revised: TODAY,
  indicator: 7,
  asOf,
  previous,
  value,
  previousNote: '',
  note: '',
  reason,
  unit: '个',
  previousFrom: previous === null ? '' : 'a.xlsx 工作表“Sheet1” 第 2 行',
  importedFrom: 'b.xlsx 工作表“Sheet1” 第 2 行',
  ...extra,
});

describe('mergeFigures', () => {
  it.each([
    {
      name: 'a figure the file does not mention stays as it is',
      incoming: [fig(7, '2025-12-31', 1500)],
      kinds: ['unchanged'],
      rows: [
        ['2025-06-30', 700],
        ['2025-12-31', 1500],
      ],
      revisions: [],
    },
    {
      name: 'a one-row 补报 adds its figure and keeps the others',
      incoming: [fig(7, '2025-09-30', 1100)],
      kinds: ['added'],
      rows: [
        ['2025-06-30', 700],
        ['2025-09-30', 1100],
        ['2025-12-31', 1500],
      ],
      revisions: [],
    },
    {
      name: 'a corrected value with its reason is one revision',
      incoming: [fig(7, '2025-12-31', 1600, '漏计100个')],
      kinds: ['revised'],
      rows: [
        ['2025-06-30', 700],
        ['2025-12-31', 1600],
      ],
      revisions: [rev('2025-12-31', 1500, 1600, '漏计100个')],
    },
    {
      name: 'a replaced 备注 is kept in the revision',
      incoming: [fig(7, '2025-12-31', 1500, '备注补充口径', '含自用桩')],
      kinds: ['revised'],
      rows: [
        ['2025-06-30', 700],
        ['2025-12-31', 1500],
      ],
      revisions: [rev('2025-12-31', 1500, 1500, '备注补充口径', { note: '含自用桩' })],
    },
    {
      name: '删除 removes the figure and records it',
      incoming: [fig(7, '2025-06-30', null, '重复报送')],
      kinds: ['removed'],
      rows: [['2025-12-31', 1500]],
      revisions: [rev('2025-06-30', 700, null, '重复报送')],
    },
  ])('$name', ({ incoming, kinds, rows, revisions }) => {
    const before = structuredClone(published);
    const out = mergeFigures([published], incoming, units, TODAY);
    expect(out.errors).toEqual([]);
    expect(out.changes.map((c) => c.kind)).toEqual(kinds);
    const report = out.reports[0]?.report ?? published.report;
    expect(report.rows.map((r) => [r.asOf, r.value])).toEqual(rows);
    expect(report.revisions).toEqual(revisions);
    // The first import date stays; nothing of the arguments changes.
    expect(report.imported).toBe('2026-01-10');
    expect(published).toEqual(before);
  });

  it('re-importing the same figures writes nothing', () => {
    const out = mergeFigures([published], [fig(7, '2025-12-31', 1500), fig(7, '2025-06-30', 700)], units, TODAY);
    expect(out.reports).toEqual([]);
    expect(out.changes.map((c) => c.kind)).toEqual(['unchanged', 'unchanged']);
  });

  it('a figure reported again after its removal is recorded as restored', () => {
    const removed = mergeFigures([published], [fig(7, '2025-06-30', null, '重复报送')], units, TODAY).reports;
    const out = mergeFigures(removed, [fig(7, '2025-06-30', 650, '核实后恢复')], units, '2026-01-20');
    expect(out.changes.map((c) => c.kind)).toEqual(['restored']);
    expect(out.reports[0]!.report.revisions.map((v) => [v.previous, v.value, v.reason])).toEqual([
      [700, null, '重复报送'],
      [null, 650, '核实后恢复'],
    ]);
  });

  it('a report whose every figure was removed keeps its revisions', () => {
    const one: StoredReport = { ...published, report: { ...published.report, rows: [row(7, '2025-12-31', 1500)] } };
    const out = mergeFigures([one], [fig(7, '2025-12-31', null, '报错单位')], units, TODAY);
    expect(out.reports[0]!.report.rows).toEqual([]);
    expect(out.reports[0]!.report.revisions).toHaveLength(1);
  });

  it.each([
    {
      name: 'a change without a 更正说明',
      incoming: [fig(7, '2025-12-31', 1400)],
      expected: '指标7截至 2025-12-31 的数值已发布（2026-01-10 报送），为 1500，本行为 1400：更改已发布的数值须在“更正说明”列写明更正原因',
    },
    { name: 'removing a figure that is not there', incoming: [fig(7, '2025-03-31', null, '重复')], expected: '没有数值，无从删除' },
    {
      name: 'a figure another report holds',
      incoming: [fig(7, '2025-12-31', 1500, '', '', { file: 'c.xlsx', row: 4 }, hc)],
      expected: '指标7截至 2025-12-31 的数值已由development-reform在“2025年全年”的报告中报送（content/progress/2025-development-reform.json，为 1500）',
    },
  ])('refuses $name, naming the spreadsheet row', ({ incoming, expected }) => {
    const out = mergeFigures([published], incoming, units, TODAY);
    expect(out.reports).toEqual([]);
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0]).toMatchObject({ file: incoming[0]!.at.file, sheet: 'Sheet1', row: incoming[0]!.at.row, column: '数值' });
    expect(out.errors[0]!.expected).toContain(expected);
  });
});

describe('joinFigures', () => {
  it('takes the same figure from two files once and keeps different figures of one report', () => {
    const a = [fig(7, '2025-12-31', 1500, '', '', { file: 'a.xlsx', row: 2 })];
    const b = [fig(7, '2025-12-31', 1500, '', '', { file: 'b.xlsx', row: 3 }), fig(7, '2025-09-30', 1100, '', '', { file: 'b.xlsx', row: 4 })];
    const out = joinFigures([a, b]);
    expect(out.errors).toEqual([]);
    expect(out.figures.map((f) => placeText(f.at))).toEqual(['a.xlsx 工作表“Sheet1” 第 2 行', 'b.xlsx 工作表“Sheet1” 第 4 行']);
  });

  it('refuses one figure given two ways, naming both rows', () => {
    const out = joinFigures([
      [fig(7, '2025-12-31', 1500, '', '', { file: 'a.xlsx', row: 2 })],
      [fig(7, '2025-12-31', 1550, '', '', { file: 'b.xlsx', row: 3 })],
    ]);
    expect(out.errors.map((e) => [e.file, e.row])).toEqual([['b.xlsx', 3]]);
    expect(out.errors[0]!.expected).toContain('指标7截至 2025-12-31 的数值在 a.xlsx 工作表“Sheet1” 第 2 行 也有，为 1500（区发改局），本行为 1550（区发改局）');
  });

  it('refuses a figure repeated within one file too (the row check names it first, as 与第 N 行重复)', () => {
    const same = fig(7, '2025-12-31', 1500);
    expect(joinFigures([[same, { ...same, at: { ...same.at, row: 3 } }]]).errors).toHaveLength(1);
  });
});

describe('revision views', () => {
  const r = (indicator: number, asOf: string, previous: number | null, value: number | null, revised: string): Revision => ({
    ...rev(asOf, previous, value, ''),
    indicator,
    revised,
  });
  const reports = [
    {
      id: '2025-q4-a',
      period: '2025年第四季度',
      department: 'a',
      sample: false,
      revisions: [r(7, '2025-12-31', 1500, 1600, '2026-01-12'), r(8, '2025-12-31', 20, null, '2026-01-12'), r(7, '2025-12-31', 1600, 1650, '2026-01-15')],
    },
    { id: '2025-q3-a', period: '2025年第三季度', department: 'a', sample: false, revisions: [r(7, '2025-09-30', 900, 950, '2026-01-12')] },
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
