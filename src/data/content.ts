/**
 * The one place pages get content from. Loads every collection once, runs the cross-file checks
 * again on what Astro loaded (the whole content check has run before Astro renders anything:
 * src/integrations/contentCheck.ts), and returns plain, sorted data joined the way pages need it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { crossCheck, type Located } from '../checks/crossCheck.ts';
import { formatIssues } from '../checks/issue.ts';
import { departmentRank } from '../model/departmentRoles.ts';

/** Astro's MDX renderer, passed on so pages need nothing from astro:content themselves. */
export { render } from 'astro:content';

export type ActionEntry = CollectionEntry<'actions'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type DepartmentEntry = CollectionEntry<'departments'>;
export type PlanEntry = CollectionEntry<'plan'>;

function located<T extends { data: unknown; filePath?: string; body?: string; id: string }>(e: T, fallback: string): Located<T['data']> {
  return { file: e.filePath ?? fallback, data: e.data, ...(e.body === undefined ? {} : { body: e.body }) };
}

async function load() {
  const [siteEntries, departments, plan, actions, measures, indicators, notes] = await Promise.all([
    getCollection('site'),
    getCollection('departments'),
    getCollection('plan'),
    getCollection('actions'),
    getCollection('measures'),
    getCollection('indicators'),
    getCollection('notes'),
  ]);
  const byNumber = <T extends { data: { number: number } }>(a: T, b: T) => a.data.number - b.data.number;
  actions.sort(byNumber);
  measures.sort(byNumber);
  indicators.sort(byNumber);
  plan.sort((a, b) => a.data.order - b.data.order);
  const rank = (id: string) => departmentRank(id, actions.map((a) => a.data), measures.map((m) => m.data));
  departments.sort((a, b) => rank(a.data.id) - rank(b.data.id) || a.data.name.localeCompare(b.data.name, 'zh-CN'));

  const issues = crossCheck({
    departments: departments.map((d) => located(d, 'content/departments.json')),
    plan: plan.map((p) => located(p, `content/plan/${p.id}.mdx`)),
    actions: actions.map((a) => located(a, `content/actions/${a.id}.mdx`)),
    measures: measures.map((m) => located(m, `content/measures/${m.id}.mdx`)),
    indicators: indicators.map((i) => located(i, `content/indicators/${i.id}.json`)),
  });
  if (issues.length > 0) {
    throw new Error(`内容检查未通过（content check failed）：\n${formatIssues(issues)}`);
  }
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('content/site.json：缺少 "site" 设置（site settings missing）');

  const departmentById = new Map(departments.map((d) => [d.data.id, d]));
  const dept = (id: string) => {
    const d = departmentById.get(id);
    if (!d) throw new Error(`未知部门标识（unknown department）：${id}`);
    return d;
  };
  const actionBySlug = new Map(actions.map((a) => [a.data.slug, a]));
  const actionLeadIds = [...new Set(actions.flatMap((a) => a.data.lead))];

  /** Bureaus responsible for an indicator, with 各牵头单位 expanded to every action's lead. */
  const indicatorDepartments = (i: IndicatorEntry) =>
    (i.data.allActionLeads ? actionLeadIds : i.data.responsible).map(dept);

  return {
    site,
    departments,
    plan,
    actions,
    measures,
    indicators,
    notes,
    dept,
    actionOf: (i: IndicatorEntry) => (i.data.action ? actionBySlug.get(i.data.action) ?? null : null),
    indicatorsOf: (a: ActionEntry) => indicators.filter((i) => i.data.action === a.data.slug),
    indicatorDepartments,
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadContent() {
  cached ??= load();
  return cached;
}

export type Content = Awaited<ReturnType<typeof load>>;
