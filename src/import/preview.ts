/**
 * What an import would change on the site, indicator by indicator, for `--dry-run` and for the
 * summary after a real import: `指标8 更新和加装电梯：暂无数据 → 20台，完成20%，滞后`. Pure: the
 * caller passes the reports before and after, and "today".
 */
import type { ProgressReport } from '../schemas/progress.ts';
import { formatPercent } from '../model/format.ts';
import { assessIndicator, primaryAssessment, statusLabels, type IndicatorForProgress, type Reading } from '../progress/assess.ts';
import { withUnit } from '../progress/text.ts';

export interface PreviewIndicator extends IndicatorForProgress {
  number: number;
}

/** The headline figure and status of one indicator, as /progress/ shows it, in one phrase. */
export function standing(ind: PreviewIndicator, readings: Reading[], today: string): string {
  const a = primaryAssessment(assessIndicator(ind, readings, today), today);
  const latest = [...readings].sort((x, y) => x.asOf.localeCompare(y.asOf)).at(-1);
  // A figure outside the headline target's period counts for no status: say so, or staff would
  // read 暂无数据 as "my figure was lost".
  if (latest && (!a || !a.reading)) {
    const why = a ? `不在${a.target.year}年目标的考核期内` : '该指标没有区级量化目标';
    return `${withUnit(latest.value, ind.unit)}（截至${latest.asOf}，${why}），${statusLabels['no-data']}`;
  }
  if (!a || !a.reading) return statusLabels['no-data'];
  const reached = a.reached === null ? '' : `，完成${formatPercent(a.reached * 100)}`;
  return `${withUnit(a.reading.value, ind.unit)}${reached}，${statusLabels[a.status]}`;
}

const readingsOf = (reports: ProgressReport[], n: number): Reading[] =>
  reports.flatMap((r) => r.rows.filter((row) => row.indicator === n).map((row) => ({ asOf: row.asOf, value: row.value })));

/** One line per indicator the import touches, in indicator order; unchanged standings say so. */
export function previewLines(indicators: PreviewIndicator[], before: ProgressReport[], after: ProgressReport[], touched: Set<number>, today: string): string[] {
  return [...indicators]
    .filter((i) => touched.has(i.number))
    .sort((a, b) => a.number - b.number)
    .map((i) => {
      const from = standing(i, readingsOf(before, i.number), today);
      const to = standing(i, readingsOf(after, i.number), today);
      return `指标${i.number} ${i.name}：${from === to ? `${to}（不变）` : `${from} → ${to}`}`;
    });
}
