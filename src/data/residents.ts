/**
 * Content for residents: the trade-in guide and the policies it cites, checked against the plan
 * (src/checks/residentCheck.ts) and joined with "today" (the build date) the way pages need it.
 */
import { getCollection } from 'astro:content';
import { buildDate } from '../config/buildDate.ts';
import { allowSampleData } from '../config/env.ts';
import { formatIssues } from '../checks/issue.ts';
import { currentFigures, guideRules, splitByValidity, validity } from '../model/policyStatus.ts';
import { residentCheck } from '../checks/residentCheck.ts';
import type { GuideSection } from '../schemas/guide.ts';
import type { HowTo } from '../schemas/howTo.ts';
import type { Policy } from '../schemas/policy.ts';
import { loadContent } from './content.ts';

async function load() {
  const [policyEntries, guideEntries, content] = await Promise.all([getCollection('policies'), getCollection('guide'), loadContent()]);
  const policies = policyEntries.map((e) => e.data);
  const guide = guideEntries.map((e) => e.data).sort((a, b) => a.number - b.number);
  const issues = residentCheck({
    policies: policies.map((data) => ({ file: 'content/policies.json', data })),
    guide: guideEntries.map((e) => ({ file: e.filePath ?? `content/guide/${e.id}.json`, data: e.data })),
    actions: content.actions.map((a) => ({ file: a.filePath ?? '', data: a.data, ...(a.body === undefined ? {} : { body: a.body }) })),
    allowSample: allowSampleData(),
  });
  if (issues.length > 0) {
    throw new Error(`内容检查未通过（content check failed）：\n${formatIssues(issues)}`);
  }
  const today = buildDate();
  const byId = new Map(policies.map((p) => [p.id, p]));
  const policy = (id: string): Policy => {
    const p = byId.get(id);
    if (!p) throw new Error(`未知政策标识（unknown policy）：${id}`);
    return p;
  };
  /**
   * A section's 办理指引 as it stands today: steps taken from a policy that has expired no longer
   * say how to apply, so they are withheld and the page says where to ask instead.
   */
  const howToView = (h: HowTo | undefined) => {
    if (!h) return { state: 'none' as const };
    const cited = [...h.steps, ...h.materials, ...h.channels].flatMap((f) => (f.source.policy === undefined ? [] : [policy(f.source.policy)]));
    if (cited.some((p) => validity(p.applies, today) === 'expired')) return { state: 'expired' as const };
    return { state: 'current' as const, howTo: h };
  };
  /** A guide section with its rules as they stand today and the figures it may show. */
  const sectionView = (s: GuideSection) => {
    const rules = guideRules(s.policies.map(policy), today);
    return {
      howTo: howToView(s.howTo),
      section: s,
      action: content.actions.find((a) => a.data.slug === s.action)!,
      ...rules,
      figuresOf: (p: Policy) => currentFigures(p.figures, s.topic, today),
      notesOf: (p: Policy) => p.notes.filter((n) => n.topic === s.topic),
    };
  };
  return {
    today,
    policies,
    policy,
    byValidity: splitByValidity(policies, today),
    validityOf: (p: Policy) => validity(p.applies, today),
    guide: guide.map(sectionView),
    /** Guide sections that cite a policy, for links back from /policies/. */
    sectionsCiting: (id: string) => guide.filter((s) => s.policies.includes(id)),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadResidents() {
  cached ??= load();
  return cached;
}

export type Residents = Awaited<ReturnType<typeof load>>;
export type GuideView = Residents['guide'][number];
