/**
 * Page-specific client widgets and when their code is fetched. Every page loads one shared
 * script (src/scripts/site.ts); it reads this table and imports a widget's module only on pages
 * that have the widget's element. The bench (scripts/bench/sizes.ts) reads the same table to
 * report which lazy JavaScript each page can pull in, and when.
 */

/**
 * When a widget's code is fetched:
 * - `present`: as soon as the page has the element — the widget is the point of the page
 *   (search), or it corrects what the reader sees (the citation's access date);
 * - `visible`: when the element comes within a screen of the viewport (charts, table filters),
 *   so a reader who never scrolls there never fetches it.
 */
export type Trigger = 'present' | 'visible';

export interface Widget {
  /** The custom element the module defines; its server-rendered HTML works without the module. */
  tag: string;
  /** File name in src/scripts/ without `.ts`; the built chunk is named after it. */
  module: string;
  when: Trigger;
  /** A browser capability the widget needs; without it the module is never fetched. */
  needs?: 'speechSynthesis';
}

export const widgets: readonly Widget[] = [
  { tag: 'search-page', module: 'searchPage', when: 'present' },
  { tag: 'citation-copy', module: 'citationCopy', when: 'present' },
  { tag: 'read-aloud', module: 'readAloud', when: 'present', needs: 'speechSynthesis' },
  { tag: 'progress-chart', module: 'progressChart', when: 'visible' },
  { tag: 'indicator-table', module: 'indicatorTable', when: 'visible' },
  { tag: 'progress-filter', module: 'progressFilter', when: 'visible' },
];

/** The widgets a page needs, given the element names it contains and the capabilities it has. */
export function widgetsFor(tags: Iterable<string>, has: (capability: NonNullable<Widget['needs']>) => boolean = () => true): Widget[] {
  const present = new Set([...tags].map((t) => t.toLowerCase()));
  return widgets.filter((w) => present.has(w.tag) && (!w.needs || has(w.needs)));
}
