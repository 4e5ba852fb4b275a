/**
 * Checks across the residents' content (content/policies.json, content/guide/, content/anti-fraud.json)
 * and the plan: guide quotes are the plan's own words, a basis document's title and 文号 said to be
 * the plan's are in its 起草说明, references point to existing entries, and example data stays in
 * the demo. Whether a fact is checked is not a mistake here: an unchecked fact is simply not
 * printed and waits in the staff review (src/review/areas/facts.ts). Pure, like crossCheck: plain
 * data in, ContentIssue list out, used by the content check and the build.
 */
import type { GuideSection } from '../schemas/guide.ts';
import type { HowTo } from '../schemas/howTo.ts';
import type { PlanSection } from '../schemas/planSection.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Action } from '../schemas/task.ts';
import type { Warning } from '../schemas/warning.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export interface ResidentContent {
  policies: Located<Policy>[];
  guide: Located<GuideSection>[];
  actions: Located<Pick<Action, 'slug'>>[];
  /** The plan's text parts; a `fromPlan` fact must be written in the 起草说明 (left out: not checked). */
  plan?: Located<Pick<PlanSection, 'kind'>>[];
  /** 防骗提示与投诉举报 (content/anti-fraud.json). */
  antiFraud?: Located<Warning>[];
  /** True only in `npm run build:demo`: example data (marked sample) may then appear. */
  allowSample?: boolean;
}

/** Fields never printed (who checked what, against which document): a 文号 may be written there. */
const recordFields = new Set<string | number>(['checks', 'verified']);

const show = (v: unknown) => JSON.stringify(v);

/** A 发文字号 such as 商消费函〔2024〕392号: the year in 〔〕 gives it away. */
export const docNumberPattern = /〔(?:19|20)\d{2}〕/;

/** Every string in a value with its field path, for looking through free text. */
function strings(value: unknown, path: (string | number)[] = []): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/**
 * A 文号 written into free text (a summary, a note, an answer) would be printed without its
 * check; it belongs in the policy's docNumber, which pages print only once a check lists it.
 */
function docNumbersInText(file: string, value: unknown, prefix: (string | number)[], issues: ContentIssue[]): void {
  for (const [path, text] of strings(value, prefix)) {
    if (path.at(-1) === 'docNumber' || path.some((p) => recordFields.has(p)) || !docNumberPattern.test(text)) continue;
    issues.push({
      file,
      field: path,
      expected:
        '正文中不应写发文字号：文号应写在政策的 docNumber 中；核实后在 checks 的 facts 中列出 "docNumber"，页面才显示它，未核实的在工作人员审核清单（npm run review）中等候',
      found: show(text),
    });
  }
}

type Push = (field: (string | number)[], expected: string, found?: unknown) => void;

const sampleMessage = (what: string, where: string) => `正式内容中不能有示例数据：示例${what}应放在 ${where}，用 npm run build:demo 构建演示站`;

/** A 办理指引 names the document each step, material and channel comes from. */
function howToIssues(h: HowTo, policies: Map<string, Policy>, allowSample: boolean, push: Push): void {
  if (h.sample && !allowSample) push(['howTo', 'sample'], sampleMessage('办理指引', 'examples/guide/'), true);
  for (const list of ['steps', 'materials', 'channels'] as const) {
    h[list].forEach((f, i) => {
      const id = f.source.policy;
      if (id !== undefined && !policies.has(id)) push(['howTo', list, i, 'source', 'policy'], '应为 content/policies.json 中已有的政策标识', id);
    });
  }
}

/** The 起草说明's text, for the basis documents it cites; undefined when the plan was not given. */
function explanationText(plan: ResidentContent['plan']): string | undefined {
  if (plan === undefined) return undefined;
  return plan
    .filter((e) => e.data.kind === 'explanation')
    .map((e) => e.body ?? '')
    .join('\n');
}

