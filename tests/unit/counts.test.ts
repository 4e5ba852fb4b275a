import { describe, expect, it } from 'vitest';
import { actionsName, indicatorCounts, indicatorsName, measuresName, numberRange, planCounts } from '../../src/model/counts.ts';

describe('names of the counted parts', () => {
  it.each([
    [10, '十大行动', '十项保障措施', '10项目标指标'],
    [11, '十一大行动', '十一项保障措施', '11项目标指标'],
    [4, '四大行动', '四项保障措施', '4项目标指标'],
    [22, '二十二大行动', '二十二项保障措施', '22项目标指标'],
  ])('%i → %s, %s, %s', (n, actions, measures, indicators) => {
    expect(actionsName(n)).toBe(actions);
    expect(measuresName(n)).toBe(measures);
    expect(indicatorsName(n)).toBe(indicators);
  });

  it.each([
    [22, '–', '1–22'],
    [21, '—', '1—21'],
    [1, '–', '1'],
  ])('numberRange(%i, %s) → %s', (n, dash, range) => expect(numberRange(n, dash)).toBe(range));

  it('counts what the lists hold', () => {
    expect(planCounts({ actions: [1, 2, 3], measures: [1], indicators: [] })).toEqual({ actions: 3, measures: 1, indicators: 0 });
  });

  it('counts the indicators as the 起草说明 does, by type and 备注', () => {
    const ind = (type: 'main' | 'specific', remark: string) => ({ type, remark });
    expect(
      indicatorCounts([
        ind('main', '与市保持一致'),
        ind('main', '与市保持一致'),
        ind('specific', '伍家岗区自主设定'),
        ind('specific', '占全市10%'),
        ind('specific', '占全市5.13%'),
        ind('specific', '占全市33.33%'),
      ]),
    ).toEqual({ indicators: 6, main: 2, specific: 4, aligned: 2, districtSet: 1, shareAtLeast10: 2, shareBelow10: 1 });
  });
});
