/** Progress status for every measure type, before and after target dates, with qualifiers. */
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessIndicator,
  countByStatus,
  daysBetween,
  meets,
  pathAt,
  primaryAssessment,
  targetsOf,
  type IndicatorForProgress,
  type Reading,
  type Status,
} from '../../src/progress/assess.ts';

const none = { national2027: '/', province2024: '/', province2027: '/', city2024: '/', city2027: '/' };
function indicator(name: string, measure: IndicatorForProgress['measure'], unit: string, d2024: string, d2027: string): IndicatorForProgress {
  return { name, measure, unit, type: 'specific', remark: '伍家岗区自主设定', targets: { ...none, district2024: d2024, district2027: d2027 } };
}

// Shapes of real rows of 附件2 (indicators 7, 17, 15, 12, 2, 1, 11, 6).
const chargers = indicator('新增和改造充电桩（含自用桩）', 'cumulative', '个', '1050个', '3000个');
const usedCars = indicator('全年二手汽车交易', 'annual', '辆', '/', '超6000辆');
const elderly = indicator('每年完成居家适老化改造', 'annual', '户', '150户', '/');
const scanners = indicator('每年更新CT、核磁共振等设备量', 'annual', '台', '/', '10台');
const digital = indicator('规模以上工业企业数字化研发设计工具普及率', 'rate', '%', '84.50%', '90%');
const investment = indicator('重点领域设备投资增长率', 'growth', '%', '8%', '25%');
const buses = indicator('新能源公交车占比', 'rate', '%', '/', '80%');
const techInvest = indicator('工业技改投资增长率', 'growth', '%', '10%', '');
const atLeast = indicator('城市示例', 'annual', '户', '1000户以上', '/');

const r = (asOf: string, value: number): Reading => ({ asOf, value });
const target = (ind: IndicatorForProgress, year: 2024 | 2027) => targetsOf(ind).find((t) => t.year === year)!;

describe('dates', () => {
  it.each([
    ['2024-01-01', '2024-12-31', 365],
    ['2024-01-01', '2027-12-31', 1460],
    ['2025-01-01', '2025-12-31', 364],
  ])('%s to %s is %i days', (a, b, n) => expect(daysBetween(a, b)).toBe(n));
});

describe('the straight-line path', () => {
  it.each([
    // indicator, year, date, expected value, elapsed share of the window
    ['cumulative 2027 target from the plan start', chargers, 2027, '2025-12-31', (3000 * 731) / 1461, 731 / 1461],
    ['cumulative 2024 target within 2024', chargers, 2024, '2024-06-30', (1050 * 182) / 366, 182 / 366],
    ['after the period the whole target is expected', chargers, 2024, '2026-03-31', 1050, 1],
    ['annual count within its calendar year', usedCars, 2027, '2027-06-30', (6000 * 181) / 365, 181 / 365],
    ['annual target of a year not yet begun expects nothing', usedCars, 2027, '2025-06-30', 0, 0],
    ['每年 target restarts each calendar year', elderly, 2024, '2026-03-31', (150 * 90) / 365, 90 / 365],
    ['rate: within 2024 towards the 2024 target', digital, 2027, '2024-12-31', 84.5, 366 / 1461],
    ['rate: from the 2024 target to the 2027 target', digital, 2027, '2025-12-31', 84.5 + 5.5 * (365 / 1095), 731 / 1461],
    ['growth: from the 2024 target to the 2027 target', investment, 2027, '2026-12-31', 8 + 17 * (730 / 1095), 1096 / 1461],
    ['rate with only a 2027 target: straight from the plan start', buses, 2027, '2025-12-31', (80 * 731) / 1461, 731 / 1461],
  ] as const)('%s', (_, ind, year, date, value, elapsed) => {
    const p = pathAt(ind, target(ind, year), date);
    expect(p.expectedValue).toBeCloseTo(value, 6);
    expect(p.elapsed).toBeCloseTo(elapsed, 6);
  });
});

describe('qualifiers', () => {
  it.each([
    ['超6000辆', usedCars, 2027, 6000, false],
    ['超6000辆', usedCars, 2027, 6001, true],
    ['1000户以上', atLeast, 2024, 1000, true],
    ['1000户以上', atLeast, 2024, 999, false],
    ['1050个', chargers, 2024, 1050, true],
  ] as const)('%s met by %d: %s', (_, ind, year, value, met) => {
    expect(meets(value, target(ind, year))).toBe(met);
  });
});

