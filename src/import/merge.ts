/**
 * What a batch of figures does to the reports already published. Figures are merged by indicator
 * and 截至日期 into the report of their (报告期, 填报单位): a figure the files do not mention stays as
 * it is — nothing is deleted by omission. A changed value or 备注 is kept as a revision with the
 * bureau's 更正说明; a figure is removed only when a row asks for it (数值 “删除”), and a figure
 * reported again after a removal is recorded as restored. A published figure changes only when
 * the row gives its reason, so re-importing an old file never quietly undoes a correction. Pure:
 * the command writes the result.
 *
 * Dates, decided so that no figure looks newer than it is: a report's `imported` stays the day it
 * was first imported; each row's `reported` is the day its current value was imported; a revision
 * carries the day it was made. Re-importing the same figures changes nothing at all.
 */
import type { ProgressReport, ProgressRow, Revision } from '../schemas/progress.ts';
import type { ImportError } from './importError.ts';
import type { RowFigure, RowPlace } from './progressRows.ts';

/** A report as stored in content/progress/, by its file name there (e.g. 2025-commerce.json). */
export interface StoredReport {
  file: string;
  report: ProgressReport;
}

/** What the batch did to one figure. */
export interface FigureChange {
  kind: 'added' | 'unchanged' | 'revised' | 'removed' | 'restored';
  figure: RowFigure;
  /** The report file the figure is in. */
  file: string;
  /** The revision recorded, for revised, removed and restored figures. */
  revision?: Revision;
}

export interface MergeResult {
  /** Every report the batch changes or creates, in file order; reports it leaves as they were are not listed. */
  reports: StoredReport[];
  /** One entry per incoming figure, in batch order. */
  changes: FigureChange[];
  /** Figures that cannot be merged; when there are any, nothing may be written. */
  errors: ImportError[];
}

const figureKey = (r: { indicator: number; asOf: string }) => `${r.indicator}|${r.asOf}`;

/** The report file a figure belongs in: one per canonical period and bureau. */
export const reportFile = (f: Pick<RowFigure, 'period' | 'department'>) => `${f.period.key}-${f.department.id}.json`;

/** How staff find a row again: file, sheet and row, e.g. 商务局2025年报表.xlsx 工作表“Sheet1” 第 5 行. */
export const placeText = (at: RowPlace) => `${at.file} 工作表“${at.sheet}” 第 ${at.row} 行`;

/**
 * Figures of several files of one batch, joined: the same figure given twice with the same value
 * is taken once; given with different values (or by different bureaus) it is refused, naming both
 * rows — which is right is for the bureau to say, not for the order of the command line.
 */
export function joinFigures(files: readonly (readonly RowFigure[])[]): { figures: RowFigure[]; errors: ImportError[] } {
  const first = new Map<string, RowFigure>();
  const errors: ImportError[] = [];
  const figures: RowFigure[] = [];
  for (const f of files.flat()) {
    const key = figureKey(f);
    const other = first.get(key);
    if (!other) {
      first.set(key, f);
      figures.push(f);
      continue;
    }
    if (other.value === f.value && other.note === f.note && other.department.id === f.department.id && other.at.file !== f.at.file) continue;
    const shown = (x: RowFigure) => `${x.value === null ? '删除' : x.value}（${x.department.name}）`;
    errors.push({
      file: f.at.file,
      sheet: f.at.sheet,
      row: f.at.row,
      column: f.columns.value,
      value: f.value === null ? '删除' : String(f.value),
      expected:
        `指标${f.indicator}截至 ${f.asOf} 的数值在 ${placeText(other.at)} 也有，为 ${shown(other)}，本行为 ${shown(f)}：` +
        `同一指标同一截至日期只能有一个数，请删去其中不对的一行后再一起导入（conflicting figures in batch）`,
    });
  }
  return { figures, errors };
}

/** The stored row of a figure; a new figure keeps the row's 更正说明 as its explanation (a revision keeps it otherwise). */
function row(f: RowFigure, unit: string, today: string, isNew: boolean): ProgressRow {
  return {
    indicator: f.indicator,
    asOf: f.asOf,
    value: f.value!,
    unit,
    note: f.note,
    reported: today,
    source: placeText(f.at),
    explanation: isNew ? f.correction : '',
  };
}

/** Rows in a stable order: by indicator, then 截至日期. */
const byFigure = (a: ProgressRow, b: ProgressRow) => a.indicator - b.indicator || a.asOf.localeCompare(b.asOf);

/**
 * Merges `incoming` into `stored`. `units` gives each indicator's unit (rows carry it);
 * `today` is the import date. `names` turns a bureau id into its name for messages.
 */
