import { describe, expect, it } from 'vitest';
import { parseTargetCell, targetKey } from '../../src/model/targets.ts';

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

  it.each(['1050', '个', 'abc', '超100以上', '10%%', '1,000个', '-5个', '1.2.3个'])('rejects %j', (raw) => {
    expect(parseTargetCell(raw)).toBeNull();
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
