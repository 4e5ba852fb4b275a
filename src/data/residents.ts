/**
 * Content for residents: the trade-in guide, the policies it cites and the 防骗提示, checked against
 * the plan (src/checks/residentCheck.ts) and turned into what pages print on the build date by
 * src/site/residentsView.ts: published facts only, validity only on a checked period.
 */
import { getCollection } from 'astro:content';
import { buildDate } from '../config/buildDate.ts';
import { allowSampleData } from '../config/env.ts';
import { formatIssues } from '../checks/issue.ts';
import { residentCheck } from '../checks/residentCheck.ts';
import { validity } from '../model/policyStatus.ts';
import { antiFraudLines, guideTopic, policiesPage, publishedPolicies, type PolicyView } from '../site/residentsView.ts';
import { loadContent } from './content.ts';

async function load() {
  const [policyEntries, guideEntries, warningEntries, content] = await Promise.all([
    getCollection('policies'),
    getCollection('guide'),
    getCollection('antiFraud'),
    loadContent(),
  ]);
  const policies = policyEntries.map((e) => e.data);
  const guide = guideEntries.map((e) => e.data).sort((a, b) => a.number - b.number);
  // The file staff edit, as they know it (whatever CONTENT_DIR this build reads).
  const fileOf = new Map(guideEntries.map((e) => [e.data.slug, `content/guide/${(e.filePath ?? `${e.id}.json`).split('/').pop()!}`]));
  const issues = residentCheck({
    policies: policies.map((data) => ({ file: 'content/policies.json', data })),
    guide: guideEntries.map((e) => ({ file: e.filePath ?? `content/guide/${e.id}.json`, data: e.data })),
    actions: content.actions.map((a) => ({ file: a.filePath ?? '', data: a.data, ...(a.body === undefined ? {} : { body: a.body }) })),
    antiFraud: warningEntries.map((e) => ({ file: 'content/anti-fraud.json', data: e.data })),
    allowSample: allowSampleData(),
  });
  if (issues.length > 0) {
    throw new Error(`内容检查未通过（content check failed）：\n${formatIssues(issues)}`);
  }
  const today = buildDate();
  const published = publishedPolicies(policies);
  const byId = new Map(published.map((p) => [p.id, p]));
  return {
    today,
    /** The policies a page may show (named by a checked title or 文号), each with its checked period. */
    policies: published,
    /** A published policy by id; undefined for one that waits in the staff review. */
    policy: (id: string): PolicyView | undefined => byId.get(id),
    page: policiesPage(published, today),
    validityOf: (p: PolicyView) => validity(p.period, today),
    guide: guide.map((s) => ({
      ...guideTopic(s, published, today),
      file: fileOf.get(s.slug)!,
      action: content.actions.find((a) => a.data.slug === s.action)!,
    })),
    /** Guide sections that cite a policy, for links back from /policies/. */
    sectionsCiting: (id: string) => guide.filter((s) => s.policies.includes(id)),
    antiFraud: antiFraudLines(warningEntries.map((e) => e.data)),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadResidents() {
  cached ??= load();
  return cached;
}

export type Residents = Awaited<ReturnType<typeof load>>;
export type GuideView = Residents['guide'][number];
