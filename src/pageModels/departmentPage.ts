/**
 * What a bureau's page (/departments/<id>/) shows: the actions and measures it leads or shares,
 * the indicators it is responsible for, and where else the plan names it. Pure: the page passes
 * the bureau and what src/data/content.ts returns.
 */
import { mentionedIn, roleIn } from '../model/departmentRoles.ts';
import { itemMarker } from '../model/format.ts';
import { rulesOf, type RuleId } from '../model/rules.ts';
import { withBase } from '../site/url.ts';
import type { Department } from '../schemas/department.ts';
import type { PlanSection } from '../schemas/planSection.ts';
import type { Action, Measure } from '../schemas/task.ts';

type Task = Pick<Action | Measure, 'number' | 'slug' | 'title' | 'lead' | 'responsible'>;

/** The parts of src/data/content.ts's result this page reads. */
export interface DepartmentPageContent<I> {
  actions: readonly { data: Task }[];
  measures: readonly { data: Task }[];
  /** Every indicator, by number. */
  indicators: readonly I[];
  indicatorDepartments: (indicator: I) => readonly { data: Pick<Department, 'id'> }[];
  /** The rules behind indicatorDepartments' answer (各牵头单位 expanded: 'all-action-leads'). */
  responsibilityRules: (indicator: I) => RuleId[];
  plan: readonly { data: Pick<PlanSection, 'kind'>; body?: string | undefined }[];
}

/** An action or measure on the page: 行动（三）, then its title, linked. */
export interface TaskLink {
  label: string;
  title: string;
  href: string;
}

export interface DepartmentPage<I> {
  name: string;
  description: string;
  /** 文中也写作：…, when the plan also uses other names. */
  aliases: string | null;
  leads: TaskLink[];
  shares: TaskLink[];
  indicators: I[];
  indicatorsCaption: string;
  /** 序号 of the listed indicators whose 责任单位 is 各牵头单位, listed here because the bureau leads an action. */
  viaAllLeads: number[];
  /** The rule behind listing them ('all-action-leads'). */
  indicatorRules: RuleId[];
  /** Other places the plan names the bureau; each line reads “<link>中提及本单位。”. */
  mentions: { text: string; href: string }[];
}

export function departmentPage<I extends { data: { number: number } }>(
  department: { data: Pick<Department, 'id' | 'name' | 'aliases'> },
  content: DepartmentPageContent<I>,
  base: string,
): DepartmentPage<I> {
  const d = department.data;
  const tasks = [
    ...content.actions.map((a) => ({ kind: '行动', path: `/actions/${a.data.slug}/`, task: a.data })),
    ...content.measures.map((m) => ({ kind: '保障措施', path: `/measures/${m.data.slug}/`, task: m.data })),
  ];
  const withRole = (role: 'lead' | 'responsible') =>
    tasks
      .filter((t) => roleIn(t.task, d.id) === role)
      .map((t) => ({ label: `${t.kind}${itemMarker(t.task.number)}`, title: t.task.title, href: withBase(base, t.path) }));

  const explanation = content.plan.find((p) => p.data.kind === 'explanation');
  const sections = content.plan.filter((p) => p.data.kind === 'section');
  const mentions = mentionedIn([d.name, ...d.aliases], {
    explanation: explanation?.body ?? '',
    sections: sections.map((p) => p.body ?? '').join('\n'),
  });

  const indicators = content.indicators.filter((i) => content.indicatorDepartments(i).some((x) => x.data.id === d.id));
  const viaAllLeads = indicators.filter((i) => content.responsibilityRules(i).includes('all-action-leads')).map((i) => i.data.number);
  return {
    name: d.name,
    description: `${d.name}在伍家岗区“两新”行动方案中的分工。`,
    aliases: d.aliases.length > 0 ? `文中也写作：${d.aliases.join('、')}` : null,
    leads: withRole('lead'),
    shares: withRole('responsible'),
    indicators,
    indicatorsCaption: `${d.name}负责的指标`,
    viaAllLeads,
    indicatorRules: rulesOf(...indicators.map(content.responsibilityRules)),
    mentions: [
      ...(mentions.includes('explanation') ? [{ text: '起草说明', href: withBase(base, '/plan/explanation/') }] : []),
      ...(mentions.includes('sections') ? [{ text: '方案“总体要求”或“组织实施”', href: withBase(base, '/plan/#organization') }] : []),
    ],
  };
}