export function mergeFigures(
  stored: readonly StoredReport[],
  incoming: readonly RowFigure[],
  units: ReadonlyMap<number, string>,
  today: string,
  names: (id: string) => string = (id) => id,
): MergeResult {
  const where = new Map<string, { file: string; row: ProgressRow }>();
  for (const s of stored) for (const r of s.report.rows) where.set(figureKey(r), { file: s.file, row: r });
  const working = new Map<string, ProgressReport>();
  const original = new Map(stored.map((s) => [s.file, s.report]));
  const changes: FigureChange[] = [];
  const errors: ImportError[] = [];
  const fail = (f: RowFigure, expected: string) =>
    errors.push({ file: f.at.file, sheet: f.at.sheet, row: f.at.row, column: f.columns.value, value: f.value === null ? '删除' : String(f.value), expected });

  for (const f of incoming) {
    const file = reportFile(f);
    const key = figureKey(f);
    const held = where.get(key);
    if (held && held.file !== file) {
      const other = original.get(held.file)!;
      fail(
        f,
        `指标${f.indicator}截至 ${f.asOf} 的数值已由${names(other.department)}在“${other.period}”的报告中报送（content/progress/${held.file}，为 ${held.row.value}）：` +
          `同一指标同一截至日期只能有一个数；如需更正，请按原报告期、原填报单位重新报送（figure already reported in another report）`,
      );
      continue;
    }
    const base = working.get(file) ?? original.get(file);
    const report: ProgressReport = base
      ? { ...base, rows: [...base.rows], revisions: [...base.revisions] }
      : { period: f.period.label, department: f.department.id, sample: false, importedFrom: f.at.file, imported: today, rows: [], revisions: [] };
    const at = report.rows.findIndex((r) => figureKey(r) === key);
    const old = at === -1 ? null : report.rows[at]!;
    const revision = (previous: number | null, value: number | null, previousNote: string, note: string): Revision => ({
      revised: today,
      indicator: f.indicator,
      asOf: f.asOf,
      previous,
      value,
      previousNote,
      note,
      reason: f.correction,
      unit: units.get(f.indicator) ?? old?.unit ?? '',
      previousFrom: old?.source ?? '',
      importedFrom: placeText(f.at),
    });

    let change: FigureChange;
    if (f.value === null) {
      if (!old) {
        fail(
          f,
          `指标${f.indicator}截至 ${f.asOf} 在${names(f.department.id)}“${f.period.label}”的报告中没有数值，无从删除：请核对指标和截至日期（nothing to remove）`,
        );
        continue;
      }
      const v = revision(old.value, null, old.note, '');
      report.rows.splice(at, 1);
      report.revisions.push(v);
      change = { kind: 'removed', figure: f, file, revision: v };
    } else if (old) {
      if (old.value === f.value && old.note === f.note) {
        changes.push({ kind: 'unchanged', figure: f, file });
        continue;
      }
      if (f.correction === '') {
        // Re-importing an older file must not quietly undo a correction: a change to a published figure says why.
        const was = old.value === f.value ? `备注为“${old.note}”，本行为“${f.note}”` : `为 ${old.value}，本行为 ${f.value}`;
        fail(
          f,
          `指标${f.indicator}截至 ${f.asOf} 的数值已发布（${old.reported ?? report.imported} 报送），${was}：更改已发布的数值须在“${f.columns.correction}”列写明更正原因；如不是更正，请核对是否导入了旧表格（correction without reason）`,
        );
        continue;
      }
      const v = revision(old.value, f.value, old.note, f.note);
      report.rows[at] = row(f, old.unit, today, false);
      report.revisions.push(v);
      change = { kind: 'revised', figure: f, file, revision: v };
    } else {
      const last = report.revisions.filter((v) => figureKey(v) === key).at(-1);
      report.rows.push(row(f, units.get(f.indicator) ?? '', today, last?.value !== null));
      if (last?.value === null) {
        const v = revision(null, f.value, '', f.note);
        report.revisions.push(v);
        change = { kind: 'restored', figure: f, file, revision: v };
      } else {
        change = { kind: 'added', figure: f, file };
      }
    }
    report.rows.sort(byFigure);
    report.importedFrom = f.at.file;
    working.set(file, report);
    if (f.value === null) where.delete(key);
    else where.set(key, { file, row: report.rows.find((r) => figureKey(r) === key)! });
    changes.push(change);
  }

  const reports = [...working].map(([file, report]) => ({ file, report })).sort((a, b) => a.file.localeCompare(b.file));
  return { reports, changes, errors };
}
