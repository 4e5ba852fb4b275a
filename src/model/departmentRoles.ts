/** What each bureau does in the plan, computed from the actions, measures and indicators. Pure. */

export interface TaskLike {
  slug: string;
  lead: string[];
  responsible: string[];
}

export type Role = 'lead' | 'responsible' | null;

/** A bureau's role in one action or measure. */
export function roleIn(task: TaskLike, departmentId: string): Role {
  if (task.lead.includes(departmentId)) return 'lead';
  if (task.responsible.includes(departmentId)) return 'responsible';
  return null;
}

export const roleLabels = { lead: '牵头', responsible: '责任' } as const;

/** Which documents' texts mention a bureau by any of its names. */
export function mentionedIn(names: string[], texts: Record<string, string>): string[] {
  return Object.entries(texts)
    .filter(([, text]) => names.some((n) => text.includes(n)))
    .map(([key]) => key);
}

/**
 * Order bureaus as a reader meets them in the plan: first those leading actions (by action
 * number), then those leading support measures, then responsible units, then the rest by name.
 */
export function departmentRank(id: string, actions: TaskLike[], measures: TaskLike[]): number {
  const leadAction = actions.findIndex((a) => a.lead.includes(id));
  if (leadAction !== -1) return leadAction;
  const leadMeasure = measures.findIndex((m) => m.lead.includes(id));
  if (leadMeasure !== -1) return 100 + leadMeasure;
  const tasks = [...actions, ...measures];
  const responsible = tasks.findIndex((t) => t.responsible.includes(id));
  if (responsible !== -1) return 200 + responsible;
  return 1000;
}
