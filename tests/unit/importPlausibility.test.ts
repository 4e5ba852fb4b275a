/** Figures that are possible but almost certainly wrong: refused unless the row explains them. */
import { describe, expect, it } from 'vitest';
import { implausibleFigures, largestDistrictTarget } from '../../src/import/plausibility.ts';
import type { RowFigure } from '../../src/import/progressRows.ts';
import { parsePeriod } from '../../src/import/period.ts';
import { readContent } from '../../src/checks/readContent.ts';
import type { ProgressRow } from '../../src/schemas/progress.ts';

const { content } = readContent('content');
const indicators = content.indicators.map((i) => i.data);
const hc = content.departments.find((d) => d.data.id === 'housing-construction')!.data;

const fig = (indicator: number, asOf: string, value: number, correction = ''): RowFigure => ({
  at: { file: 'x.xlsx', sheet: 'Sheet1', row: 5 },
  indicator,
  asOf,
  value,
  note: '',
  department: hc,
  period: parsePeriod(asOf.slice(0, 4), Number(asOf.slice(0, 4)))!,
  correction,
  columns: { value: '数值', correction: '更正说明' },
});
const row = (indicator: number, asOf: string, value: number): ProgressRow => ({ indicator, asOf, value, unit: '', note: '', source: '', explanation: '' });

describe('largestDistrictTarget', () => {
  // From 附件2: 充电桩 1050个 (2024) and 3000个 (2027); 主题公园 1家; 改造病床 60个.
  it.each([
    [7, '3000个'],
    [21, '1家'],
    [13, '60个'],
  ])('indicator %i: %s', (n, raw) => expect(largestDistrictTarget(indicators.find((i) => i.number === n)!)?.raw).toBe(raw));
});

describe('implausibleFigures', () => {
  it.each([
    // 更新和加装电梯 is cumulative: 46 at mid-year, then 40.
    {
      name: 'a cumulative count that falls',
      f: fig(8, '2025-09-30', 40),
      others: [row(8, '2025-06-30', 46)],
      expected: '不应少于此前已报送的 46台（截至 2025-06-30）',
    },
    {
      name: 'a count above a later one',
      f: fig(8, '2025-03-31', 50),
      others: [row(8, '2025-06-30', 46)],
      expected: '不应多于此后已报送的 46台（截至 2025-06-30）',
    },
    // 每年更新CT is counted per year: a fall within 2025 is refused, a new year starts again.
    { name: 'a yearly count that falls within its year', f: fig(12, '2025-12-31', 3), others: [row(12, '2025-06-30', 5)], expected: '当年的累计数' },
    { name: 'over ten times its target', f: fig(21, '2025-12-31', 12), others: [], expected: '区级目标是 1家，本数是它的 12 倍' },
  ])('refuses $name', ({ f, others, expected }) => {
    const errors = implausibleFigures([f], [...others, row(f.indicator, f.asOf, f.value!)], indicators);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'x.xlsx', sheet: 'Sheet1', row: 5, column: '数值', value: String(f.value) });
    expect(errors[0]!.expected).toContain(expected);
    expect(errors[0]!.expected).toContain('请在“更正说明”列写明原因');
    // The same row with a 更正说明 passes.
    expect(implausibleFigures([{ ...f, correction: '按验收口径更正' }], [...others, row(f.indicator, f.asOf, f.value!)], indicators)).toEqual([]);
  });

  it.each([
    { name: 'a rising cumulative count', f: fig(8, '2025-09-30', 60), others: [row(8, '2025-06-30', 46)] },
    { name: 'a new year of a yearly count', f: fig(12, '2026-06-30', 2), others: [row(12, '2025-12-31', 9)] },
    { name: 'exactly ten times its target', f: fig(21, '2025-12-31', 10), others: [] },
    { name: 'a ratio far above its target (a ratio is bounded by 0–100 % instead)', f: fig(11, '2025-12-31', 95), others: [] },
  ])('accepts $name', ({ f, others }) => {
    expect(implausibleFigures([f], [...others, row(f.indicator, f.asOf, f.value!)], indicators)).toEqual([]);
  });
});
