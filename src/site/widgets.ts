/**
 * The page-specific client widgets and when their code is fetched: the one table of them. Every
 * page loads one shared script (src/client/site.ts); it imports a widget's module, found by
 * import.meta.glob in src/client/widgets/, only on pages that have the widget's element and only
 * when this table says. The bench (scripts/bench/sizes.ts) reads the same table to report which
 * lazy JavaScript each page can pull in, and when; tests/unit/widgets.test.ts checks that table
 * and folder agree.
 */

/**
 * When a widget's code is fetched:
 * - `present`: as soon as the page has the element — the widget is the point of the page
 *   (search);
 * - `visible`: when the element comes within a screen of the viewport (charts, table filters,
 *   the citation block, whose access date it corrects before the reader gets there), so a
 *   reader who never scrolls there never fetches it;
 * - `asked`: when a reader reaches for the control (points at it, tabs to it, clicks or taps it),
 *   for a control few readers use (朗读). Its element is server-rendered hidden and shown by the
 *   shared script once the browser has what it `needs`; a click that comes before the code is
 *   replayed once the element is defined, so the first click still does what it says.
 */
export type Trigger = 'present' | 'visible' | 'asked';

/** What a widget needs of the browser (src/client/site.ts checks it): `chineseVoice`, speech synthesis with a Chinese voice. */
export type Need = 'chineseVoice';

export interface Widget {
  /**
   * The custom element its module defines; the server-rendered HTML works without the module.
   * The module is src/client/widgets/<tag in camelCase>.ts (see moduleOf).
   */
  tag: string;
  when: Trigger;
  /** A browser capability the widget needs; without it the module is never fetched (and an `asked` control stays hidden). */
  needs?: Need;
}

export const widgets: readonly Widget[] = [
  { tag: 'search-page', when: 'present' },
  { tag: 'citation-copy', when: 'visible' },
  { tag: 'read-aloud', when: 'asked', needs: 'chineseVoice' },
  { tag: 'progress-chart', when: 'visible' },
  { tag: 'table-filter', when: 'visible' },
  { tag: 'merchant-filter', when: 'visible' },
];

/** The module of a widget (its file in src/client/widgets/ without `.ts`, and the built chunk's name): read-aloud → readAloud. */
export function moduleOf(tag: string): string {
  return tag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
