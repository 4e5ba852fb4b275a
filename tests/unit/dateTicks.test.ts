import { describe, expect, it } from 'vitest';
import { monthTicks } from '../../src/model/dateTicks.ts';

const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const days = (ticks: number[]) => ticks.map((t) => new Date(t).toISOString().slice(0, 10));

describe('monthTicks', () => {
  it.each([
    // The plan's path: the day before 2024-01-01 to 2027-12-31, six ticks at most → years.
    ['2023-12-31', '2027-12-31', 6, ['2024-01-01', '2025-01-01', '2026-01-01', '2027-01-01']],
    // Half a year of reports → months.
    ['2025-01-01', '2025-06-30', 6, ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01']],
    // A year → quarters, starting at a quarter, not at the first data month.
    ['2024-02-15', '2025-02-15', 6, ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01']],
    // Two years: half years with room for four, years with room for three.
    ['2024-01-01', '2025-12-31', 4, ['2024-01-01', '2024-07-01', '2025-01-01', '2025-07-01']],
    ['2024-01-01', '2025-12-31', 3, ['2024-01-01', '2025-01-01']],
    // Two months → each month and the one in between, every tick inside the range.
    ['2024-01-10', '2024-03-20', 6, ['2024-02-01', '2024-03-01']],
    // Within one month there is no first-of-month tick to give.
    ['2024-01-10', '2024-01-20', 6, []],
  ])('%s – %s, at most %i ticks', (from, to, max, expected) => {
    expect(days(monthTicks(ms(from), ms(to), max))).toEqual(expected);
  });

  it('gives nothing for an empty or reversed range, or no room', () => {
    expect(monthTicks(ms('2025-01-01'), ms('2024-01-01'), 6)).toEqual([]);
    expect(monthTicks(ms('2024-01-01'), ms('2027-12-31'), 0)).toEqual([]);
    expect(monthTicks(Number.NaN, ms('2027-12-31'), 6)).toEqual([]);
  });

  it('gives up (Chart.js keeps its own ticks) when even two-year steps are too many', () => {
    expect(monthTicks(ms('2000-01-01'), ms('2030-01-01'), 6)).toEqual([]);
  });
});
