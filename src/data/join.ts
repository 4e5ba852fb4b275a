/**
 * How pages see the content: collections sorted (actions, measures and indicators by number, plan
 * sections by order, bureaus by their first lead role) and joined (an indicator's action and
 * bureaus, an action's indicators). Pure, so src/data/content.ts applies it to what Astro loaded
 * and the page-model tests apply it to what the standalone reader loaded, and the two cannot drift.
 */
import { departmentRank } from '../model/departmentRoles.ts';
import type { RuleId } from '../model/rules.ts';
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { PlanSection } from '../schemas/planSection.ts';
import type { Action, Measure } from '../schemas/task.ts';
import { planParagraphs, planPartPrefix, quoteFinder, squash, type PlanPart } from '../site/planParagraphs.ts';
import { taskAnchor } from '../site/tasks.ts';

interface Entry<T> {
  data: T;
  /** The MDX body (plan text, actions, measures). */
  body?: string | undefined;
}

export interface Collections<
  D extends Entry<Department>,
  P extends Entry<PlanSection>,
  A extends Entry<Action>,
  M extends Entry<Measure>,
  I extends Entry<Indicator>,
> {
  departments: D[];
  plan: P[];
  actions: A[];
  measures: M[];
  indicators: I[];
}

/**
 * Finds an indicator's record in a list keyed by indicator (e.g. its progress), by the indicator's
 * number. Never by object identity: with Astro's parallel prerendering a page's props are copies
 * (structured clones) made for a worker thread, equal to the loaded entries but not the same objects.
 */
export function byIndicatorNumber<R extends { indicator: Entry<Pick<Indicator, 'number'>> }>(records: R[]) {
  const byNumber = new Map(records.map((r) => [r.indicator.data.number, r]));
  return (indicator: Entry<Pick<Indicator, 'number'>>): R => {
    const found = byNumber.get(indicator.data.number);
    if (!found) throw new Error(`未知指标序号（unknown indicator number）：${indicator.data.number}`);
    return found;
  };
}

export function joinContent<
  D extends Entry<Department>,
  P extends Entry<PlanSection>,
  A extends Entry<Action>,
  M extends Entry<Measure>,
  I extends Entry<Indicator>,
>(c: Collections<D, P, A, M, I>) {
  const byNumber = <T extends Entry<{ number: number }>>(list: T[]) => [...list].sort((a, b) => a.data.number - b.data.number);
  const actions = byNumber(c.actions);
  const measures = byNumber(c.measures);
  const indicators = byNumber(c.indicators);
  const plan = [...c.plan].sort((a, b) => a.data.order - b.data.order);
  const rank = (id: string) =>
    departmentRank(
      id,
      actions.map((a) => a.data),
      measures.map((m) => m.data),
    );
  const departments = [...c.departments].sort((a, b) => rank(a.data.id) - rank(b.data.id) || a.data.name.localeCompare(b.data.name, 'zh-CN'));

  const departmentById = new Map(departments.map((d) => [d.data.id, d]));
  const dept = (id: string): D => {
    const d = departmentById.get(id);
    if (!d) throw new Error(`未知部门标识（unknown department）：${id}`);
    return d;
  };
  const actionBySlug = new Map(actions.map((a) => [a.data.slug, a]));
  // Grouped once: every action page and the progress page ask, and filtering every indicator for
  // each action grows with the square of the site.
  const indicatorsByAction = Map.groupBy(indicators, (i) => i.data.action);
  const actionLeadIds = [...new Set(actions.flatMap((a) => a.data.lead))];
  // The plan's paragraphs in the order /plan/ prints them: the parts before 二、重点任务, the actions,
  // the measures, the parts after 三、保障措施.
  const sections = plan.filter((p) => p.data.kind !== 'explanation');
  const part = (prefix: string, e: { body?: string | undefined }): PlanPart => ({ prefix, body: e.body ?? '' });
  const paragraphs = planParagraphs([
    ...sections.filter((p) => p.data.order < 2).map((p) => part(planPartPrefix(p.data), p)),
    ...actions.map((a) => part(taskAnchor('action', a.data.slug), a)),
    ...measures.map((m) => part(taskAnchor('measure', m.data.slug), m)),
    ...sections.filter((p) => p.data.order > 3).map((p) => part(planPartPrefix(p.data), p)),
  ]);
  // Each part's paragraphs squashed once, not on every indicator's lookup (the lookups grew with the
  // square of the plan's size).
  const squashedOf = new Map([...Map.groupBy(paragraphs, (p) => p.part)].map(([part, ps]) => [part, ps.map((p) => squash(p.text))]));

  return {
    departments,
    plan,
    actions,
    measures,
    indicators,
    dept,
    actionOf: (i: I): A | null => (i.data.action ? (actionBySlug.get(i.data.action) ?? null) : null),
    /** The actions before and after one in the plan's order (the action pages' 上一项 / 下一项), found by slug. */
    actionNeighbours: (a: Entry<Pick<Action, 'slug'>>): { prev: A | null; next: A | null } => {
      const at = actions.findIndex((x) => x.data.slug === a.data.slug);
      if (at < 0) throw new Error(`未知行动（unknown action）：${a.data.slug}`);
      return { prev: actions[at - 1] ?? null, next: actions[at + 1] ?? null };
    },
    indicatorsOf: (a: A): I[] => [...(indicatorsByAction.get(a.data.slug) ?? [])],
    /** Bureaus responsible for an indicator, with 各牵头单位 expanded to every action's lead. */
    indicatorDepartments: (i: I): D[] => (i.data.allActionLeads ? actionLeadIds : i.data.responsible).map(dept),
    /** The 计算口径 behind indicatorDepartments' answer: 各牵头单位 read as every action's lead. */
    responsibilityRules: (i: I): RuleId[] => (i.data.allActionLeads ? ['all-action-leads'] : []),
    /** Where /plan/ holds a quoted sentence: its paragraph's id and the text directive that highlights it. */
    planSpot: quoteFinder(paragraphs),
    /**
     * Whether the plan itself places an indicator under its action (the action's text holds one of
     * its sentences); when not (the main targets of 工作目标), the filing is this site's.
     */
    filedByPlan: (i: I): boolean => {
      const own = i.data.action ? (squashedOf.get(taskAnchor('action', i.data.action)) ?? []) : [];
      return i.data.source.some((q) => own.some((text) => text.includes(squash(q))));
    },
  };
}
