/**
 * Progress status, computed from the indicator's measure and targets and the figures bureaus
 * report. Pure: the caller passes "today" (buildDate()) and the readings; nothing here reads the
 * clock or the file system. The method is written out on /progress/#method in the same terms.
 *
 * - Value to date: the latest reported figure inside the target's period.
 * - Share reached = value ÷ target.
 * - Expected share = where the straight-line path to the target stands at the figure's 截至日期,
 *   as a share of the target. For counts that is the elapsed share of the target's period
 *   (2024 targets: 2024-01-01–2024-12-31; 2027 targets: 2024-01-01–2027-12-31; counts within a
 *   year: that calendar year, and "每年" targets apply to every year 2024–2027). Rates and growth
 *   rates move from the 2024 target to the 2027 target over 2025–2027.
 * - Pace = share reached ÷ expected share; status 已完成 when the target is met, otherwise
 *   进度正常 (≥ 0.95), 需加快 (0.6–0.95), 滞后 (< 0.6, or the period is over and it was missed).
 */
import { districtTargets, measureRules, namesEveryYear, targetViews, type IndicatorLike } from '../model/indicators.ts';
import { rulesOf, type RuleId } from '../model/rules.ts';
import { firstTargetYear, lastTargetYear, type Qualifier, type TargetYear } from '../model/targets.ts';

export type Status = 'done' | 'on-track' | 'speed-up' | 'behind' | 'no-data';

export const statusLabels: Record<Status, string> = {
  done: '已完成',
  'on-track': '进度正常',
  'speed-up': '需加快',
  behind: '滞后',
  'no-data': '暂无数据',
};

/** A symbol beside the word, so colour is never the only cue. */
export const statusSymbols: Record<Status, string> = { done: '✔', 'on-track': '●', 'speed-up': '▲', behind: '■', 'no-data': '○' };

/** Order in which statuses are listed and counted. */
export const statusOrder: Status[] = ['done', 'on-track', 'speed-up', 'behind', 'no-data'];

/** The plan's period, from the years 附件2 sets targets for (checked against site.json's document.period). */
export const PLAN_START = `${firstTargetYear}-01-01`;
export const PLAN_END = `${lastTargetYear}-12-31`;
export const ON_TRACK = 0.95;
export const SPEED_UP = 0.6;

/** One reported figure of an indicator. */
export interface Reading {
  asOf: string;
  value: number;
}

export interface IndicatorForProgress extends IndicatorLike {
  name: string;
  /** The plan's sentences for the indicator, read by the rule for a count whose sentence says 每年 (absent: none). */
  source?: readonly string[] | undefined;
}

export interface Target {
  year: TargetYear;
  value: number;
  /** The cell as written, with its 示例数据 mark in the demo. */
  raw: string;
  qualifier: Qualifier | null;
  /** True for a value the demo invented: wherever its number is printed, 示例数据 is too. */
  sample?: boolean;
}

export interface Window {
  start: string;
  end: string;
}

/** Where the straight-line path stands on one date. */
export interface PathPoint {
  window: Window;
  /** Days of the window elapsed by the end of the date (0 before it starts). */
  elapsedDays: number;
  totalDays: number;
  /** elapsedDays ÷ totalDays, 0–1. */
  elapsed: number;
  /** Value the path expects by that date. */
  expectedValue: number;
  /** expectedValue ÷ target, 0–1. */
  expectedShare: number;
}

export interface Assessment {
  indicatorUnit: string;
  measure: IndicatorLike['measure'];
  target: Target;
  /** Whether the target applies to every calendar year (annual counts named 每年). */
  everyYear: boolean;
  /** The figure the status rests on; null when none falls in the target's period. */
  reading: Reading | null;
  /** The path at the reading's date (null without a reading). */
  atReading: PathPoint | null;
  /** The path at today, for "what is expected by now". */
  atToday: PathPoint;
  /** value ÷ target (null without a reading). */
  reached: number | null;
  /** reached ÷ expectedShare (null without a reading). */
  pace: number | null;
  /** Whether the target's period had ended by the reading's date. */
  ended: boolean;
  met: boolean;
  status: Status;
  /**
   * The 计算口径 applied to reach the expected value and the status (src/model/rules.ts): the
   * straight-line path, how the indicator is counted, 超/以上, and a "/" or blank district cell
   * leaving a year without a target. Whatever prints the assessment links them.
   */
  rules: RuleId[];
  /** The rules behind the expected value alone: the path and the period it is counted over. */
  pathRules: RuleId[];
}

const DAY = 86_400_000;
const time = (d: string) => Date.parse(`${d}T00:00:00Z`);
/** Days from `a` to `b`, both YYYY-MM-DD. */
export const daysBetween = (a: string, b: string) => Math.round((time(b) - time(a)) / DAY);

const yearWindow = (year: number): Window => ({ start: `${year}-01-01`, end: `${year}-12-31` });
const clampYear = (y: number) => Math.min(lastTargetYear, Math.max(firstTargetYear, y));

/** Whether an annual target applies to each year, as its name says (每年). */
export function appliesEveryYear(ind: IndicatorForProgress): boolean {
  return namesEveryYear(ind);
}

/** The district's targets as numbers, 2024 then 2027. */
export function targetsOf(ind: IndicatorLike): Target[] {
  return districtTargets(ind).flatMap((t) =>
    t.cell.kind === 'value'
      ? [{ year: t.year, value: t.cell.value, raw: t.cell.raw, qualifier: t.cell.qualifier, ...(t.cell.sample ? { sample: true } : {}) }]
      : [],
  );
}

