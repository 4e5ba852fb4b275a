/**
 * Whether a subsidy (a guide topic) is open on a given day, as dated 提示 notices set it. Decided by
 * the build date like policy validity (policyStatus.ts), so the nightly regeneration moves a
 * status forward on the day it takes effect without anyone editing a page. A status ages: it stands
 * for STATUS_CONFIRM_DAYS after the notice that set or last confirmed it, and never past the end of
 * the policy it rests on; after that the topic says 请以最新通知为准 with the last notice's date,
 * never 进行中 for 18 months. Pure.
 */

/** The states a notice can set, in the words official notices use. */
export const subsidyStates = ['进行中', '暂停', '额度已用完', '已恢复', '已结束'] as const;
export type SubsidyState = (typeof subsidyStates)[number];

/** Whether a state means residents can apply now; drives the badge's tone only, never the wording. */
export const stateIsOpen: Record<SubsidyState, boolean> = {
  进行中: true,
  暂停: false,
  额度已用完: false,
  已恢复: true,
  已结束: false,
};

/**
 * How long a status stands without a notice confirming it: 90 days. Trade-in subsidies are funded
 * and announced in batches, and a batch can run out or be paused in weeks; bureaus publish a notice
 * at least once a quarter when a scheme runs (and this site's progress reports follow the same
 * quarter). A status older than one quarter with no confirming notice may no longer hold, and the
 * nightly regeneration cannot know: the page then points to the latest notice instead of repeating it.
 */
export const STATUS_CONFIRM_DAYS = 90;

/** The fields status is decided from (structural, so tests can pass plain objects). */
export interface StatusNoticeLike {
  /** The notice's date of issue, YYYY-MM-DD. */
  date: string;
  status?: { topic: string; state: SubsidyState; from: string; policy?: string | undefined } | undefined;
}

export interface TopicStatus<N extends StatusNoticeLike> {
  state: SubsidyState;
  /** The day the state took effect (YYYY-MM-DD). */
  from: string;
  /** The notice that set it. */
  notice: N;
}

/** Why a status no longer stands. */
export type StaleReason = 'policy-ended' | 'unconfirmed';

/** A status that no longer stands on the day asked: the page says 请以最新通知为准 and names `notice`. */
export interface StaleStatus<N extends StatusNoticeLike> extends TopicStatus<N> {
  reason: StaleReason;
  /** The first day the status no longer stood (YYYY-MM-DD). */
  since: string;
}

/** `date` (YYYY-MM-DD) plus `days` days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The notices published by `today`: one dated later is held back until its day, so the nightly
 * regeneration publishes it (and any status it sets) on time, never early.
 */
export function publishedBy<N extends { date: string }>(notices: readonly N[], today: string): N[] {
  return notices.filter((n) => n.date <= today);
}

/** Latest effective date first; on the same day the later-issued notice wins (it corrects the earlier). */
function latestFirst<N extends StatusNoticeLike>(a: N, b: N): number {
  return b.status!.from.localeCompare(a.status!.from) || b.date.localeCompare(a.date);
}

/**
 * The day a status stops standing: STATUS_CONFIRM_DAYS after it was last said (the notice's date, or
 * its `from` when announced ahead), or the day after the policy it rests on ends, whichever is first.
 * `policyEnd` gives a policy's checked last day (YYYY-MM-DD), undefined when none was checked.
 */
export function staleFrom<N extends StatusNoticeLike>(
  s: TopicStatus<N>,
  policyEnd: (id: string) => string | undefined = () => undefined,
): { since: string; reason: StaleReason } {
  const said = s.notice.date > s.from ? s.notice.date : s.from;
  // Said on day 0, it stands on days 0–89 and no longer from day 90.
  const unconfirmed = { since: addDays(said, STATUS_CONFIRM_DAYS), reason: 'unconfirmed' as const };
  const id = s.notice.status?.policy;
  const end = id === undefined ? undefined : policyEnd(id);
  if (end === undefined) return unconfirmed;
  const ended = addDays(end, 1);
  return ended <= unconfirmed.since ? { since: ended < s.from ? s.from : ended, reason: 'policy-ended' } : unconfirmed;
}

/**
 * The topic's status on `today` (YYYY-MM-DD): the notice for the topic whose `from` is the latest
 * on or before today, as `current` while it stands and as `stale` once it has aged (see staleFrom).
 * Both null when no notice has set one yet. `next` is the earliest status announced for a later day.
 */
export function topicStatus<N extends StatusNoticeLike>(
  notices: readonly N[],
  topic: string,
  today: string,
  policyEnd?: (id: string) => string | undefined,
): { current: TopicStatus<N> | null; stale: StaleStatus<N> | null; next: TopicStatus<N> | null } {
  const forTopic = notices.filter((n) => n.status?.topic === topic);
  const started = forTopic.filter((n) => n.status!.from <= today).sort(latestFirst);
  const coming = forTopic.filter((n) => n.status!.from > today).sort((a, b) => a.status!.from.localeCompare(b.status!.from) || b.date.localeCompare(a.date));
  const view = (n: N | undefined): TopicStatus<N> | null => (n ? { state: n.status!.state, from: n.status!.from, notice: n } : null);
  const latest = view(started[0]);
  const next = view(coming[0]);
  if (!latest) return { current: null, stale: null, next };
  const aged = staleFrom(latest, policyEnd);
  return today < aged.since ? { current: latest, stale: null, next } : { current: null, stale: { ...latest, ...aged }, next };
}
