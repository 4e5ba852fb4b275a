import { describe, expect, it } from 'vitest';
import {
  assignmentText,
  chineseNumeral,
  figureRuns,
  firstSentence,
  formatCount,
  formatNumber,
  formatPercent,
  isoDate,
  itemMarker,
  round2,
} from '../../src/model/format.ts';
import { withBase } from '../../src/site/url.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [4, '四'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [22, '二十二'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1000, '一千'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
    [2200, '二千二百'],
  ])('%d → %s', (n, s) => expect(chineseNumeral(n)).toBe(s));
  it('rejects what the plan never uses', () => {
    expect(() => chineseNumeral(10000)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
  it('marks items as the plan does', () => expect(itemMarker(10)).toBe('（十）'));
});

describe('assignmentText', () => {
  it.each([
    [['区教育局'], [], '牵头单位：区教育局'],
    [['区科技经信局'], ['区发改局', '工业园区'], '牵头单位：区科技经信局，责任单位：区发改局、工业园区'],
    [['区商务局', '区科技经信局'], ['区发改局'], '牵头单位：区商务局、区科技经信局，责任单位：区发改局'],
  ])('%j %j', (lead, resp, text) => expect(assignmentText(lead, resp)).toBe(text));
});

describe('numbers and dates', () => {
  it.each([
    // The plan's style: 1000辆, 3000个, 10000台 — never 1,000辆 (issue 24: one number style).
    [20000, '20000'],
    [84.5, '84.5'],
    [1050, '1050'],
    [123456.789, '123456.79'],
    [-1500, '-1500'],
  ])('formatNumber(%d)', (n, s) => expect(formatNumber(n)).toBe(s));
  it.each([
    [16.666, 16.67],
    [0.629, 0.63],
    [1.005, 1], // 1.005 is 1.00499… in binary: it rounds down, as the CSV and the page both print it
    [-2.346, -2.35],
    [3, 3],
  ])('round2(%d) = %d', (n, r) => expect(round2(n)).toBe(r));
  it.each([
    [16.666, '16.67%'],
    [10, '10%'],
  ])('formatPercent(%d)', (n, s) => expect(formatPercent(n)).toBe(s));
  // Counts of things are never shown with decimals (issue 23: 0.73家, 73.37台, 2.73辆).
  it.each([
    [73.37, '台套', '约73台套'],
    [2.73, '辆', '约3辆'],
    [0.73, '家', '约1家'],
    [0.2, '家', '不足1家'],
    [0, '家', '0家'],
    [1000, '辆', '1000辆'],
    [1049.9999999, '个', '1050个'],
    [1501.03, '个', '约1501个'],
    [140.5, '户', '约141户'],
  ])('formatCount(%d, %s) → %s', (n, unit, s) => expect(formatCount(n, unit)).toBe(s));
  it('dates are China Standard Time', () => {
    expect(isoDate(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
    expect(isoDate(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-29');
  });
  it('first sentence', () => {
    expect(firstSentence('甲乙。丙丁。')).toBe('甲乙。');
    expect(firstSentence('<strong>（一）</strong>甲。乙')).toBe('（一）甲。');
    expect(firstSentence('没有句号')).toBe('没有句号');
  });
});

// A figure is held on one line with its unit (issue 24: 达2 / 万台套); '|' separates runs, [ ] marks a figure.
describe('figureRuns', () => {
  const show = (text: string) =>
    figureRuns(text)
      .map((r) => (r.figure ? `[${r.text}]` : r.text))
      .join('|');
  it.each([
    ['达2万台套', '达|[2万台套]'],
    ['1000户以上', '[1000户]|以上'],
    ['超6000辆', '[超6000辆]'],
    ['约73台套', '[约73台套]'],
    ['超过', '超过'],
    ['1.35万辆', '[1.35万辆]'],
    ['780万台套', '[780万台套]'],
    ['160万平方米', '[160万平方米]'],
    ['39万', '[39万]'],
    ['到2027年，全区新能源公交车占比达80%', '到|[2027年]|，全区新能源公交车占比达80%'],
    ['1500个（截至2025-12-31）', '[1500个]|（截至2025-12-31）'],
    ['由1500个修订为1600个', '由|[1500个]|修订为|[1600个]'],
    ['84.50%', '84.50%'],
    ['指标11', '指标11'],
    ['/', '/'],
    ['', ''],
  ])('%s → %s', (text, runs) => {
    expect(show(text)).toBe(runs);
    expect(
      figureRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/', '/'],
    ['/', '/plan/', '/plan/'],
    ['/', 'plan', '/plan/'],
    ['/zt/liangxin/', '/', '/zt/liangxin/'],
    ['/zt/liangxin/', '/actions/transport/', '/zt/liangxin/actions/transport/'],
    ['/zt/liangxin', '/indicators/', '/zt/liangxin/indicators/'],
    ['/zt/liangxin/', '/about/#data-notes', '/zt/liangxin/about/#data-notes'],
    ['/zt/liangxin/', '/data/indicators.csv', '/zt/liangxin/data/indicators.csv'],
    ['/zt/liangxin/', '/sitemap-index.xml', '/zt/liangxin/sitemap-index.xml'],
  ])('base %s + %s → %s', (base, path, url) => expect(withBase(base, path)).toBe(url));
});
