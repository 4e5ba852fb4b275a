/**
 * The progress download records: each figure's row carries the pages' own assessment (the same
 * assessIndicator output) on the row of the figure it rests on, and the CSV is Excel-safe.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { BOM } from '../../src/export/csv.ts';
import type { Revision } from '../../src/schemas/progress.ts';
import {
  assessmentExport,
  compareProgress,
  datasetCsv,
  progressDownloadColumns,
  progressExport,
  type ProgressFigureInput,
} from '../../src/export/dataExport.ts';
import { assessIndicator } from '../../src/progress/assess.ts';
import { parseCsv } from '../helpers/csvParse.ts';

const { content } = readContent('content');
const indicator = (n: number) => content.indicators.find((i) => i.data.number === n)!.data;
const TODAY = '2026-01-15';

const basis = (target: string, reachedPercent: number, expectedPercent: number, pace: number, status: string, statusLabel: string) => ({
  target,
  basis: true,
  reachedPercent,
  expectedPercent,
  pace,
  status,
  statusLabel,
});
const notBasis = (target: string) => ({ target, basis: false, reachedPercent: null, expectedPercent: null, pace: null, status: null, statusLabel: null });

describe.each([
  {
    what: 'charging piles (cumulative, 2024 1050个 and 2027 3000个): each figure carries the target its period covers',
    n: 7,
    readings: [
      { asOf: '2024-12-31', value: 1100 },
      { asOf: '2025-12-31', value: 1500 },
    ],
    expected: [
      // 1100 ÷ 1050 = 104.76%; the 2024 period is over, the target met → 已完成. Not the 2027 basis: a later figure is.
      { '2024': basis('1050个', 104.76, 100, 1.05, 'done', '已完成'), '2027': notBasis('3000个') },
      // 1500 ÷ 3000 = 50%; 731 of 1461 days = 50.03%; pace 1.00 → 进度正常 (as /progress/ shows).
      { '2024': notBasis('1050个'), '2027': basis('3000个', 50, 50.03, 1, 'on-track', '进度正常') },
    ],
  },
  {
    what: 'car trade-in (annual, only a 2024 target)',
    n: 14,
    readings: [{ asOf: '2024-12-31', value: 1000 }],
    expected: [{ '2024': basis('1000辆', 100, 100, 1, 'done', '已完成'), '2027': null }],
  },
  {
    what: 'digital design tools (rate from 84.5% to 90%)',
    n: 2,
    readings: [{ asOf: '2025-12-31', value: 86 }],
    // 86 ÷ 90 = 95.56%; path 84.5 + 5.5 × 365/1095 = 86.33 → 95.93%; pace 1.00.
    expected: [{ '2024': notBasis('84.50%'), '2027': basis('90%', 95.56, 95.93, 1, 'on-track', '进度正常') }],
  },
])('$what', ({ n, readings, expected }) => {
  const ind = indicator(n);
  const assessments = assessIndicator(ind, readings, TODAY);
  it.each(readings.map((r, i) => [r.asOf, r, expected[i]] as const))('figure dated %s', (_, reading, want) => {
    expect(assessmentExport(reading, assessments)).toEqual(want);
  });
  it('statuses agree with the assessments the pages show', () => {
    for (const a of assessments) {
      const rows = readings.map((r) => assessmentExport(r, assessments)[String(a.target.year) as '2024' | '2027']!);
      const onBasis = rows.filter((r) => r.basis);
      expect(onBasis.map((r) => r.status)).toEqual(a.reading ? [a.status] : []);
    }
  });
});

it('a figure no assessment rests on carries the target of the text in force on its date', () => {
  // The 2027 status rests on a figure judged against another text (3000个); this row's text set 2800个.
  const assessments = assessIndicator(indicator(7), [{ asOf: '2025-06-30', value: 2000 }], TODAY);
  const row = assessmentExport({ asOf: '2024-06-30', value: 10 }, assessments, { district2024: '1050个', district2027: '2800个' });
  expect(row).toEqual({ '2024': notBasis('1050个'), '2027': notBasis('2800个') });
  expect(assessmentExport({ asOf: '2025-06-30', value: 2000 }, assessments, { district2027: '2800个' })['2027']?.target).toBe('3000个');
});

it('a figure no assessment rests on carries the targets but no status', () => {
  const assessments = assessIndicator(indicator(7), [], TODAY);
  expect(assessmentExport({ asOf: '2025-06-30', value: 10 }, assessments)).toEqual({ '2024': notBasis('1050个'), '2027': notBasis('3000个') });
});

/** A revision of indicator 7's figure at 2025-12-31, as reports store it. */
const revision = (previous: number | null, value: number | null, revised: string, reason: string): Revision => ({
  revised,
  indicator: 7,
  asOf: '2025-12-31',
  previous,
  value,
  previousNote: '',
  note: '',
  reason,
  unit: '个',
  previousFrom: 'staff.xlsx 工作表“Sheet1” 第 2 行',
  importedFrom: 'staff.xlsx 工作表“Sheet1” 第 3 行',
});

