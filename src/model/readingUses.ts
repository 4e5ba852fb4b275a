/**
 * Where the site's own code states a reading (本站解读) — a statement the document does not make
 * or makes ambiguously — as a pure function of the content. Each reading is registered in
 * content/readings.json; the content check (src/checks/readingCheck.ts) compares the register
 * with this table, so a page cannot show a reading without its entry, and an entry cannot stand
 * for nothing. Pages mark each place with <Reading id="…" /> (src/components/Reading.astro),
 * whose id is typed by this table.
 */
import { districtTargets, namesEveryYear, type IndicatorLike } from './indicators.ts';

/** What the rules read of an indicator (structural, so tests can pass plain objects). */
export interface ReadingIndicator extends IndicatorLike {
  number: number;
  name: string;
  action: string | null;
  allActionLeads: boolean;
  inherited: readonly string[];
  source: readonly string[];
}

/** What the rules read of the content as a whole. */
export interface ReadingContext {
  indicators: readonly ReadingIndicator[];
  /** Lead bureaus of the actions, in plan order (各牵头单位 expands to them). */
  actionLeads: readonly string[];
  /** Rows of content/search-synonyms.json. */
  synonyms: number;
}

interface ReadingUse {
  /** The indicators whose pages show the reading. */
  indicators?: (ind: ReadingIndicator) => boolean;
  /** Other pages that show it, by path without the base. */
  pages: (ctx: ReadingContext) => string[];
}

const district = (ind: ReadingIndicator) => districtTargets(ind).map((t) => t.year);
const always =
  (...pages: string[]) =>
  () =>
    pages;

// The data dictionary (/data/dictionary/) lists, column by column, the readings the downloads rest
// on (src/export/dataExport.ts), so each of those names it too (tests/unit/dataExport.test.ts).
export const readingUses = {
  // 累计 is written only for charging piles; the other counts' base date is ours.
  'cumulative-base': {
    indicators: (i) => i.measure === 'cumulative' && !i.source.some((s) => s.includes('累计')),
    pages: always('/progress/', '/data/dictionary/'),
  },
  // Main targets are named only in 工作目标; filing them under an action is ours.
  'main-targets-under-actions': { indicators: (i) => i.type === 'main' && i.action !== null, pages: always('/data/dictionary/') },
  // 各牵头单位 named as bureaus: the indicator page and each lead bureau's page list it.
  'all-action-leads': {
    indicators: (i) => i.allActionLeads,
    pages: (c) => (c.indicators.some((i) => i.allActionLeads) ? [...c.actionLeads.map((id) => `/departments/${id}/`), '/data/dictionary/'] : []),
  },
  // Blank 责任单位/备注 cells filled from the row above.
  'merged-cells': { indicators: (i) => i.inherited.length > 0, pages: always('/data/dictionary/') },
  // A 每年 target set only for 2024, tracked again in later years.
  'every-year-2024-target': {
    indicators: (i) => namesEveryYear(i) && district(i).join() === '2024',
    pages: (c) => (c.indicators.some((i) => namesEveryYear(i) && district(i).join() === '2024') ? ['/progress/', '/data/dictionary/'] : []),
  },
  // A 每年 target set only for 2027, applied to every year from 2024.
  'every-year-2027-target': {
    indicators: (i) => namesEveryYear(i) && district(i).join() === '2027',
    pages: (c) => (c.indicators.some((i) => namesEveryYear(i) && district(i).join() === '2027') ? ['/progress/', '/data/dictionary/'] : []),
  },
  // A count counted as cumulative although its sentence has 每年.
  'cumulative-despite-every-year': {
    indicators: (i) => i.measure === 'cumulative' && i.source.some((s) => s.includes('每年')),
    pages: (c) => (c.indicators.some((i) => i.measure === 'cumulative' && i.source.some((s) => s.includes('每年'))) ? ['/data/dictionary/'] : []),
  },
  // Progress judged against a straight-line path the document does not draw.
  'straight-line-path': { pages: always('/progress/', '/data/dictionary/') },
  // Which text of the plan a figure is judged against (src/progress/targetsInForce.ts).
  'text-in-force': { pages: always('/data/dictionary/') },
  // 第三季度 etc. read as the report as of the quarter's end (前三季度).
  'cumulative-reports': { pages: always('/progress/', '/data/dictionary/') },
  // Everyday words searched as the plan's words.
  'search-synonyms': { pages: (c) => (c.synonyms > 0 ? ['/search/'] : []) },
} as const satisfies Record<string, ReadingUse>;

export type ReadingId = keyof typeof readingUses;

export const readingIds = Object.keys(readingUses) as ReadingId[];

/** Whether a register entry's id is one the site's code shows. */
export const isReadingId = (id: string): id is ReadingId => Object.hasOwn(readingUses, id);

/** Where one reading is shown: indicator numbers (ascending) and page paths (sorted). */
export function readingPlaces(id: ReadingId, ctx: ReadingContext): { indicators: number[]; pages: string[] } {
  const use: ReadingUse = readingUses[id];
  const indicators = use.indicators ? ctx.indicators.filter(use.indicators).map((i) => i.number) : [];
  return { indicators: indicators.sort((a, b) => a - b), pages: [...new Set(use.pages(ctx))].sort() };
}

/** The readings shown on one indicator's page, in table order. */
export function indicatorReadings(ind: ReadingIndicator): ReadingId[] {
  return readingIds.filter((id) => {
    const use: ReadingUse = readingUses[id];
    return use.indicators?.(ind) ?? false;
  });
}
