/**
 * Checks across the residents' content (content/policies.json, content/guide/) and the plan:
 * guide quotes are the plan's own words, references point to existing entries. Pure, like
 * crossCheck: plain data in, ContentIssue list out, used by the content check and the build.
 */
import type { GuideSection } from '../schemas/guide.ts';
import type { HowTo } from '../schemas/howTo.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Action } from '../schemas/task.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export interface ResidentContent {
  policies: Located<Policy>[];
  guide: Located<GuideSection>[];
  actions: Located<Pick<Action, 'slug'>>[];
  /** True only in `npm run build:demo`: a 办理指引 marked sample may then appear. */
  allowSample?: boolean;
}

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
 * status; it belongs in the policy's docNumber, with docNumberStatus, and pages cite it from there.
 */
function docNumbersInText(file: string, value: unknown, prefix: (string | number)[], issues: ContentIssue[]): void {
  for (const [path, text] of strings(value, prefix)) {
    if (path.at(-1) === 'docNumber' || !docNumberPattern.test(text)) continue;
    issues.push({
      file,
      field: path,
      expected: '正文中不应写发文字号：文号应写在政策的 docNumber 中并注明 docNumberStatus（页面由此显示，未核实的标“待核实”）',
      found: show(text),
    });
  }
}

type Push = (field: (string | number)[], expected: string, found?: unknown) => void;

/**
 * A 办理指引 names the document each step, material and channel comes from, and prints one bare
 * only when that document is a policy the reference verifies.
 */
function howToIssues(h: HowTo, policies: Map<string, Policy>, allowSample: boolean, push: Push): void {
  if (h.sample && !allowSample)
    push(['howTo', 'sample'], '正式内容中不能有示例数据：示例办理指引应放在 examples/guide/，用 npm run build:demo 构建演示站', true);
  for (const list of ['steps', 'materials', 'channels'] as const) {
    h[list].forEach((f, i) => {
      const at = ['howTo', list, i];
      const id = f.source.policy;
      const p = id === undefined ? undefined : policies.get(id);
      if (id !== undefined && !p) push([...at, 'source', 'policy'], '应为 content/policies.json 中已有的政策标识', id);
      if (f.status !== 'verified') return;
      if (id === undefined)
        push([...at, 'status'], '出自 content/policies.json 以外文件的内容未经参考资料核实，核实状态应为 unverified（页面标“待核实”）', f.status);
      else if (p && p.verification !== 'verified') {
        push([...at, 'status'], `政策 ${id} 的核实状态为 ${p.verification}，出自它的内容不能标为 verified，应为 unverified（页面标“待核实”）`, f.status);
      }
    });
  }
}

export function residentCheck(content: ResidentContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const policies = new Map<string, Policy>();
  // Policies live in one file, so field paths start with the entry's index in the list.
  content.policies.forEach((e, i) => {
    if (policies.has(e.data.id)) issues.push({ file: e.file, field: [i, 'id'], expected: '政策标识不能重复', found: show(e.data.id) });
    policies.set(e.data.id, e.data);
  });
  content.policies.forEach((e, i) => {
    docNumbersInText(e.file, e.data, [i], issues);
    if (e.data.figures.length > 0 && (e.data.verification === 'secondary' || e.data.verification === 'not-found')) {
      issues.push({
        file: e.file,
        field: [i, 'figures'],
        expected: `核实状态为 ${e.data.verification} 的文件不能公布数字，figures 应为空`,
        found: `${e.data.figures.length} 项`,
      });
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
  }
  return issues;
}
