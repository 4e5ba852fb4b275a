/**
 * Two versions compared: section by section, the sentences added, removed and changed (changed
 * ones word by word); every target that changed; every bureau assignment that changed; and the
 * document fields (状态, 文号, dates) that changed. What the comparison page prints and what the
 * action, measure and indicator pages ask ("does this page differ from the earlier version?").
 */
import { alignSentences } from './align.ts';
import { assignmentChanges, type AssignmentChange } from './assignments.ts';
import { bodySentences } from './sentences.ts';
import type { PartKind, Snapshot } from './snapshot.ts';
import { targetChanges, type TargetChange } from './targets.ts';
import { wordDiff, type DiffPiece } from './wordDiff.ts';

export type SentenceChange = { kind: 'removed'; text: string } | { kind: 'added'; text: string } | { kind: 'changed'; pieces: DiffPiece[] };

export interface PartChange {
  key: string;
  kind: PartKind;
  slug?: string;
  /** The later version's heading (the earlier one's when the part was dropped). */
  title: string;
  /** added: the whole part is new; removed: dropped; changed: see `sentences` and `titleBefore`. */
  status: 'added' | 'removed' | 'changed';
  /** The earlier heading, when the heading itself changed. */
  titleBefore?: string;
  sentences: SentenceChange[];
}

export interface DocumentChange {
  field: string;
  before: string;
  after: string;
}

export interface Comparison {
  /** Only the parts that differ, in document order. */
  parts: PartChange[];
  /** How many parts are the same in both. */
  unchangedParts: number;
  targets: TargetChange[];
  /** Indicators whose name, 备注 or quoted sentences changed, though none of their targets did. */
  indicators: IndicatorEdit[];
  assignments: AssignmentChange[];
  document: DocumentChange[];
}

/** What else changed on an indicator's page: its name, its 备注, the plan's sentences it quotes. */
export interface IndicatorEdit {
  number: number;
  slug: string;
  name: string;
  /** 指标名称, 备注, 所引正文: the fields that differ. */
  fields: string[];
}

function indicatorEdits(before: Snapshot['indicators'], after: Snapshot['indicators'], targets: readonly TargetChange[]): IndicatorEdit[] {
  const old = new Map(before.map((i) => [i.slug, i]));
  return after.flatMap((i) => {
    const o = old.get(i.slug);
    if (!o || targets.some((t) => t.slug === i.slug)) return [];
    const fields = [
      ...(o.name !== i.name ? ['指标名称'] : []),
      ...(o.remark !== i.remark ? ['备注'] : []),
      ...(o.source.join('\n') !== i.source.join('\n') ? ['所引正文'] : []),
    ];
    return fields.length > 0 ? [{ number: i.number, slug: i.slug, name: i.name, fields }] : [];
  });
}

export function compareSnapshots(before: Snapshot, after: Snapshot): Comparison {
  const old = new Map(before.parts.map((p) => [p.key, p]));
  const keys = new Set(after.parts.map((p) => p.key));
  const parts: PartChange[] = [];
  let unchangedParts = 0;
  for (const p of after.parts) {
    const o = old.get(p.key);
    const sentences: SentenceChange[] = alignSentences(o ? bodySentences(o.body) : [], bodySentences(p.body)).flatMap((a): SentenceChange[] => {
      if (a.kind === 'same') return [];
      if (a.kind === 'removed') return [{ kind: 'removed', text: a.before }];
      if (a.kind === 'added') return [{ kind: 'added', text: a.after }];
      return [{ kind: 'changed', pieces: wordDiff(a.before, a.after) }];
    });
    const titleChanged = o !== undefined && o.title !== p.title;
    if (o && sentences.length === 0 && !titleChanged) {
      unchangedParts++;
      continue;
    }
    parts.push({
      key: p.key,
      kind: p.kind,
      ...(p.slug === undefined ? {} : { slug: p.slug }),
      title: p.title,
      status: o ? 'changed' : 'added',
      ...(titleChanged ? { titleBefore: o.title } : {}),
      sentences,
    });
  }
  for (const o of before.parts.filter((p) => !keys.has(p.key))) {
    parts.push({
      key: o.key,
      kind: o.kind,
      ...(o.slug === undefined ? {} : { slug: o.slug }),
      title: o.title,
      status: 'removed',
      sentences: bodySentences(o.body).map((text) => ({ kind: 'removed', text })),
    });
  }
  const fields = [...new Set([...Object.keys(before.document), ...Object.keys(after.document)])];
  const text = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
  const targets = targetChanges(before.indicators, after.indicators);
  return {
    parts,
    unchangedParts,
    targets,
    indicators: indicatorEdits(before.indicators, after.indicators, targets),
    assignments: assignmentChanges(before, after),
    document: fields
      .filter((f) => text(before.document[f]) !== text(after.document[f]))
      .map((f) => ({ field: f, before: text(before.document[f]), after: text(after.document[f]) })),
  };
}

/** The anchors of everything that changed: parts (action-…, measure-…, plan-…) and indicators (indicator-…: targets, name, 备注, quotes). */
export function changedKeys(c: Comparison): Set<string> {
  return new Set([
    ...c.parts.map((p) => p.key),
    ...c.targets.map((t) => `indicator-${t.slug}`),
    ...c.indicators.map((i) => `indicator-${i.slug}`),
    ...c.assignments.map((a) => a.key),
  ]);
}
