/**
 * What a guide topic's 补贴受理状态 line should say on a day, worked out again for the site and
 * browser tests from the rule as content/notices/README.md states it, without
 * src/model/topicStatus.ts, so a mistake there is caught instead of copied into the expected values:
 * the 提示 with the latest `from` on or before the day sets the state (on the same `from`, the later
 * notice); it stands for 90 days after it was said (its date, or its `from` when announced ahead),
 * and not after the policy it rests on has ended; after that the line says 请以最新通知为准.
 */

interface Notice {
  date: string;
  status?: { topic: string; state: string; from: string; policy?: string | undefined } | undefined;
}

/** A status as a line shows it: the state, the day it took effect and the notice that set it. */
export interface ExpectedStatus<N extends Notice> {
  state: string;
  from: string;
  notice: N;
}

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * `policyEnd`: the checked last day (YYYY-MM-DD) of a policy by id, undefined when none is checked.
 * `current` while the status stands, `stale` once it no longer does, `next` the earliest announced for later.
 */
export function expectedSubsidyStatus<N extends Notice>(
  notices: readonly N[],
  topic: string,
  today: string,
  policyEnd: (id: string) => string | undefined,
): { current: ExpectedStatus<N> | null; stale: ExpectedStatus<N> | null; next: ExpectedStatus<N> | null } {
  let latest: N | undefined;
  let next: N | undefined;
  for (const n of notices) {
    const s = n.status;
    if (s?.topic !== topic) continue;
    if (s.from <= today) {
      if (!latest || s.from > latest.status!.from || (s.from === latest.status!.from && n.date > latest.date)) latest = n;
    } else if (!next || s.from < next.status!.from || (s.from === next.status!.from && n.date > next.date)) next = n;
  }
  const view = (n: N | undefined) => (n ? { state: n.status!.state, from: n.status!.from, notice: n } : null);
  if (!latest) return { current: null, stale: null, next: view(next) };
  const said = latest.date > latest.status!.from ? latest.date : latest.status!.from;
  const end = latest.status!.policy === undefined ? undefined : policyEnd(latest.status!.policy);
  const unconfirmed = dayNumber(today) - dayNumber(said) >= 90;
  const ended = end !== undefined && today > end;
  return unconfirmed || ended ? { current: null, stale: view(latest), next: view(next) } : { current: view(latest), stale: null, next: view(next) };
}
