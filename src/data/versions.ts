/**
 * The versions of the plan for pages: every frozen version (content/versions/, oldest first) and
 * then the current text, each consecutive pair compared (src/versions/compare.ts). Frozen files
 * are read back through src/checks/versionFiles.ts, which the content check has already run over.
 */
import { getCollection } from 'astro:content';
import { join } from 'node:path';
import { readFrozen, versionsFolder, type FrozenContent } from '../checks/versionFiles.ts';
import { allowSampleData, contentDir } from '../config/env.ts';
import { changedKeys, compareSnapshots, type Comparison } from '../versions/compare.ts';
import { currentVersionName, currentVersionSlug } from '../versions/names.ts';
import { snapshotOf, type SnapshotIndicator, type SnapshotSource } from '../versions/snapshot.ts';
import { inForceFrom } from '../progress/targetsInForce.ts';
import { loadContent } from './content.ts';

export interface VersionListing {
  /** 送审稿…; 当前文本 (a draft) or 现行文本 (issued) for the current content. */
  name: string;
  /** Its address segment; `current` for the current text. */
  slug: string;
  /** The document status it carries (送审稿, 现行有效…). */
  status: string;
  /** The day it was frozen; null for the current text. */
  date: string | null;
  /** Whether a later text replaced it (every frozen version) or it is the current text. */
  superseded: boolean;
  /** Path of its full text: /plan/versions/<slug>/, or /plan/ for the current text. */
  path: string;
  /** The frozen files, read back; null for the current text. */
  frozen: FrozenContent | null;
  /** Its 发布日期 as its document block gives it; '' while not published. */
  publishedDate: string;
  /** The day it took over from the text before it (src/progress/targetsInForce.ts); null for the oldest. */
  inForceFrom: string | null;
  /** Its indicators' target cells, for judging progress against the text in force. */
  indicators: SnapshotIndicator[];
}

export interface VersionPair {
  before: VersionListing;
  after: VersionListing;
  /** /plan/versions/compare/<before>/<after>/ */
  path: string;
  comparison: Comparison;
  /** Anchors of what changed (action-…, measure-…, indicator-…), for the pages that say so. */
  changed: Set<string>;
}

export const comparePath = (before: string, after: string) => `/plan/versions/compare/${before}/${after}/`;

async function load() {
  const content = await loadContent();
  const entries = (await getCollection('versions')).map((e) => e.data).sort((a, b) => a.sequence - b.sequence);
  const root = contentDir();
  const frozen: VersionListing[] = entries.map((v) => {
    const { content: files, issues } = readFrozen(join(root, versionsFolder, v.slug), (p) => `${versionsFolder}/${v.slug}/${p}`);
    // The content check ran over the same files before the build; this only guards a race.
    if (!files) throw new Error(`content/${versionsFolder}/${v.slug}/：冻结版本无法读取（frozen version unreadable）：${issues.map((i) => i.file).join('、')}`);
    const published = files.document['publishedDate'];
    return {
      name: v.name,
      slug: v.slug,
      status: v.status,
      date: v.date,
      superseded: true,
      path: `/plan/versions/${v.slug}/`,
      frozen: files,
      publishedDate: typeof published === 'string' ? published : '',
      inForceFrom: null,
      indicators: snapshotOf(files).indicators,
    };
  });
  const current: VersionListing = {
    name: currentVersionName(content.site.document.status),
    slug: currentVersionSlug,
    status: content.site.document.status,
    date: null,
    superseded: false,
    path: '/plan/',
    frozen: null,
    publishedDate: content.site.document.publishedDate,
    inForceFrom: null,
    indicators: [],
  };
  const currentSource: SnapshotSource = {
    document: content.site.document,
    plan: content.plan,
    actions: content.actions,
    measures: content.measures,
    indicators: content.indicators,
  };
  current.indicators = snapshotOf(currentSource).indicators;
  const snapshot = (v: VersionListing) => snapshotOf(v.frozen ?? currentSource);
  const versions = [...frozen, current];
  const from = inForceFrom(versions);
  versions.forEach((v, i) => (v.inForceFrom = from[i] ?? null));
  const pairs: VersionPair[] = versions.slice(1).map((after, i) => {
    const before = versions[i]!;
    const comparison = compareSnapshots(snapshot(before), snapshot(after));
    return { before, after, path: comparePath(before.slug, after.slug), comparison, changed: changedKeys(comparison) };
  });
  return {
    versions,
    pairs,
    /** The comparison of the current text with the version before it; null while nothing is frozen. */
    latest: pairs.at(-1) ?? null,
    /** Bureau names for ids, as today's departments.json gives them (an id no longer there is printed as is). */
    departmentNames: (ids: readonly string[]) => ids.map((id) => content.departments.find((d) => d.data.id === id)?.data.name ?? id),
    /** The demo build: its current text is invented (examples/versions/), and says so. */
    sample: allowSampleData(),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadVersions() {
  cached ??= load();
  return cached;
}
