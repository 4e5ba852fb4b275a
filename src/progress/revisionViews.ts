/**
 * The revisions stored in reports, arranged for what shows them: the indicator page's 数据修订记录
 * (per indicator), the downloads (per figure) and the feed (per report and revision date). Pure,
 * generic over how the report names its bureau, so pages pass bureau entries and tests plain ids.
 */
import type { Revision } from '../schemas/progress.ts';

/** What these functions need of a report. */
export interface RevisedReport<D> {
  /** Stable id of the report (its file name without .json). */
  id: string;
  period: string;
  department: D;
  sample: boolean;
  revisions?: readonly Revision[];
}

/** One revision with the report it was made in. */
export interface RevisionRecord<D> extends Revision {
  reportId: string;
  period: string;
  department: D;
  sample: boolean;
}

const records = <D>(reports: readonly RevisedReport<D>[]): RevisionRecord<D>[] =>
  reports.flatMap((r) => (r.revisions ?? []).map((v) => ({ ...v, reportId: r.id, period: r.period, department: r.department, sample: r.sample })));

/** Newest revision first; then by 截至日期 and report, so the order never depends on file order alone. */
const newestFirst = <D>(a: RevisionRecord<D>, b: RevisionRecord<D>) =>
  b.revised.localeCompare(a.revised) || a.asOf.localeCompare(b.asOf) || a.reportId.localeCompare(b.reportId);

/** Every revision of one indicator's figures, newest first. */
export function indicatorRevisions<D>(reports: readonly RevisedReport<D>[], indicator: number): RevisionRecord<D>[] {
  return records(reports)
    .filter((v) => v.indicator === indicator)
    .sort(newestFirst);
}

/**
 * The revisions of one figure (indicator and 截至日期) in one report, newest first: the downloads'
 * row of that figure carries them, its latest in the first place. Within one report the array
 * order is the order they were made, which breaks ties between revisions of the same day.
 */
export function figureRevisionList(revisions: readonly Revision[] | undefined, indicator: number, asOf: string): Revision[] {
  return (revisions ?? []).filter((v) => v.indicator === indicator && v.asOf === asOf).reverse();
}

/** One re-import that changed a report: the feed's item. */
export interface RevisionEvent<D> {
  reportId: string;
  period: string;
  department: D;
  sample: boolean;
  /** 修订日期, YYYY-MM-DD. */
  revised: string;
  /** The figures changed that day, in the order they were recorded. */
  revisions: Revision[];
}

/** Revisions grouped by report and revision date, newest first. */
export function revisionEvents<D>(reports: readonly RevisedReport<D>[]): RevisionEvent<D>[] {
  const events = new Map<string, RevisionEvent<D>>();
  for (const r of reports) {
    for (const v of r.revisions ?? []) {
      const key = `${r.id}|${v.revised}`;
      let e = events.get(key);
      if (!e) {
        e = { reportId: r.id, period: r.period, department: r.department, sample: r.sample, revised: v.revised, revisions: [] };
        events.set(key, e);
      }
      e.revisions.push(v);
    }
  }
  return [...events.values()].sort((a, b) => b.revised.localeCompare(a.revised) || a.reportId.localeCompare(b.reportId));
}
