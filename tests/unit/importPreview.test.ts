/** The dry-run's per-indicator lines: the figure and status before and after, as /progress/ computes them. */
import { afterAll, describe, expect, it } from 'vitest';
import { previewLines, standing } from '../../src/import/preview.ts';
import { readContent } from '../../src/checks/readContent.ts';
import type { ProgressReport } from '../../src/schemas/progress.ts';
import { copyContent } from '../helpers/contentCopy.ts';

// The 送审稿's targets, which the expected statuses below are worked out from.
const draft = copyContent({ reviewDraft: true });
afterAll(() => draft.remove());
const { content } = readContent(draft.dir);
const indicators = content.indicators.map((i) => i.data);
const ind = (n: number) => indicators.find((i) => i.number === n)!;
const report = (rows: [number, string, number][]): ProgressReport => ({
  period: '2025年全年',
  department: 'housing-construction',
  sample: false,
  importedFrom: 'x.xlsx',
  imported: '2026-01-10',
  revisions: [],
  rows: rows.map(([indicator, asOf, value]) => ({ indicator, asOf, value, unit: ind(indicator).unit, note: '', source: '', explanation: '' })),
});

describe('standing', () => {
  it.each([
    // 20 of the 2027 target 100台 = 20%; the path expects 50.03% at 2025-12-31: pace 0.4 → 滞后.
    [8, [], '暂无数据'],
    [8, [{ asOf: '2025-12-31', value: 20 }], '20台，完成20%，滞后'],
    [8, [{ asOf: '2025-12-31', value: 100 }], '100台，完成100%，已完成'],
    // 1500 of 3000 at the half-way date: 50% against 50.03% → 进度正常.
    [7, [{ asOf: '2025-12-31', value: 1500 }], '1500个，完成50%，进度正常'],
    // Indicator 14 has a 2024 target only (1000辆): a 2025 figure falls outside its period.
    [14, [{ asOf: '2025-06-30', value: 12000 }], '12000辆（截至2025-06-30，不在2024年目标的考核期内），暂无数据'],
  ] as const)('indicator %i with %j → %s', (n, readings, expected) => {
    expect(standing(ind(n), [...readings], '2026-01-15')).toBe(expected);
  });
});

describe('previewLines', () => {
  it('names each touched indicator once, before → after, in number order', () => {
    const before = [report([[7, '2025-12-31', 1500]])];
    const after = [
      report([
        [7, '2025-12-31', 1500],
        [8, '2025-12-31', 20],
      ]),
    ];
    expect(previewLines(indicators, before, after, new Set([8, 7]), '2026-01-15')).toEqual([
      '指标7 新增和改造充电桩（含自用桩）：1500个，完成50%，进度正常（不变）',
      '指标8 更新和加装电梯：暂无数据 → 20台，完成20%，滞后',
    ]);
  });
});
