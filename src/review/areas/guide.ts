/**
 * The staff review's 居民指南: subsidy statuses that no longer stand — older than the
 * policy they rest on, or not confirmed by a notice for STATUS_CONFIRM_DAYS — which the pages
 * already show as 请以最新通知为准 until a new 提示 confirms or changes them (publishing does not
 * wait for those). Topics without a district contact are the area 区内咨询单位 (guideContacts.ts).
 */
import { endOf } from '../../model/policyStatus.ts';
import { publishedBy, STATUS_CONFIRM_DAYS, topicStatus } from '../../model/topicStatus.ts';
import { verifiedPeriod } from '../../model/verifiedFacts.ts';
import type { AreaItem, ReviewArea, ReviewContent } from '../reviewArea.ts';

type Content = Pick<ReviewContent, 'guide' | 'notices' | 'policies'>;

/** Statuses that have aged on `today` (YYYY-MM-DD), each naming the notice that set it. */
export function staleStatuses(content: Content, today: string): AreaItem[] {
  const guide = [...content.guide].sort((a, b) => a.data.number - b.data.number);
  const ends = new Map(
    content.policies.flatMap((e) => {
      const to = verifiedPeriod(e.data)?.to;
      return to === undefined ? [] : [[e.data.id, endOf(to)] as const];
    }),
  );
  const notices = publishedBy(
    content.notices.map((e) => ({ ...e.data, file: e.file })),
    today,
  );
  return guide.flatMap(({ data: s }): AreaItem[] => {
    const { stale: st } = topicStatus(notices, s.slug, today, (id) => ends.get(id));
    if (!st) return [];
    const why =
      st.reason === 'policy-ended'
        ? `所依据的政策 ${st.notice.status!.policy!} 已于 ${ends.get(st.notice.status!.policy!)!} 结束`
        : `已超过 ${STATUS_CONFIRM_DAYS} 天没有新的提示确认`;
    return [
      {
        file: st.notice.file,
        field: 'status',
        what: `“${s.title}”的补贴状态“${st.state}”（${st.from} 起，见《${st.notice.title}》）${why}，页面自 ${st.since} 起显示“请以最新通知为准”：请发布新的提示，确认或更新状态`,
        required: false,
      },
    ];
  });
}

export const guideArea: ReviewArea = {
  name: '居民指南',
  collect: (content, options) => staleStatuses(content, options.today),
};
