/**
 * What the pages should say on a given day, derived again for the site and browser tests from the
 * rules the pages state, without src/model/policyStatus.ts or src/model/topicStatus.ts, so a
 * mistake there is caught instead of copied into the expected values.
 */

/** The badge of a policy on `today`, as the policies page words it. */
export type PolicyBadge = '现行有效' | '已失效' | '尚未施行';

/**
 * A policy's period is written as a year, a month or a day (2024, 2024-08, 2024-08-20). Cut
 * `today` to the same length and compare: a period counts whole years and months.
 */
export function policyBadgeOn(applies: { from: string; to?: string | undefined }, today: string): PolicyBadge {
  if (today.slice(0, applies.from.length) < applies.from) return '尚未施行';
  if (applies.to !== undefined && today.slice(0, applies.to.length) > applies.to) return '已失效';
  return '现行有效';
}

interface StatusNotice {
  date: string;
  status?: { topic: string; state: string; from: string } | undefined;
}

/**
 * A subsidy's state on `today`: of the notices issued by then that set the topic's state from a
 * day on or before today, the one with the latest such day; on the same day, the later notice.
 * Null when none has: the page then says only 以官方渠道发布为准.
 */
export function subsidyStateOn<N extends StatusNotice>(notices: readonly N[], topic: string, today: string): N | null {
  let found: N | null = null;
  for (const n of notices) {
    if (n.date > today || n.status?.topic !== topic || n.status.from > today) continue;
    if (!found || n.status.from > found.status!.from || (n.status.from === found.status!.from && n.date > found.date)) found = n;
  }
  return found;
}
