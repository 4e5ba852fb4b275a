/**
 * Where a date axis puts its ticks. Chart.js's linear scale picks "nice" numbers of milliseconds,
 * which fall on days nobody reads a plan by (2024-07-13); readers and journalists read it by
 * month, quarter and year. Pure, so the axis can be tested without a browser.
 */

/** Steps in months, smallest first: a month, a quarter, half a year, a year, two years (how plans report). */
const steps = [1, 3, 6, 12, 24] as const;

/**
 * Ticks on the first day of a month between `min` and `max` (epoch ms, inclusive), at the smallest
 * step of 1, 3, 6, 12 or 24 months that gives at most `maxCount` ticks, each step starting at a
 * multiple of itself (quarters in January, April, July, October; years on January 1).
 */
export function monthTicks(min: number, max: number, maxCount: number): number[] {
  if (!(max >= min) || maxCount < 1) return [];
  const from = new Date(min);
  const to = new Date(max);
  const first = from.getUTCFullYear() * 12 + from.getUTCMonth();
  const last = to.getUTCFullYear() * 12 + to.getUTCMonth();
  for (const step of steps) {
    const ticks: number[] = [];
    for (let m = Math.ceil(first / step) * step; m <= last; m += step) {
      const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (t >= min && t <= max) ticks.push(t);
    }
    if (ticks.length <= maxCount) return ticks;
  }
  return [];
}
