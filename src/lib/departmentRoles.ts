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
