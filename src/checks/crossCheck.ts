/**
 * Checks that span files: references between collections, unique numbers, shares that agree
 * with the figures, and the counts the 起草说明 states. Pure: takes plain data, returns issues.
 * Both the standalone reader (src/checks/readContent.ts) and the Astro build call it.
 */
import { departmentRefProblem } from './departmentRefs.ts';
import type { ContentIssue } from './issue.ts';
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { DeclaredCounts, PlanSection } from '../schemas/planSection.ts';
import type { Action, Measure } from '../schemas/task.ts';
import { indicatorCounts } from '../model/counts.ts';
import { parseRemark, shareAgrees, shareOfCity } from '../model/remark.ts';
import { parseTargetCell, targetColumns, type TargetCell } from '../model/targets.ts';

/** A content entry together with the file it came from (relative to the project, for messages). */
export interface Located<T> {
  file: string;
  data: T;
  /** The Markdown body, for MDX entries. */
  body?: string;
}

export interface ContentSet {
  departments: Located<Department>[];
  actions: Located<Action>[];
  measures: Located<Measure>[];
  indicators: Located<Indicator>[];
  plan: Located<PlanSection>[];
}

const show = (v: unknown) => JSON.stringify(v);

function checkUnique<T>(entries: Located<T>[], key: (d: T) => string | number, field: string, what: string, issues: ContentIssue[]) {
  const seen = new Map<string | number, string>();
  for (const e of entries) {
    const k = key(e.data);
    const first = seen.get(k);
    if (first) {
      issues.push({ file: e.file, field: [field], expected: `${what}不能重复（${first} 已使用）`, found: show(k) });
    } else {
      seen.set(k, e.file);
    }
  }
}

function checkSequence<T>(entries: Located<T>[], num: (d: T) => number, count: number, what: string, issues: ContentIssue[]) {
  const present = new Set(entries.map((e) => num(e.data)));
  const first = entries[0]?.file;
  const folder = first ? first.slice(0, first.lastIndexOf('/') + 1) : `content/${what}/`;
  for (let n = 1; n <= count; n++) {
    if (!present.has(n)) {
      issues.push({ file: folder, field: ['number'], expected: `应有序号为 ${n} 的条目（共 ${count} 项，序号 1–${count} 连续）` });
    }
  }
}

/** Cells of one indicator, parsed; invalid cells were already reported by the schema. */
function cells(ind: Indicator): Record<string, TargetCell | null> {
  return Object.fromEntries(targetColumns.map((c) => [c.key, parseTargetCell(ind.targets[c.key])]));
}

function checkIndicator(e: Located<Indicator>, actions: Set<string>, departments: readonly Department[], planText: string, issues: ContentIssue[]) {
  const ind = e.data;
  const parsed = cells(ind);
  const push = (field: (string | number)[], expected: string, found?: string) =>
    issues.push({ file: e.file, field, expected, ...(found === undefined ? {} : { found }) });

  ind.responsible.forEach((id, i) => {
    const problem = departmentRefProblem(id, departments);
    if (problem) push(['responsible', i], problem, show(id));
  });
  ind.reporters.forEach((r, i) => {
    const problem = departmentRefProblem(r.department, departments);
    if (problem) push(['reporters', i, 'department'], problem, show(r.department));
  });
  if (ind.responsible.length === 0 && !ind.allActionLeads) {
    push(['responsible'], '至少应有一个责任单位（或将 allActionLeads 设为 true 表示“各牵头单位”）');
  }
  if (ind.action !== null && !actions.has(ind.action)) {
    push(['action'], '应为 content/actions/ 中某项行动的 slug，或 null（全局目标）', show(ind.action));
  }

  let districtTargets = 0;
  for (const col of targetColumns) {
    const cell = parsed[col.key];
    if (!cell || cell.kind !== 'value') continue;
    if (col.level === 'district') districtTargets++;
    if (cell.unit !== ind.unit) {
      push(['targets', col.key], `单位应与 unit 一致（"${ind.unit}"）`, show(cell.raw));
    }
  }
  if (districtTargets === 0) push(['targets'], '至少应有一个区级目标（district2024 或 district2027）');
  if ((ind.measure === 'growth' || ind.measure === 'rate') && ind.unit !== '%') {
    push(['unit'], `计量方式为 ${ind.measure} 时单位应为 "%"`, show(ind.unit));
  }
  if (ind.measure === 'rate') {
    for (const col of targetColumns) {
      const cell = parsed[col.key];
      if (cell?.kind === 'value' && cell.value > 100) push(['targets', col.key], '比率不应超过 100%', show(cell.raw));
    }
  }

  const remark = parseRemark(ind.remark);
  if (remark?.kind === 'share') {
    // The share is stated against the city target of the year the district target is set for.
    const pairs = ([2024, 2027] as const)
      .map((year) => ({ year, d: parsed[`district${year}`], c: parsed[`city${year}`] }))
      .filter((p) => p.d?.kind === 'value' && p.c?.kind === 'value');
    if (pairs.length === 0) {
      push(['remark'], '“占全市x%”需要同一年份的区级和市级目标都有数值');
    }
    for (const { year, d, c } of pairs) {
      if (d?.kind !== 'value' || c?.kind !== 'value') continue;
      if (!shareAgrees(remark.percent, d.value, c.value)) {
        push(['remark'], `应与${year}年目标一致：区 ${d.raw} ÷ 市 ${c.raw} = ${shareOfCity(d.value, c.value)}%`, show(ind.remark));
      }
    }
  }

  ind.source.forEach((s, i) => {
    if (!planText.includes(s)) push(['source', i], '应为方案正文中原样出现的文字', show(s));
  });
}

