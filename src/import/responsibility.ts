/**
 * Which bureau may report an indicator's figures: its 责任单位 in 附件2 (各牵头单位 meaning the lead
 * bureau of any action), and the bureaus staff have recorded in the indicator's `reporters` with
 * the decision that assigned them. A row from any other bureau is not that indicator's figure:
 * a filled-down template puts the bureau's name on every row, so an empty or 0 cell beside another
 * bureau's indicator is skipped, and a figure there is refused.
 */
import type { Indicator } from '../schemas/indicator.ts';

/** What the rule needs of an indicator. */
export type ReportedIndicator = Pick<Indicator, 'number' | 'responsible' | 'responsibleText'> & Partial<Pick<Indicator, 'allActionLeads' | 'reporters'>>;

/** The ids of the bureaus that may report `ind`'s figures on `today`. */
export function reportersOf(ind: ReportedIndicator, actionLeads: readonly string[], today: string): Set<string> {
  const out = new Set(ind.responsible);
  if (ind.allActionLeads) for (const id of actionLeads) out.add(id);
  for (const r of ind.reporters ?? []) if (r.since <= today) out.add(r.department);
  return out;
}

/** Who reports `ind`, in words for a message: 附件2's 责任单位, and any recorded assignment. */
export function reportersText(ind: ReportedIndicator, names: (id: string) => string, today: string): string {
  const assigned = (ind.reporters ?? []).filter((r) => r.since <= today).map((r) => `${names(r.department)}（${r.basis}）`);
  return [`${ind.responsibleText}${ind.allActionLeads ? '（各项行动的牵头单位）' : ''}`, ...assigned].join('、');
}