describe('status of one target', () => {
  it.each<[string, IndicatorForProgress, 2024 | 2027, Reading[], string, Status, number | null, number | null]>([
    // label, indicator, target year, readings, today, status, share reached, pace (null: no figure to judge, so none)
    ['cumulative on track', chargers, 2027, [r('2025-12-31', 1500)], '2026-01-10', 'on-track', 0.5, 0.5 / (731 / 1461)],
    ['cumulative 2024 target behind pace mid-year', chargers, 2024, [r('2024-06-30', 400)], '2024-07-15', 'speed-up', 400 / 1050, 400 / 1050 / (182 / 366)],
    ['2024 target uses the last 2024 figure, not later ones', chargers, 2024, [r('2024-12-31', 1050), r('2025-06-30', 1800)], '2025-07-01', 'done', 1, 1],
    ['period over and target missed is 滞后 even close to it', chargers, 2024, [r('2024-12-31', 1000)], '2025-01-05', 'behind', 1000 / 1050, 1000 / 1050],
    ['target met early', chargers, 2024, [r('2024-03-31', 1100)], '2024-04-10', 'done', 1100 / 1050, 1100 / 1050 / (91 / 366)],
    ['zero reported is 滞后', chargers, 2024, [r('2024-06-30', 0)], '2024-07-01', 'behind', 0, 0],
    ['no figures', chargers, 2027, [], '2025-06-30', 'no-data', null, null],
    ['a figure dated after today is ignored', chargers, 2027, [r('2025-09-30', 900)], '2025-06-30', 'no-data', null, null],
    ['a figure dated before 2024 is ignored', chargers, 2027, [r('2023-12-31', 900)], '2025-06-30', 'no-data', null, null],
    ['annual 全年 target of 2027 has no data before 2027', usedCars, 2027, [r('2025-12-31', 7000)], '2026-01-05', 'no-data', null, null],
    ['annual 全年 target during 2027', usedCars, 2027, [r('2027-06-30', 3000)], '2027-07-01', 'on-track', 0.5, 0.5 / (181 / 365)],
    ['annual 超 target reached exactly at year end is missed', usedCars, 2027, [r('2027-12-31', 6000)], '2028-01-05', 'behind', 1, 1],
    ['annual 超 target exceeded', usedCars, 2027, [r('2027-12-31', 6001)], '2028-01-05', 'done', 6001 / 6000, 6001 / 6000],
    [
      '每年 target judged on the latest year reported',
      elderly,
      2024,
      [r('2025-12-31', 150), r('2026-03-31', 20)],
      '2026-04-10',
      'behind',
      20 / 150,
      20 / 150 / (90 / 365),
    ],
    ['每年 target of 2027 applies in 2025', scanners, 2027, [r('2025-06-30', 4)], '2025-07-01', 'speed-up', 0.4, 0.4 / (181 / 365)],
    ['rate between the targets', digital, 2027, [r('2025-12-31', 86)], '2026-01-01', 'on-track', 86 / 90, 86 / (84.5 + 5.5 * (365 / 1095))],
    ['rate 2024 target, mid-2024', digital, 2024, [r('2024-06-30', 80)], '2024-07-01', 'on-track', 80 / 84.5, 80 / 84.5 / (182 / 366)],
    ['rate 2024 target missed at year end', digital, 2024, [r('2024-12-31', 84)], '2025-01-02', 'behind', 84 / 84.5, 84 / 84.5],
    ['growth behind the path', investment, 2027, [r('2026-12-31', 15)], '2027-01-10', 'speed-up', 0.6, 15 / (8 + 17 * (730 / 1095))],
    ['negative growth', investment, 2027, [r('2025-06-30', -2)], '2025-07-01', 'behind', -2 / 25, -2 / (8 + 17 * (181 / 1095))],
    ['growth 2027 target met early', investment, 2027, [r('2026-06-30', 26)], '2026-07-01', 'done', 26 / 25, 26 / (8 + 17 * (546 / 1095))],
    ['rate with only a 2027 target', buses, 2027, [r('2025-12-31', 70)], '2026-01-01', 'on-track', 70 / 80, 70 / 80 / (731 / 1461)],
    ['growth 2024-only target ignores later years', techInvest, 2024, [r('2025-12-31', 12)], '2026-01-01', 'no-data', null, null],
  ])('%s', (_, ind, year, readings, today, status, reached, pace) => {
    const a = assess(ind, target(ind, year), readings, today);
    expect(a.status).toBe(status);
    if (reached === null) expect(a.reached).toBeNull();
    else expect(a.reached).toBeCloseTo(reached, 6);
    if (pace === null) expect(a.pace).toBeNull();
    else expect(a.pace).toBeCloseTo(pace, 6);
  });
});

describe('the target to headline', () => {
  it.each([
    ['during 2024 the 2024 target', chargers, '2024-09-30', 2024],
    ['from 2025 the 2027 target', chargers, '2025-01-01', 2027],
    ['an indicator with only a 2024 target keeps it', elderly, '2026-01-01', 2024],
    ['an indicator with only a 2027 target', buses, '2024-05-01', 2027],
  ] as const)('%s', (_, ind, today, year) => {
    expect(primaryAssessment(assessIndicator(ind, [], today), today)?.target.year).toBe(year);
  });
});

it('counts statuses, listing every status', () => {
  expect(countByStatus(['done', 'behind', 'behind', 'no-data'])).toEqual({ done: 1, 'on-track': 0, 'speed-up': 0, behind: 2, 'no-data': 1 });
});
