/** “引用本页”: the citation text carries title, site, plan status and date, URL and access date. */
import { describe, expect, it } from 'vitest';
import { citationFields, citationText, planDate, planStatusText } from '../../src/site/pageCitation.ts';
import { absoluteUrl } from '../../src/site/absoluteUrl.ts';

const input = {
  title: '指标7：新增和改造充电桩（含自用桩）',
  siteName: '伍家岗区「两新」行动方案专题',
  planTitle: '伍家岗区推动大规模设备更新和消费品以旧换新行动方案（2024—2027年）',
  planStatus: '送审稿',
  planDate: '',
  url: 'https://www.example.gov.cn/zt/liangxin/indicators/charging-piles/',
  updated: '2026-11-30',
  accessed: '2026-12-01',
};

describe('citationText', () => {
  it('follows GB/T 7714 for online resources, with the plan status', () => {
    expect(citationText(input)).toBe(
      '伍家岗区「两新」行动方案专题. 指标7：新增和改造充电桩（含自用桩）[EB/OL]. ' +
        '据《伍家岗区推动大规模设备更新和消费品以旧换新行动方案（2024—2027年）》（送审稿，尚未印发）. ' +
        '(2026-11-30)[2026-12-01]. https://www.example.gov.cn/zt/liangxin/indicators/charging-piles/',
    );
  });
  it('names the plan date once the plan has one', () => {
    expect(citationText({ ...input, planStatus: '现行有效', planDate: '2027-01-15' })).toContain('（现行有效，2027-01-15）');
  });
  it('lists the same facts as labelled fields', () => {
    expect(citationFields(input)).toEqual([
      ['页面标题', input.title],
      ['网站', input.siteName],
      ['方案状态', `《${input.planTitle}》送审稿，尚未印发`],
      ['网址', input.url],
      ['访问日期', '2026-12-01'],
    ]);
  });
});

describe('planDate and planStatusText', () => {
  it.each([
    [{ publishedDate: '2027-02-01', writtenDate: '2027-01-15' }, '2027-02-01'],
    [{ publishedDate: '', writtenDate: '2027-01-15' }, '2027-01-15'],
    [{ publishedDate: '', writtenDate: '' }, ''],
  ])('%o → %j', (doc, expected) => expect(planDate(doc)).toBe(expected));
  it.each([
    // A draft is never 现行, whatever date it has: it says it is not issued.
    ['送审稿', '', '送审稿，尚未印发'],
    ['送审稿', '2024-07-01', '送审稿，尚未印发'],
    ['征求意见稿', '', '征求意见稿，尚未印发'],
    ['现行有效', '2027-02-01', '现行有效，2027-02-01'],
    ['现行有效', '', '现行有效'],
    ['印发稿（示例数据）', '', '印发稿（示例数据）'],
  ])('%s %s → %s', (status, date, expected) => expect(planStatusText(status, date)).toBe(expected));
});

describe('absoluteUrl', () => {
  it.each([
    ['http://localhost:4321', '/', '/indicators/charging-piles/', 'http://localhost:4321/indicators/charging-piles/'],
    ['http://localhost:4321', '/zt/liangxin/', '/indicators/charging-piles/', 'http://localhost:4321/zt/liangxin/indicators/charging-piles/'],
    // A site URL that already names the base path is not doubled.
    ['https://www.wjg.gov.cn/zt/liangxin/', '/zt/liangxin/', '/i/7/', 'https://www.wjg.gov.cn/zt/liangxin/i/7/'],
    ['https://www.wjg.gov.cn', '/zt/liangxin', '/data/indicators.csv', 'https://www.wjg.gov.cn/zt/liangxin/data/indicators.csv'],
  ])('%s + %s + %s', (site, base, path, expected) => expect(absoluteUrl(site, base, path)).toBe(expected));
});
