/**
 * Which facts from outside the plan may be printed: those with a verification record (who checked
 * them, when, against what), and a policy's title and 文号 where the plan's own 起草说明 cites them.
 * Everything else waits in the staff review. Pure and structural, so pages, checks, the review and
 * tests all give the same answer.
 */

/** The facts of a policy entry a check can cover. */
export const policyFactKeys = ['title', 'docNumber', 'issuers', 'written', 'issued', 'period', 'source', 'summary'] as const;
export type PolicyFactKey = (typeof policyFactKeys)[number];

/** The facts' Chinese names, for staff (errors, the review). */
export const policyFactLabels: Record<PolicyFactKey, string> = {
  title: '标题',
  docNumber: '发文字号',
  issuers: '发文机关',
  written: '成文日期',
  issued: '发布日期',
  period: '适用期',
  source: '来源',
  summary: '简介',
};

/** The facts the plan itself can state of a document it rests on: how its 起草说明 cites it. */
export const planFactKeys = ['title', 'docNumber'] as const;
export type PlanFactKey = (typeof planFactKeys)[number];

/** Anything that may carry a verification record. */
export interface Checkable {
  verified?: object | undefined;
}

/** Whether a single fact (a figure, a note, a channel, a step, a warning) has been checked. */
export const isVerified = (fact: Checkable): boolean => fact.verified !== undefined;

/** The fields published facts are decided from (structural, so tests can pass plain objects). */
export interface PolicyFactsLike {
  title?: string | undefined;
  docNumber?: string | undefined;
  issuers: readonly string[];
  written?: string | undefined;
  issued?: string | undefined;
  applies?: { from: string; to?: string | undefined } | undefined;
  source?: object | undefined;
  summary?: string | undefined;
  fromPlan: readonly PlanFactKey[];
  checks: readonly { facts: readonly PolicyFactKey[] }[];
}

/** Whether the entry holds a value for a fact at all. */
export function hasFact(p: PolicyFactsLike, key: PolicyFactKey): boolean {
  switch (key) {
    case 'issuers':
      return p.issuers.length > 0;
    case 'period':
      return p.applies !== undefined;
    default:
      return p[key] !== undefined;
  }
}

/** The facts of an entry a page may print: present, and checked or cited by the plan. */
export function publishedFacts(p: PolicyFactsLike): Set<PolicyFactKey> {
  const covered = new Set<PolicyFactKey>([...p.fromPlan, ...p.checks.flatMap((c) => c.facts)]);
  return new Set(policyFactKeys.filter((k) => covered.has(k) && hasFact(p, k)));
}

/** The facts an entry holds that no check covers (and the plan does not state): the review lists them. */
export function unverifiedFacts(p: PolicyFactsLike): PolicyFactKey[] {
  const shown = publishedFacts(p);
  return policyFactKeys.filter((k) => hasFact(p, k) && !shown.has(k));
}

/**
 * Whether the entry can be shown at all: readers must be able to tell which document it is, by a
 * published title or a published 文号 (with its issuers, as gov.cn names a document without a title).
 */
export function isPublishable(p: PolicyFactsLike): boolean {
  const shown = publishedFacts(p);
  return shown.has('title') || shown.has('docNumber');
}

/** The period of an entry, only when checked: validity is never stated on anything else. */
export function verifiedPeriod(p: PolicyFactsLike): PolicyFactsLike['applies'] {
  return publishedFacts(p).has('period') ? p.applies : undefined;
}
