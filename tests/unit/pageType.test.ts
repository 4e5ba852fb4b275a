import { describe, expect, it } from 'vitest';
import { isSupersededPage, pageType } from '../../src/search/pageType.ts';

describe('pageType', () => {
  it.each([
    ['/', '首页'],
    ['', '首页'],
    ['/plan/', '原文'],
    ['/plan/explanation/', '原文'],
    ['/actions/', '行动'],
    ['/actions/transport/', '行动'],
    ['/measures/finance/', '保障措施'],
    ['/indicators/', '指标'],
    ['/indicators/elevators/', '指标'],
    ['/departments/jyj/', '部门'],
    ['/policies/', '政策'],
    ['/policies/some-policy/', '政策'],
    ['/guide/', '指南'],
    ['/guide/car-trade-in/', '指南'],
    ['/progress/', '进展'],
    ['/notices/', '动态'],
    ['/notices/2026-05-06-car-pause/', '动态'],
    ['/data/', '数据'],
    ['/about/', '关于本站'],
    ['/something-new/', '其他'],
    // Without a leading slash, as some callers strip it.
    ['actions/transport/', '行动'],
  ])('%s → %s', (path, type) => expect(pageType(path)).toBe(type));

  it.each(['/search/', '/404/', '/404.html'])('%s is not indexed', (path) => expect(pageType(path)).toBeNull());

  it('does not confuse a section with a page whose name starts the same', () => {
    expect(pageType('/plans-archive/')).toBe('其他');
    expect(pageType('/database/')).toBe('其他');
  });
});

describe('isSupersededPage', () => {
  it.each([
    ['/plan/', false],
    ['/plan/versions/', false],
    ['/plan/explanation/', false],
    ['/actions/transport/', false],
    ['/plan/versions/review-draft/', true],
    ['/plan/versions/compare/review-draft/current/', true],
    ['plan/versions/consultation-draft/', true],
  ])('%s → %s', (path, superseded) => expect(isSupersededPage(path)).toBe(superseded));
});
