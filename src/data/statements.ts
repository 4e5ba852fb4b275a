/**
 * The registers of readings (本站解读) and of the document's self-contradictions, as pages use
 * them: one entry by id, or the entries that concern an indicator or a page. The content check
 * has compared the register with src/model/readingUses.ts, so a missing entry here is a bug in
 * the site's code, and the build stops rather than print an unexplained label.
 */
import type { ReadingId } from '../model/readingUses';
import type { Discrepancy } from '../schemas/discrepancy';
import type { ReadingEntry } from '../schemas/reading';
import { loadContent } from './content';

/** The register entry of a reading the page shows. */
export async function readingEntry(id: ReadingId): Promise<ReadingEntry> {
  const { readings } = await loadContent();
  const entry = readings.find((r) => r.id === id);
  if (!entry) throw new Error(`content/readings.json：页面显示了未登记的本站解读 "${id}"（reading shown but not registered）`);
  return entry;
}

/** A reading's number on /about/ (its place in the register, from 1): how other pages name it in a link. */
export async function readingNumber(id: ReadingId): Promise<number> {
  const { readings } = await loadContent();
  const i = readings.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`content/readings.json：页面显示了未登记的本站解读 "${id}"（reading shown but not registered）`);
  return i + 1;
}

/** The contradictions that concern indicator `number`, or the page at `path` (without the base). */
export async function discrepanciesFor(where: { indicator: number } | { page: string }): Promise<Discrepancy[]> {
  const { discrepancies } = await loadContent();
  return discrepancies.filter((d) => ('indicator' in where ? d.indicators.includes(where.indicator) : d.pages.includes(where.page)));
}

/** Anchors on /about/. */
export const readingAnchor = (id: string) => `/about/#reading-${id}`;
export const discrepancyAnchor = (id: string) => `/about/#discrepancy-${id}`;
