/**
 * Whether a subsidy (a guide topic) is open on a given day, as dated 提示 notices set it. Decided by
 * the build date like policy validity (policyStatus.ts), so the nightly regeneration moves a
 * status forward on the day it takes effect without anyone editing a page. Pure.
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

/** The fields status is decided from (structural, so tests can pass plain objects). */
export interface StatusNoticeLike {
  /** The notice's date of issue, YYYY-MM-DD. */
  date: string;
  status?: { topic: string; state: SubsidyState; from: string } | undefined;
}

export interface TopicStatus<N extends StatusNoticeLike> {
  state: SubsidyState;
  /** The day the state took effect (YYYY-MM-DD). */
  from: string;
  /** The notice that set it. */
  notice: N;
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
 * The topic's status on `today` (YYYY-MM-DD): the notice for the topic whose `from` is the latest
 * on or before today. Null when no notice has set one yet: the page then says only
 * 以官方渠道发布为准. `next` is the earliest status announced for a later day, if any.
 */
export function topicStatus<N extends StatusNoticeLike>(
  notices: readonly N[],
  topic: string,
  today: string,
): { current: TopicStatus<N> | null; next: TopicStatus<N> | null } {
  const forTopic = notices.filter((n) => n.status?.topic === topic);
  const started = forTopic.filter((n) => n.status!.from <= today).sort(latestFirst);
  const coming = forTopic.filter((n) => n.status!.from > today).sort((a, b) => a.status!.from.localeCompare(b.status!.from) || b.date.localeCompare(a.date));
  const view = (n: N | undefined): TopicStatus<N> | null => (n ? { state: n.status!.state, from: n.status!.from, notice: n } : null);
  return { current: view(started[0]), next: view(coming[0]) };
}
