/**
 * How pages see the content: collections sorted (actions, measures and indicators by number, plan
 * sections by order, bureaus by their first lead role) and joined (an indicator's action and
 * bureaus, an action's indicators). Pure, so src/data/content.ts applies it to what Astro loaded
 * and the page-model tests apply it to what the standalone reader loaded, and the two cannot drift.
 */
import { departmentRank } from '../model/departmentRoles.ts';
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { PlanSection } from '../schemas/planSection.ts';
import type { Action, Measure } from '../schemas/task.ts';

interface Entry<T> {
  data: T;
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
  const actionLeadIds = [...new Set(actions.flatMap((a) => a.data.lead))];

  return {
    departments,
    plan,
    actions,
    measures,
    indicators,
    dept,
    actionOf: (i: I): A | null => (i.data.action ? (actionBySlug.get(i.data.action) ?? null) : null),
    indicatorsOf: (a: A): I[] => indicators.filter((i) => i.data.action === a.data.slug),
    /** Bureaus responsible for an indicator, with 各牵头单位 expanded to every action's lead. */
    indicatorDepartments: (i: I): D[] => (i.data.allActionLeads ? actionLeadIds : i.data.responsible).map(dept),
  };
}