/** Whether a value meets the target: 超 asks for more than the figure, otherwise reaching it is enough. */
export function meets(value: number, target: Target): boolean {
  return target.qualifier === '超' ? value > target.value : value >= target.value;
}

/** The period a target is measured over, for a figure or "today" dated `date`. */
export function targetWindow(ind: IndicatorForProgress, year: TargetYear, date: string): Window {
  if (ind.measure === 'annual') {
    return yearWindow(appliesEveryYear(ind) ? clampYear(Number(date.slice(0, 4))) : year);
  }
  return year === firstTargetYear ? yearWindow(firstTargetYear) : { start: PLAN_START, end: PLAN_END };
}

function elapsedIn(w: Window, date: string): { elapsedDays: number; totalDays: number; elapsed: number } {
  const totalDays = daysBetween(w.start, w.end) + 1;
  // A 截至日期 counts the whole of that day: a figure dated 12-31 closes the year.
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(w.start, date) + 1));
  return { elapsedDays, totalDays, elapsed: elapsedDays / totalDays };
}

/** The straight-line path to `target` at `date`. */
export function pathAt(ind: IndicatorForProgress, target: Target, date: string): PathPoint {
  const window = targetWindow(ind, target.year, date);
  const e = elapsedIn(window, date);
  let expectedValue = target.value * e.elapsed;
  const from = targetsOf(ind).find((t) => t.year === firstTargetYear);
  if ((ind.measure === 'rate' || ind.measure === 'growth') && target.year === lastTargetYear && from) {
    // Rates and growth rates: the first year's target by the end of that year, then straight on to the last year's.
    const first = yearWindow(firstTargetYear);
    expectedValue =
      date <= first.end
        ? from.value * elapsedIn(first, date).elapsed
        : from.value + (target.value - from.value) * elapsedIn({ start: `${firstTargetYear + 1}-01-01`, end: PLAN_END }, date).elapsed;
  }
  const expectedShare = target.value === 0 ? 1 : expectedValue / target.value;
  return { window, ...e, expectedValue, expectedShare };
}

/** The latest figure dated inside the window (and not after today). */
export function latestIn(readings: Reading[], w: Window, today: string): Reading | null {
  let best: Reading | null = null;
  for (const r of readings) {
    if (r.asOf < w.start || r.asOf > w.end || r.asOf > today) continue;
    if (!best || r.asOf > best.asOf) best = r;
  }
  return best;
}

export function statusFor(met: boolean, ended: boolean, pace: number | null): Status {
  if (pace === null) return 'no-data';
  if (met) return 'done';
  if (ended) return 'behind';
  if (pace >= ON_TRACK) return 'on-track';
  if (pace >= SPEED_UP) return 'speed-up';
  return 'behind';
}

/** Assesses one target against the figures reported so far. */
export function assess(ind: IndicatorForProgress, target: Target, readings: Reading[], today: string): Assessment {
  const everyYear = appliesEveryYear(ind);
  const atToday = pathAt(ind, target, today);
  const candidates = readings.filter((r) => r.asOf >= PLAN_START && r.asOf <= today);
  // "Each year" targets are judged on the latest year reported; others on their own period.
  const latest = latestIn(candidates, { start: PLAN_START, end: PLAN_END }, today);
  const window = everyYear && latest ? targetWindow(ind, target.year, latest.asOf) : targetWindow(ind, target.year, today);
  const reading = latestIn(candidates, window, today);
  const pathRules = rulesOf(['straight-line-path'], measureRules(ind));
  const districtGap = targetViews(ind).some((v) => v.level === 'district' && v.cell.kind !== 'value');
  const rules = rulesOf(pathRules, target.qualifier ? ['exceed'] : [], districtGap ? ['blank-cells'] : []);
  const base = { indicatorUnit: ind.unit, measure: ind.measure, target, everyYear, atToday, rules, pathRules };
  if (!reading) {
    return { ...base, reading: null, atReading: null, reached: null, pace: null, ended: false, met: false, status: 'no-data' };
  }
  const atReading = pathAt(ind, target, reading.asOf);
  const reached = target.value === 0 ? (reading.value > 0 ? 1 : 0) : reading.value / target.value;
  const pace = atReading.expectedShare === 0 ? 0 : reached / atReading.expectedShare;
  const ended = reading.asOf >= atReading.window.end;
  const met = meets(reading.value, target);
  return { ...base, reading, atReading, reached, pace, ended, met, status: statusFor(met, ended, pace) };
}

/** Every district target of the indicator, assessed. */
export function assessIndicator(ind: IndicatorForProgress, readings: Reading[], today: string): Assessment[] {
  return targetsOf(ind).map((t) => assess(ind, t, readings, today));
}

/**
 * The assessment to headline: the target whose period is running today (the 2024 target during
 * 2024, then the 2027 target), else the last one set.
 */
export function primaryAssessment(list: Assessment[], today: string): Assessment | null {
  if (list.length === 0) return null;
  const first = list.find((a) => a.target.year === firstTargetYear);
  const last = list.find((a) => a.target.year === lastTargetYear);
  if (today <= `${firstTargetYear}-12-31` && first) return first;
  return last ?? first ?? null;
}

export function countByStatus(statuses: Status[]): Record<Status, number> {
  const counts = Object.fromEntries(statusOrder.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}
