/**
 * Which policies are in force on a given day (the build date), and what a guide section may
 * show. Validity rests only on a checked period (src/model/verifiedFacts.ts): a policy whose end
 * was not checked is never called 现行有效 on that ground alone; its validity is `unknown` and
 * pages state none. Pure: plain data in, plain data out, so the same answer is given by pages and tests.
 */

/** A period as checked: the first day it applies and, where checked, the last. */
export type Period = { from: string; to?: string | undefined } | undefined;

/** The fields validity is decided from (structural, so tests can pass plain objects): the checked period. */
export interface PolicyLike {
  id: string;
  period: Period;
}

/** `unknown`: no checked period, or it has begun and no end was checked; pages then state no validity. */
export type Validity = 'in-force' | 'expired' | 'not-yet' | 'unknown';

/** The words for the validities a page states; `unknown` is never stated. */
export const validityLabels: Record<Exclude<Validity, 'unknown'>, string> = {
  'in-force': '现行有效',
  expired: '已失效',
  'not-yet': '尚未施行',
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day a partial date can mean: 2024 → 2024-01-01, 2024-08 → 2024-08-01. */
export function startOf(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day a partial date can mean: 2024 → 2024-12-31, 2025-02 → 2025-02-28. */
export function endOf(date: string): string {
  const [y, m, d] = date.split('-');
  if (d) return date;
  const month = m ?? '12';
  return `${y}-${month}-${String(daysInMonth(Number(y), Number(month))).padStart(2, '0')}`;
}

/**
 * Whether a checked period covers `today` (YYYY-MM-DD), has ended, or has yet to begin; `unknown`
 * without a checked period, or once it has begun when no end was checked.
 */
export function validity(period: Period, today: string): Validity {
  if (period === undefined) return 'unknown';
  if (today < startOf(period.from)) return 'not-yet';
  if (period.to === undefined) return 'unknown';
  return today > endOf(period.to) ? 'expired' : 'in-force';
}

/** Whether a period is well-formed: it does not end before it begins. */
export function periodIsOrdered(period: { from: string; to?: string | undefined }): boolean {
  return period.to === undefined || endOf(period.to) >= startOf(period.from);
}

/** Policies split as the policies page shows them: in force, coming, of unstated validity, history. */
export function splitByValidity<P extends PolicyLike>(policies: P[], today: string): { current: P[]; upcoming: P[]; undated: P[]; history: P[] } {
  const of = (v: Validity) => policies.filter((p) => validity(p.period, today) === v);
  return { current: of('in-force'), upcoming: of('not-yet'), undated: of('unknown'), history: of('expired') };
}

/** A figure may be replaced by a later document before its own policy ends. */
export interface FigureLike {
  topic: string;
  replacedAfter?: string | undefined;
}

/** The figures of one topic a reader may rely on today: those not yet replaced. */
export function currentFigures<F extends FigureLike>(figures: F[], topic: string, today: string): F[] {
  return figures.filter((f) => f.topic === topic && (f.replacedAfter === undefined || today <= endOf(f.replacedAfter)));
}

export type GuideRuleState =
  /** At least one rule for the need is in force: show it with its figures. */
  | 'current'
  /** None is in force, one has yet to begin. */
  | 'upcoming'
  /** Every rule has ended: say so, show no figures. */
  | 'all-expired'
  /** No rule in force or coming, and not all ended (or none collected): say nothing about validity. */
  | 'none';

/** What a guide section shows for its (published) rules on `today`. */
export function guideRules<P extends PolicyLike>(
  policies: P[],
  today: string,
): { state: GuideRuleState; current: P[]; upcoming: P[]; undated: P[]; expired: P[] } {
  const { current, upcoming, undated, history } = splitByValidity(policies, today);
  const state: GuideRuleState =
    current.length > 0 ? 'current' : upcoming.length > 0 ? 'upcoming' : history.length > 0 && undated.length === 0 ? 'all-expired' : 'none';
  return { state, current, upcoming, undated, expired: history };
}
