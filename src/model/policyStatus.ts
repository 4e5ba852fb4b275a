/**
 * Which policies are in force on a given day (the build date), and what a guide section may
 * show. Pure: plain data in, plain data out, so the same answer is given by pages and tests.
 */

/** The fields validity is decided from (structural, so tests can pass plain objects). */
export interface PolicyLike {
  id: string;
  applies: { from: string; to?: string | undefined };
}

export type Validity = 'in-force' | 'expired' | 'not-yet';

export const validityLabels: Record<Validity, string> = {
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

/** Whether the period of a policy covers `today` (YYYY-MM-DD), has ended, or has yet to begin. */
export function validity(applies: PolicyLike['applies'], today: string): Validity {
  if (today < startOf(applies.from)) return 'not-yet';
  if (applies.to !== undefined && today > endOf(applies.to)) return 'expired';
  return 'in-force';
}

/** Whether a period is well-formed: it does not end before it begins. */
export function periodIsOrdered(applies: PolicyLike['applies']): boolean {
  return applies.to === undefined || endOf(applies.to) >= startOf(applies.from);
}

/** Policies split as the policies page shows them: in force (and coming) first, then history. */
export function splitByValidity<P extends PolicyLike>(policies: P[], today: string): { current: P[]; upcoming: P[]; history: P[] } {
  const of = (v: Validity) => policies.filter((p) => validity(p.applies, today) === v);
  return { current: of('in-force'), upcoming: of('not-yet'), history: of('expired') };
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
  /** Rules exist but all have expired: say so, show no figures, point to the official source. */
  | 'all-expired'
  /** Rules exist but none has begun yet. */
  | 'upcoming'
  /** No rule is collected for this need. */
  | 'none';

/** What a guide section shows for its rules on `today`. */
export function guideRules<P extends PolicyLike>(policies: P[], today: string): { state: GuideRuleState; current: P[]; expired: P[] } {
  const { current, upcoming, history } = splitByValidity(policies, today);
  const state: GuideRuleState = policies.length === 0 ? 'none' : current.length > 0 ? 'current' : upcoming.length > 0 ? 'upcoming' : 'all-expired';
  return { state, current, expired: history };
}
