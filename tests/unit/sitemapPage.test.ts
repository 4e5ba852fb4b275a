/** 网站地图 (src/pageModels/sitemapPage.ts): the sections of the main navigation, each with its pages, under the base path. */
import { describe, expect, it } from 'vitest';
import { sitemapSections } from '../../src/pageModels/sitemapPage.ts';

const input = {
  actions: [
    { slug: 'manufacturing', title: '制造业设备改造行动' },
    { slug: 'transport', title: '交通运输设备绿色转型行动' },
  ],
  measures: [{ slug: 'standards', title: '突出标准牵引' }],
  indicators: [{ slug: 'charging-piles', number: 7, name: '新增和改造充电桩（含自用桩）' }],
  departments: [{ id: 'commerce', name: '区商务局' }],
  notices: [{ id: '2026-03-02-open', title: '开始申请', date: '2026-03-02' }],
  versions: [{ slug: 'review-draft', name: '送审稿' }],
  comparisons: [{ path: '/plan/versions/compare/review-draft/current/', before: '送审稿', after: '现行文本' }],
};

describe('sitemapSections', () => {
  const sections = sitemapSections(input, '/zt/liangxin/');
  it('one section per navigation item, in its order, linked under the base', () => {
    expect(sections.map((s) => s.id)).toEqual([
      'home',
      'plan',
      'actions',
      'measures',
      'indicators',
      'progress',
      'notices',
      'departments',
      'guide',
      'policies',
      'data',
      'about',
    ]);
    expect(sections.map((s) => [s.title, s.href])).toEqual([
      ['首页', '/zt/liangxin/'],
      ['方案原文', '/zt/liangxin/plan/'],
      ['二大行动', '/zt/liangxin/actions/'],
      ['保障措施', '/zt/liangxin/measures/'],
      ['目标指标', '/zt/liangxin/indicators/'],
      ['进展', '/zt/liangxin/progress/'],
      ['通知公告', '/zt/liangxin/notices/'],
      ['责任部门', '/zt/liangxin/departments/'],
      ['居民指南', '/zt/liangxin/guide/'],
      ['政策文件', '/zt/liangxin/policies/'],
      ['开放数据', '/zt/liangxin/data/'],
      ['关于本站', '/zt/liangxin/about/'],
    ]);
  });

  it.each([
    [
      '方案原文',
      [
        '/plan/explanation/ 起草说明',
        '/plan/versions/ 文本版本',
        '/plan/versions/review-draft/ 送审稿',
        '/plan/versions/compare/review-draft/current/ 送审稿与现行文本对照',
      ],
    ],
    ['二大行动', ['/actions/manufacturing/ 制造业设备改造行动', '/actions/transport/ 交通运输设备绿色转型行动']],
    ['目标指标', ['/indicators/charging-piles/ 指标7 新增和改造充电桩（含自用桩）']],
    ['通知公告', ['/notices/2026-03-02-open/ 开始申请（2026-03-02）']],
    ['居民指南', ['/guide/merchants/ 参与企业名单']],
    ['关于本站', ['/about/method/ 计算口径', '/search/ 站内搜索', '/sitemap/ 网站地图']],
    ['进展', []],
  ])('%s lists its pages', (title, links) => {
    expect(sections.find((s) => s.title === title)!.links.map((l) => `${l.path} ${l.text}`)).toEqual(links);
  });

  it('every link carries the base', () => {
    expect(sections.flatMap((s) => s.links).every((l) => l.href === `/zt/liangxin${l.path}`)).toBe(true);
  });
});