describe('records and CSV', () => {
  const figure = (over: Partial<ProgressFigureInput>): ProgressFigureInput => ({
    asOf: '2025-12-31',
    value: 1500,
    period: '2025年第四季度',
    department: { id: 'development-reform', name: '区发改局' },
    note: '',
    reported: '2026-01-16',
    imported: '2026-01-15',
    sample: false,
    ...over,
  });
  // Built as src/data/openData.ts builds them: each indicator assessed over all its figures.
  const row = (n: number, figures: ProgressFigureInput[]) =>
    figures.map((f) =>
      progressExport(indicator(n), f, assessIndicator(indicator(n), figures, TODAY), `https://example.gov.cn/indicators/${indicator(n).slug}/`, {
        status: '送审稿',
        targets: indicator(n).targets,
      }),
    );
  const records = [
    ...row(7, [figure({ note: '=HYPERLINK("x")', sample: true }), figure({ asOf: '2024-12-31', value: 900, period: '2024年第四季度' })]),
    ...row(2, [figure({ value: 86 })]),
  ].sort(compareProgress);
  const csv = datasetCsv(progressDownloadColumns, records);
  const [header, ...body] = parseCsv(csv.slice(BOM.length)) as [string[], ...string[][]];
  const col = (h: string) => header.indexOf(h);

  it('has the BOM, unique headers in the documented order and rows of equal width', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(header).toEqual(progressDownloadColumns.map((c) => c.header));
    expect(new Set(header).size).toBe(header.length);
    for (const r of body) expect(r).toHaveLength(header.length);
  });

  it.each([
    ['指标序号', ['2', '7', '7']],
    ['截至日期', ['2025-12-31', '2024-12-31', '2025-12-31']],
    ['数值', ['86', '900', '1500']],
    ['计量单位', ['%', '个', '个']],
    ['填报单位', ['区发改局', '区发改局', '区发改局']],
    ['数据性质', ['正式报送', '正式报送', '示例数据（虚构）']],
    ['备注', ['', '', `'=HYPERLINK("x")`]],
    ['区级2027年目标', ['90%', '3000个', '3000个']],
    // 900 of 1050 in 2024 (period over, missed) → 滞后; the 2027 status rests on the later figure.
    ['2024年目标状态（计算口径）', ['', '滞后', '']],
    ['2027年目标状态（计算口径）', ['进度正常', '', '进度正常']],
    ['2027年目标完成比例（%）', ['95.56', '', '50']],
  ])('column %s, sorted by indicator then date', (h, values) => {
    expect(body.map((r) => r[col(h)])).toEqual(values);
  });

  it.each([
    { name: 'never revised', revisions: undefined, json: [], cells: ['0', '', '', '', '2026-01-16'] },
    {
      name: 'revised twice: latest first, in the CSV only the latest; file names never published',
      revisions: [revision(1550, 1600, '2026-01-15', '漏计50个'), revision(1500, 1550, '2026-01-12', '')],
      json: [
        { revised: '2026-01-15', previous: 1550, value: 1600, reason: '漏计50个' },
        { revised: '2026-01-12', previous: 1500, value: 1550, reason: '' },
      ],
      cells: ['2', '2026-01-15', '1550', '漏计50个', '2026-01-16'],
    },
    {
      name: 'removed on request and restored: the restoration, with no previous value',
      revisions: [revision(null, 1600, '2026-01-14', '核实后恢复'), revision(1500, null, '2026-01-12', '重复报送'), revision(1400, 1500, '2026-01-10', '')],
      json: [{ revised: '2026-01-14', previous: null, value: 1600, reason: '核实后恢复' }],
      cells: ['1', '2026-01-14', '', '核实后恢复', '2026-01-16'],
    },
  ])('revision columns: $name', ({ revisions, json, cells }) => {
    const r = progressExport(
      indicator(7),
      figure({ value: 1600, ...(revisions ? { revisions } : {}) }),
      [],
      'https://example.gov.cn/indicators/charging-piles/',
      { status: '送审稿', targets: indicator(7).targets },
    );
    expect(r.revisions).toEqual(json);
    const csv = datasetCsv(progressDownloadColumns, [r]);
    const [h, line] = parseCsv(csv.slice(BOM.length)) as [string[], string[]];
    expect(['修订次数', '最近修订日期', '最近修订前数值', '最近更正说明', '报送日期'].map((c) => line[h.indexOf(c)])).toEqual(cells);
    expect(csv).not.toContain('staff.xlsx');
  });

  it('header only when nothing has been reported', () => {
    expect(datasetCsv(progressDownloadColumns, [])).toBe(`${BOM}${progressDownloadColumns.map((c) => c.header).join(',')}\r\n`);
  });
});
