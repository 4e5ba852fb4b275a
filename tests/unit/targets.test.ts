import { describe, expect, it } from 'vitest';
import { parseTargetCell, targetKey } from '../../src/model/targets.ts';
import { parseRemark } from '../../src/model/remark.ts';
import { sampleValueCheck } from '../../src/checks/sampleValueCheck.ts';

describe('parseTargetCell', () => {
  it.each([
    ['25%', 25, '%', null],
    ['84.50%', 84.5, '%', null],
    ['1050个', 1050, '个', null],
    ['100台套', 100, '台套', null],
    ['4万辆', 40000, '辆', null],
    ['2万户以上', 20000, '户', '以上'],
    ['1000户以上', 1000, '户', '以上'],
    ['780万台套', 7800000, '台套', null],
    ['39万台套', 390000, '台套', null],
    ['超75万辆', 750000, '辆', '超'],
    ['超6000辆', 6000, '辆', '超'],
    [' 20间 ', 20, '间', null],
  ])('%s → %d %s (%s)', (raw, value, unit, qualifier) => {
    expect(parseTargetCell(raw)).toEqual({ kind: 'value', raw: raw.trim(), value, unit, qualifier });
  });

  it.each([
    ['/', 'none'],
    ['', 'blank'],
    ['  ', 'blank'],
  ])('%j is %s', (raw, kind) => {
    expect(parseTargetCell(raw)?.kind).toBe(kind);
  });

  it.each(['1050', '个', 'abc', '超100以上', '10%%', '1,000个', '-5个', '1.2.3个', '（示例数据）', '/（示例数据）'])('rejects %j', (raw) => {
    expect(parseTargetCell(raw)).toBeNull();
  });

  // The demo's invented values carry their mark in the value, so wherever the cell is printed the mark is too.
  it.each([
    ['750台（示例数据）', 750, '台', null],
    ['超24间（示例数据）', 24, '间', '超'],
  ])('%s is an invented value of %d %s', (raw, value, unit, qualifier) => {
    expect(parseTargetCell(raw)).toEqual({ kind: 'value', raw, value, unit, qualifier, sample: true });
  });
});

describe('parseRemark with the demo’s mark', () => {
  it.each([
    ['占全市25%（示例数据）', { kind: 'share', text: '占全市25%（示例数据）', percent: 25 }],
    ['占全市25%', { kind: 'share', text: '占全市25%', percent: 25 }],
    ['与市保持一致（示例数据）', { kind: 'aligned', text: '与市保持一致' }],
  ])('%s', (text, expected) => expect(parseRemark(text)).toEqual(expected));
});

describe('sampleValueCheck', () => {
  const ind = (district2027: string, remark: string) => ({
    file: 'content/indicators/19-classroom-terminals.json',
    data: { remark, targets: { national2027: '/', province2024: '/', province2027: '/', city2024: '/', city2027: '3000台', district2024: '/', district2027 } },
  });
  it('refuses an invented value in official content, naming the field', () => {
    const issues = sampleValueCheck([ind('750台（示例数据）', '占全市25%（示例数据）')], false);
    expect(issues.map((i) => i.field)).toEqual([['targets', 'district2027'], ['remark']]);
    expect(issues[0]!.expected).toContain('正式内容中不能有示例数据');
  });
  it('lets the demo have it, and official values pass', () => {
    expect(sampleValueCheck([ind('750台（示例数据）', '占全市25%（示例数据）')], true)).toEqual([]);
    expect(sampleValueCheck([ind('600台', '占全市20%')], false)).toEqual([]);
  });
});

describe('targetKey', () => {
  it.each([
    ['city', 2024, 'city2024'],
    ['district', 2027, 'district2027'],
    ['national', 2027, 'national2027'],
    ['national', 2024, null],
  ] as const)('%s %d → %s', (level, year, key) => {
    expect(targetKey(level, year)).toBe(key);
  });
});