/** Numbered articles of the plan: lead-ins such as <strong>（一）指导思想。</strong> plus actions and measures. */
export function countArticles(content: ContentSet): number {
  const leadIns = content.plan
    .filter((p) => p.data.kind === 'section')
    .reduce((n, p) => n + (p.body?.match(/<strong>（[一二三四五六七八九十]+）/g)?.length ?? 0), 0);
  return leadIns + content.actions.length + content.measures.length;
}

/** Everything the 起草说明 declares, counted from the content. */
export function contentCounts(content: ContentSet): DeclaredCounts {
  return {
    ...indicatorCounts(content.indicators.map((i) => i.data)),
    actions: content.actions.length,
    measures: content.measures.length,
    articles: countArticles(content),
  };
}

/** Every text of the plan proper (not the 起草说明), joined: what indicator sources must quote. */
export function planText(content: ContentSet): string {
  return [...content.plan.filter((p) => p.data.kind !== 'explanation'), ...content.actions, ...content.measures].map((e) => e.body ?? '').join('\n');
}

export function crossCheck(content: ContentSet): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const departments = content.departments.map((d) => d.data);
  const actionSlugs = new Set(content.actions.map((a) => a.data.slug));
  const text = planText(content);

  checkUnique(content.departments, (d) => d.id, 'id', '部门标识', issues);
  checkUnique(
    content.departments.flatMap((e) => [e.data.name, ...e.data.aliases, ...(e.data.fullName ? [e.data.fullName] : [])].map((name) => ({ ...e, data: name }))),
    (n) => n,
    'name',
    '部门名称',
    issues,
  );

  // How many actions and measures there are is the 起草说明's to say (十大行动, 四个方面); without
  // it, the numbers present must still run 1, 2, … without a gap.
  const declared = content.plan.find((p) => p.data.kind === 'explanation')?.data.declares;
  for (const [dir, entries, count] of [
    ['actions', content.actions, declared?.actions ?? content.actions.length],
    ['measures', content.measures, declared?.measures ?? content.measures.length],
  ] as const) {
    checkUnique<Action | Measure>(entries, (d) => d.number, 'number', '序号', issues);
    checkUnique<Action | Measure>(entries, (d) => d.slug, 'slug', '网址标识', issues);
    checkSequence<Action | Measure>(entries, (d) => d.number, count, dir, issues);
    for (const e of entries) {
      for (const field of ['lead', 'responsible'] as const) {
        e.data[field].forEach((id, i) => {
          const problem = departmentRefProblem(id, departments);
          if (problem) issues.push({ file: e.file, field: [field, i], expected: problem, found: show(id) });
        });
      }
    }
  }

  // Figures of the text (an action's, or 一、总体要求's for the main targets): quoted exactly, tied to
  // indicators that exist; an action's to its own indicators.
  const indicatorByNumber = new Map(content.indicators.map((i) => [i.data.number, i.data]));
  const withFigures = [
    ...content.plan.map((p) => ({ ...p, figures: p.data.figures, action: undefined, where: '本部分正文' })),
    ...content.actions.map((a) => ({ ...a, figures: a.data.figures, action: a.data.slug, where: '本行动正文' })),
  ];
  for (const a of withFigures) {
    a.figures.forEach((f, i) => {
      if (a.body !== undefined && !a.body.includes(f.text)) {
        issues.push({ file: a.file, field: ['figures', i, 'text'], expected: `应为${a.where}中原样出现的文字`, found: show(f.text) });
      }
      f.indicators.forEach((n, j) => {
        const ind = indicatorByNumber.get(n);
        if (!ind) {
          issues.push({ file: a.file, field: ['figures', i, 'indicators', j], expected: '应为 content/indicators/ 中已有的指标序号', found: show(n) });
        } else if (a.action !== undefined && ind.action !== a.action) {
          issues.push({ file: a.file, field: ['figures', i, 'indicators', j], expected: `指标 ${n} 的 action 应为 "${a.action}"`, found: show(ind.action) });
        }
      });
    });
  }

  checkUnique(content.indicators, (d) => d.number, 'number', '指标序号', issues);
  checkUnique(content.indicators, (d) => d.slug, 'slug', '网址标识', issues);
  for (const e of content.indicators) checkIndicator(e, actionSlugs, departments, text, issues);

  const explanation = content.plan.find((p) => p.data.kind === 'explanation');
  if (explanation && declared) {
    const counted = contentCounts(content);
    checkSequence(content.indicators, (d) => d.number, declared.indicators, 'indicators', issues);
    for (const key of Object.keys(declared) as (keyof typeof declared)[]) {
      if (counted[key] !== declared[key]) {
        issues.push({
          file: explanation.file,
          field: ['declares', key],
          expected: `起草说明所述数量应与内容一致：按内容统计为 ${counted[key]}`,
          found: show(declared[key]),
        });
      }
    }
  }
  return issues;
}
