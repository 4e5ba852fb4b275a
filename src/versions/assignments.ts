/** Bureau assignments (牵头单位, 责任单位) that differ between two versions. */
import type { SnapshotIndicator, SnapshotPart } from './snapshot.ts';

export type AssignmentRole = 'lead' | 'responsible';

export interface AssignmentChange {
  /** The anchor of the part or indicator on the comparison page (action-…, measure-…, indicator-…). */
  key: string;
  /** What the assignment belongs to, as a reader names it: （一）制造业设备改造行动, 指标7 新增和改造充电桩. */
  label: string;
  role: AssignmentRole;
  /** Bureau ids in each version's order. */
  before: string[];
  after: string[];
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function assignmentChanges(
  before: { parts: readonly SnapshotPart[]; indicators: readonly SnapshotIndicator[] },
  after: { parts: readonly SnapshotPart[]; indicators: readonly SnapshotIndicator[] },
): AssignmentChange[] {
  const out: AssignmentChange[] = [];
  const oldParts = new Map(before.parts.map((p) => [p.key, p]));
  for (const p of after.parts.filter((p) => p.kind === 'action' || p.kind === 'measure')) {
    const o = oldParts.get(p.key);
    if (!o) continue;
    for (const role of ['lead', 'responsible'] as const) {
      if (!same(o[role], p[role])) out.push({ key: p.key, label: p.title, role, before: o[role], after: p[role] });
    }
  }
  const oldIndicators = new Map(before.indicators.map((i) => [i.slug, i]));
  for (const i of after.indicators) {
    const o = oldIndicators.get(i.slug);
    if (o && !same(o.responsible, i.responsible)) {
      out.push({ key: `indicator-${i.slug}`, label: `指标${i.number} ${i.name}`, role: 'responsible', before: o.responsible, after: i.responsible });
    }
  }
  return out;
}
