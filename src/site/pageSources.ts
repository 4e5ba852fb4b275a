/**
 * Which content files each page is built from, so its 更新时间 can be the latest change among
 * them (src/site/updatedDate.ts). Paths are relative to the content folder. Pure: the index of
 * files comes from src/data/pageUpdated.ts, the page's path (without the base) from the layout.
 * A page not named here (home, /indicators/, /data/, search) is built from everything.
 */

/** One entry of a folder collection that has its own page, with the file it is read from. */
export interface IndexedFile {
  slug: string;
  file: string;
}

export interface ContentIndex {
  /** Every file of every collection the pages read. */
  all: string[];
  /** Files of one-file collections, by collection name (site, departments, notes, policies, changelog). */
  single: Record<'site' | 'departments' | 'notes' | 'policies' | 'changelog', string>;
  actions: IndexedFile[];
  measures: IndexedFile[];
  /** `action`: the slug of the action the indicator is filed under, if any. */
  indicators: (IndexedFile & { action: string | null })[];
  /** Plan sections; `explanation` marks the 起草说明, which has a page of its own. */
  plan: { file: string; explanation: boolean }[];
  guide: string[];
  progress: string[];
}

type Rule = [RegExp, (ix: ContentIndex, slug: string) => string[] | null];

const files = (list: readonly IndexedFile[]) => list.map((e) => e.file);

const rules: Rule[] = [
  [
    /^\/plan\/$/,
    (ix) => [...ix.plan.filter((p) => !p.explanation).map((p) => p.file), ...files(ix.actions), ...files(ix.measures), ...files(ix.indicators), ix.single.site],
  ],
  [/^\/plan\/explanation\/$/, (ix) => [...ix.plan.filter((p) => p.explanation).map((p) => p.file), ix.single.site]],
  [/^\/actions\/$/, (ix) => [...files(ix.actions), ...files(ix.indicators), ix.single.departments]],
  [
    /^\/actions\/([^/]+)\/$/,
    (ix, slug) => {
      const action = ix.actions.find((a) => a.slug === slug);
      if (!action) return null;
      return [action.file, ...files(ix.indicators.filter((i) => i.action === slug)), ix.single.departments, ...ix.progress];
    },
  ],
  [/^\/measures\/$/, (ix) => [...files(ix.measures), ix.single.departments]],
  [
    /^\/measures\/([^/]+)\/$/,
    (ix, slug) => {
      const measure = ix.measures.find((m) => m.slug === slug);
      return measure ? [measure.file, ix.single.departments] : null;
    },
  ],
  [
    /^\/indicators\/([^/]+)\/$/,
    (ix, slug) => {
      const indicator = ix.indicators.find((i) => i.slug === slug);
      if (!indicator) return null;
      const action = ix.actions.find((a) => a.slug === indicator.action);
      return [indicator.file, ...(action ? [action.file] : []), ix.single.departments, ...ix.progress];
    },
  ],
  [/^\/departments\/(?:[^/]+\/)?$/, (ix) => [ix.single.departments, ...files(ix.actions), ...files(ix.measures), ...files(ix.indicators)]],
  [/^\/policies\/$/, (ix) => [ix.single.policies]],
  [/^\/guide\/$/, (ix) => [...ix.guide, ix.single.policies, ...files(ix.actions)]],
  [/^\/progress\/$/, (ix) => [...files(ix.indicators), ix.single.departments, ...ix.progress]],
  [/^\/about\/$/, (ix) => [ix.single.site, ix.single.notes, ix.single.changelog]],
];

/** The content files the page at `pathname` (e.g. "/actions/transport/") is built from, sorted. */
export function pageSources(pathname: string, index: ContentIndex): string[] {
  for (const [pattern, pick] of rules) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    // A path that looks like an entry's page but names no entry is treated as built from everything.
    const picked = pick(index, match[1] ?? '');
    if (picked) return [...new Set(picked)].sort();
  }
  return [...new Set(index.all)].sort();
}
