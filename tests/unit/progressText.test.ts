/** The arithmetic written out for readers, and the blank template built from the indicators. */
import { describe, expect, it } from 'vitest';
import { assess, targetsOf, type IndicatorForProgress } from '../../src/progress/assess.ts';
import { explain } from '../../src/progress/text.ts';
import { templateRows } from '../../src/progress/reportTemplate.ts';
import { readContent } from '../../src/checks/readContent.ts';

const { content } = readContent('content');
const ind = (n: number) => content.indicators.find((i) => i.data.number === n)!.data as IndicatorForProgress;

describe('explain', () => {
  // Each step with the 计算口径 it applies, for the page to link; a count is never shown with decimals.
  it.each([
    [
      7,
      2027,
      [{ asOf: '2025-12-31', value: 1500 }],
      '2026-01-15',
      [
        ['2027年目标 3000个：截至 2025-12-31 报送 1500个，完成比例 1500个 ÷ 3000个 = 50%。', []],
        // 3000 × 731/1461 = 1501.03: 约1501个, never 1501.03个.
        [
          '时间进度 731 天 ÷ 1461 天 = 50.03%（2024-01-01至2027-12-31），到2025-12-31应完成目标 3000个 的 50.03%，约1501个。',
          ['cumulative-base', 'straight-line-path'],
        ],
        ['进度比 50% ÷ 50.03% = 1.00，不低于 0.95，状态为“进度正常”。', []],
      ],
    ],
    [
      14,
      2024,
      [{ asOf: '2024-12-31', value: 920 }],
      '2025-01-10',
      [
        ['2024年目标 1000辆：截至 2024-12-31 报送 920辆，完成比例 920辆 ÷ 1000辆 = 92%。', []],
        ['时间进度 366 天 ÷ 366 天 = 100%（2024-01-01至2024-12-31），到2024-12-31应完成目标 1000辆 的 100%，即 1000辆。', ['straight-line-path']],
        ['目标期已结束，未达到目标，状态为“滞后”。', []],
      ],
    ],
    [
      17,
      2027,
      [],
      '2026-01-15',
      [
        ['2027年目标 超6000辆：目标期内暂无报送数据，状态为“暂无数据”。', []],
        ['目标期为2027-01-01至2027-12-31，到本页生成日期（2026-01-15）尚未开始。', ['straight-line-path']],
      ],
    ],
    [
      // 1家 × 61/1461 = 0.04家: less than one, said so.
      21,
      2027,
      [],
      '2024-03-01',
      [
        ['2027年目标 1家：目标期内暂无报送数据，状态为“暂无数据”。', []],
        [
          '时间进度 61 天 ÷ 1461 天 = 4.18%（2024-01-01至2027-12-31），到本页生成日期（2024-03-01）应完成目标 1家 的 4.18%，不足1家。',
          ['cumulative-base', 'straight-line-path'],
        ],
      ],
    ],
    [
      // 5家 × 1072/1461 = 3.67家 → 约4家.
      22,
      2027,
      [{ asOf: '2026-12-07', value: 4 }],
      '2026-12-07',
      [
        ['2027年目标 5家：截至 2026-12-07 报送 4家，完成比例 4家 ÷ 5家 = 80%。', []],
        [
          '时间进度 1072 天 ÷ 1461 天 = 73.37%（2024-01-01至2027-12-31），到2026-12-07应完成目标 5家 的 73.37%，约4家。',
          ['cumulative-base', 'straight-line-path'],
        ],
        ['进度比 80% ÷ 73.37% = 1.09，不低于 0.95，状态为“进度正常”。', []],
      ],
    ],
    [
      // 超: the met step links the rule that 超 asks for more than the figure.
      17,
      2027,
      [{ asOf: '2027-12-31', value: 6001 }],
      '2028-01-10',
      [
        ['2027年目标 超6000辆：截至 2027-12-31 报送 6001辆，完成比例 6001辆 ÷ 6000辆 = 100.02%。', []],
        ['时间进度 365 天 ÷ 365 天 = 100%（2027-01-01至2027-12-31），到2027-12-31应完成目标 6000辆 的 100%，即 6000辆。', ['straight-line-path']],
        ['已达到目标（“超”须高于目标值），状态为“已完成”。', ['exceed']],
      ],
    ],
  ] as const)('indicator %i, %i target, figures %j, on %s', (n, year, readings, today, steps) => {
    const i = ind(n);
    const t = targetsOf(i).find((x) => x.year === year)!;
    expect(explain(assess(i, t, [...readings], today), today)).toEqual(steps.map(([text, rules]) => ({ text, rules: [...rules] })));
  });
});

describe('the blank template', () => {
  const rows = templateRows(content.indicators.map((i) => i.data));
  it('has the report columns and every indicator, in order', () => {
    expect(rows[0]).toEqual(['指标编号', '指标名称', '单位', '数值含义', '报告期', '截至日期', '数值', '填报单位', '备注', '更正说明']);
    expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(rows[7]).toEqual(expect.arrayContaining(['7', '新增和改造充电桩（含自用桩）', '个']));
    expect(rows[7]![3]).toBe('自2024年1月1日起累计完成的数量。以“个”计。区级2027年目标为3000个。');
    expect(rows[1]![3]).toContain('填百分数的数字部分');
  });
});