export function residentCheck(content: ResidentContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map<string, Policy>();
  // Policies live in one file, so field paths start with the entry's index in the list.
  content.policies.forEach((e, i) => {
    if (policies.has(e.data.id)) issues.push({ file: e.file, field: [i, 'id'], expected: '政策标识不能重复', found: show(e.data.id) });
    policies.set(e.data.id, e.data);
  });
  const explanation = explanationText(content.plan);
  content.policies.forEach((e, i) => {
    docNumbersInText(e.file, e.data, [i], issues);
    // What the plan is said to state must be in its own words (the 起草说明 cites its basis documents).
    if (explanation !== undefined) {
      for (const key of e.data.fromPlan) {
        const value = key === 'title' ? e.data.title : e.data.docNumber;
        if (value !== undefined && !explanation.includes(value)) {
          issues.push({
            file: e.file,
            field: [i, 'fromPlan'],
            expected: `方案起草说明中没有这样写：“${value}”；fromPlan 只能列出起草说明原样写出的标题或文号，其他内容须经核实后写入 checks`,
            found: show(key),
          });
        }
      }
    }
    e.data.figures.forEach((f, j) => {
      if (f.replacedBy !== undefined && !policies.has(f.replacedBy)) {
        issues.push({
          file: e.file,
          field: [i, 'figures', j, 'replacedBy'],
          expected: '应为 content/policies.json 中已有的政策标识',
          found: show(f.replacedBy),
        });
      }
      if ((f.replacedBy === undefined) !== (f.replacedAfter === undefined)) {
        issues.push({ file: e.file, field: [i, 'figures', j, 'replacedAfter'], expected: 'replacedAfter 与 replacedBy 应同时填写或同时省略' });
      }
    });
  });

  const actions = new Map(content.actions.map((a) => [a.data.slug, a]));
  const numbers = new Map<number, string>();
  const slugs = new Map<string, string>();
  for (const e of content.guide) {
    const s = e.data;
    const push: Push = (field, expected, found) => issues.push({ file: e.file, field, expected, ...(found === undefined ? {} : { found: show(found) }) });
    if (numbers.has(s.number)) push(['number'], `序号不能重复（${numbers.get(s.number)} 已使用）`, s.number);
    numbers.set(s.number, e.file);
    if (slugs.has(s.slug)) push(['slug'], `网址标识不能重复（${slugs.get(s.slug)} 已使用）`, s.slug);
    slugs.set(s.slug, e.file);

    docNumbersInText(e.file, s, [], issues);
    const action = actions.get(s.action);
    if (!action) push(['action'], '应为 content/actions/ 中某项行动的 slug', s.action);
    s.quotes.forEach((q, i) => {
      if (action?.body !== undefined && !action.body.includes(q)) push(['quotes', i], `应为行动“${s.action}”正文中原样出现的文字`, q);
    });
    s.policies.forEach((id, i) => {
      const p = policies.get(id);
      if (!p) push(['policies', i], '应为 content/policies.json 中已有的政策标识', id);
      else if (p.kind !== 'rule') push(['policies', i], `政策 ${id} 的 kind 应为 "rule"（以旧换新规则）`, p.kind);
    });
    if (s.howTo) howToIssues(s.howTo, policies, content.allowSample ?? false, push);
    if (!content.allowSample) {
      if (s.districtContact?.sample) push(['districtContact', 'sample'], sampleMessage('区内咨询单位', 'examples/guide/'), true);
      s.askAt.forEach((c, i) => {
        if (c.sample) push(['askAt', i, 'sample'], sampleMessage('咨询渠道', 'examples/guide/'), true);
      });
    }
  }
  (content.antiFraud ?? []).forEach((e, i) => {
    docNumbersInText(e.file, e.data, [i], issues);
    if (e.data.sample && !content.allowSample)
      issues.push({ file: e.file, field: [i, 'sample'], expected: sampleMessage('防骗提示', 'examples/anti-fraud.json'), found: 'true' });
  });
  return issues;
}
