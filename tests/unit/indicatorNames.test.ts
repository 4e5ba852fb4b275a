/** Which indicator a 指标名称 names: official names, the plan's own names for its figures, and short forms that fit one. */
import { describe, expect, it } from 'vitest';
import { figureName, identifyByName, indicatorNames, matchName, nameForm } from '../../src/import/indicatorNames.ts';
import { readContent } from '../../src/checks/readContent.ts';

const { content } = readContent('content');
const names = indicatorNames(
  content.indicators.map((i) => i.data),
  content.actions.flatMap((a) => a.data.figures),
);

describe('the name a plan sentence gives its figure', () => {
  it.each([
    ['累计到2027年新增和改造充电桩（含自用桩）3000个', '新增和改造充电桩(含自用桩)'],
    ['全区全年二手汽车交易超6000辆', '全年二手汽车交易'],
    ['完成特殊困难老年人居家适老化改造150户', '特殊困难老年人居家适老化改造'],
    ['汽车以旧换新量达到1000辆', '汽车以旧换新量'],
    ['2024年工业技改投资增长10%', '工业技改投资'],
    ['每年更新CT、DR、彩超等设备10台套', '每年更新CT、DR、彩超等设备'],
  ])('%s → %s', (text, name) => expect(figureName(text)).toBe(name));
});

describe('nameForm', () => {
  it.each([
    ['“班班通”设备', '班班通设备'],
    ['重点领域设备投资增长率（%）', '重点领域设备投资增长率'],
    ['更新和加装电梯(台)', '更新和加装电梯'],
    ['规上工业企业数字化研发设计工具普及率', '规模以上工业企业数字化研发设计工具普及率'],
    [' 改造 病床 ', '改造病床'],
  ])('%s → %s', (raw, form) => expect(nameForm(raw)).toBe(form));
});

describe('a name alone', () => {
  // Expected numbers are read off 附件2 in the source document, not from the code.
  it.each([
    ['重点领域设备投资增长率', 1],
    ['规上工业企业数字化研发设计工具普及率', 2],
    ['数控化率', 3],
    ['二手车交易量', 4],
    ['新能源公交车', 11],
    ['每年更新CT、DR、彩超等设备', 12],
    ['特殊困难老年人居家适老化改造', 15],
    ['全年二手汽车交易量', 17],
    ['“班班通”设备', 19],
    ['更新供水设施（套）', 9],
  ])('%s is indicator %i', (written, n) => expect(identifyByName(matchName(written, names))).toBe(n));

  it.each([
    ['家电回收量', [5, 16]],
    ['投资增长率', [1, 6]],
    ['设备', [1, 10, 12, 19]],
    ['电梯更新和加装', []],
    ['充', []],
  ])('%s names no single indicator (fits %j)', (written, fits) => {
    const m = matchName(written, names);
    expect(m.fits).toEqual(fits);
    expect(identifyByName(m)).toBeNull();
  });

  it('a name that fits two still agrees with a number that is one of them', () => {
    expect(matchName('家电回收量', names).fits).toContain(16);
    expect(matchName('更新和加装电梯', names).fits).not.toContain(1);
  });
});
