/**
 * One version of the plan in the shape the comparison needs, whether it comes from the current
 * content or from a frozen copy (content/versions/<slug>/): its parts of text, its indicators'
 * targets and bureaus, and its document metadata. Built from plain data so the pure code here
 * never cares where the files were.
 */
import { itemMarker } from '../model/format.ts';
import { targetColumns, type TargetKey } from '../model/targets.ts';

export type PartKind = 'plan' | 'action' | 'measure' | 'explanation';

/** A part of the text compared as a whole: the preamble, a numbered section, an action, a measure, the 起草说明. */
export interface SnapshotPart {
  /** Stable across versions and used as the anchor on the comparison page: plan-general, action-manufacturing, measure-finance, explanation. */
  key: string;
  kind: PartKind;
  /** Action or measure slug (their pages' addresses). */
  slug?: string;
  /** Place in the document: plan order, then actions, measures, later sections, the 起草说明. */
  order: number;
  /** The heading as the document prints it, e.g. （一）制造业设备改造行动. */
  title: string;
  /** The MDX body. */
  body: string;
  /** 牵头单位 ids (actions and measures). */
  lead: string[];
  /** 责任单位 ids. */
  responsible: string[];
}

export interface SnapshotIndicator {
  number: number;
  slug: string;
  name: string;
  targets: Partial<Record<TargetKey, string>>;
  responsible: string[];
  /** 备注 as written; '' where a version has none. */
  remark: string;
  /** The plan's sentences the indicator page quotes. */
  source: string[];
}

export interface Snapshot {
  /** site.json's document block (title, status, docNumber, dates…), as text. */
  document: Record<string, unknown>;
  parts: SnapshotPart[];
  indicators: SnapshotIndicator[];
}

/** What a snapshot is built from: the entries of the plan, actions, measures and indicators, data and body. */
export interface SnapshotSource {
  document: Record<string, unknown>;
  plan: { data: { order: number; kind: string; anchor?: string | undefined; title: string }; body?: string | undefined }[];
  actions: { data: { number: number; slug: string; title: string; lead: string[]; responsible: string[] }; body?: string | undefined }[];
  measures: { data: { number: number; slug: string; title: string; lead: string[]; responsible: string[] }; body?: string | undefined }[];
  indicators: {
    data: { number: number; slug: string; name: string; targets: Record<string, string>; responsible: string[]; remark?: string; source?: string[] };
  }[];
}

// Actions sit in 二、重点任务 and measures in 三、保障措施, between plan sections 1 and 4 (see /plan/).
const actionsOrder = 2;
const measuresOrder = 3;

export function snapshotOf(source: SnapshotSource): Snapshot {
  const tasks = (kind: 'action' | 'measure', list: SnapshotSource['actions'], order: number): SnapshotPart[] =>
    [...list]
      .sort((a, b) => a.data.number - b.data.number)
      .map((t) => ({
        key: `${kind}-${t.data.slug}`,
        kind,
        slug: t.data.slug,
        order: order + t.data.number / 100,
        title: `${itemMarker(t.data.number)}${t.data.title}`,
        body: t.body ?? '',
        lead: t.data.lead,
        responsible: t.data.responsible,
      }));
  const plan: SnapshotPart[] = source.plan.map((p) => {
    const explanation = p.data.kind === 'explanation';
    return {
      key: explanation ? 'explanation' : `plan-${p.data.anchor ?? p.data.kind}`,
      kind: explanation ? 'explanation' : 'plan',
      order: explanation ? Number.MAX_SAFE_INTEGER : p.data.order,
      title: explanation ? '起草说明' : p.data.kind === 'preamble' ? '开头段落' : p.data.title,
      body: p.body ?? '',
      lead: [],
      responsible: [],
    };
  });
  const keys = new Set<string>(targetColumns.map((c) => c.key));
  return {
    document: source.document,
    parts: [...plan, ...tasks('action', source.actions, actionsOrder), ...tasks('measure', source.measures, measuresOrder)].sort((a, b) => a.order - b.order),
    indicators: [...source.indicators]
      .sort((a, b) => a.data.number - b.data.number)
      .map(({ data }) => ({
        number: data.number,
        slug: data.slug,
        name: data.name,
        targets: Object.fromEntries(Object.entries(data.targets).filter(([k]) => keys.has(k))),
        responsible: data.responsible,
        remark: data.remark ?? '',
        source: data.source ?? [],
      })),
  };
}
