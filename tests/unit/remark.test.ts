import { describe, expect, it } from 'vitest';
import { parseRemark, shareAgrees, shareOfCity } from '../../src/model/remark.ts';

describe('parseRemark', () => {
  it.each([
    ['与市保持一致', { kind: 'aligned', text: '与市保持一致' }],
    ['伍家岗区自主设定', { kind: 'district', text: '伍家岗区自主设定' }],
    ['占全市10%', { kind: 'share', text: '占全市10%', percent: 10 }],
    ['占全市16.67%', { kind: 'share', text: '占全市16.67%', percent: 16.67 }],
  ])('%s', (text, expected) => {
    expect(parseRemark(text)).toEqual(expected);
  });
  it.each(['', '市级统筹', '占全市%', '占全省10%'])('rejects %j', (text) => {
    expect(parseRemark(text)).toBeNull();
  });
});

describe('shares of the city target (the figures of 附件2)', () => {
  it.each([
    [100, 1000, 10],
    [100, 600, 16.67],
    [10, 30, 33.33],
    [60, 200, 30],
    [1000, 3200, 31.25],
    [150, 1000, 15],
    [20000, 390000, 5.13],
    [800, 20000, 4],
  ])('%d of %d = %d%%', (district, city, percent) => {
    expect(shareOfCity(district, city)).toBe(percent);
    expect(shareAgrees(percent, district, city)).toBe(true);
  });
  it('disagrees when the stated share is off', () => {
    expect(shareAgrees(12, 100, 1000)).toBe(false);
    expect(shareAgrees(16.6, 100, 600)).toBe(false);
  });
  it('has no share of a zero city target', () => {
    expect(shareOfCity(5, 0)).toBeNull();
    expect(shareAgrees(0, 5, 0)).toBe(false);
  });
});
