/**
 * What re-importing a bureau's period does to its report: the new figures replace the old, and
 * every old figure whose value changed or that the new file no longer has is kept as a revision,
 * so a corrected figure is never silently overwritten. Pure; used by `npm run import:progress`.
 *
 * Dates, decided so that no figure looks newer than it is:
 * - `imported` stays the date the report was first imported; a revision carries its own date
 *   (the re-import's, `next.imported`). The feed's 报送 item therefore keeps its date and the
 *   correction gets an item of its own.
 * - Re-importing the same figures (even from a file of another name) changes nothing: the previous
 *   report is returned as it was, with its file name and revisions.
 * - A figure that only a later file adds gets no revision (nothing was replaced), and shows the
 *   report's first import date; `importedFrom` names the file the current figures came from.
 */
import type { ProgressReport, ProgressRow, Revision } from '../schemas/progress.ts';

/** A figure is named by its indicator and 截至日期 (the content check allows one per pair). */
const figureKey = (r: Pick<ProgressRow, 'indicator' | 'asOf'>) => `${r.indicator}|${r.asOf}`;

/** Same figures with the same values, units and notes, in any order. */
function sameRows(a: readonly ProgressRow[], b: readonly ProgressRow[]): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(a.map((r) => [figureKey(r), r]));
  return b.every((r) => {
    const o = byKey.get(figureKey(r));
    return o !== undefined && o.value === r.value && o.unit === r.unit && o.note === r.note;
  });
}

/** The revisions `next` makes to `previous`'s figures, in `previous`'s row order. */
export function figureRevisions(previous: ProgressReport, next: ProgressReport): Revision[] {
  const now = new Map(next.rows.map((r) => [figureKey(r), r]));
  return previous.rows.flatMap((old): Revision[] => {
    const row = now.get(figureKey(old));
    if (row && row.value === old.value) return [];
    return [
      {
        revised: next.imported,
        indicator: old.indicator,
        asOf: old.asOf,
        previous: old.value,
        value: row ? row.value : null,
        unit: old.unit,
        previousFrom: previous.importedFrom,
        importedFrom: next.importedFrom,
      },
    ];
  });
}

/**
 * The report to write when `next` is imported where `previous` is stored (undefined when there is
 * none): `next`'s figures, with `previous`'s revisions followed by the ones this import makes.
 */
export function reviseReport(previous: ProgressReport | undefined, next: ProgressReport): ProgressReport {
  if (!previous) return next;
  if (sameRows(previous.rows, next.rows) && previous.sample === next.sample) return previous;
  return {
    ...next,
    imported: previous.imported,
    revisions: [...previous.revisions, ...figureRevisions(previous, next)],
  };
}
