/**
 * Finding the header row. Bureaus add a title row or two above the table, put a 填报说明 sheet
 * first, reorder columns, add their own columns, write units into headers (数值（台）) and group
 * columns under a title row (“2025年” merged over 目标 | 完成). The header is the first row — or
 * pair of rows — among the first 20 of a visible sheet where every required column is found.
 * The progress report's columns are the default; other imports (the merchant list) pass their own
 * column table of the same shape to `locateTable`.
 */
import { aidColumns, reportColumns, type ReportColumn, type ReportKey } from '../progress/reportTemplate.ts';
import type { Cell, Sheet } from './cell.ts';
import type { ImportError } from './importError.ts';
import type { ImportNote } from './importNote.ts';
import { parsePeriod } from './period.ts';
import { cellText, normaliseText } from './text.ts';

/** How many rows from the top of a sheet are searched for the header. */
export const headerSearchRows = 20;

/**
 * A header cell in the form headers are compared in: NFKC, no spaces, and a trailing unit in
 * brackets removed (数值（台）, 数值(个), 数值 [%], 数值【台】).
 */
export function headerForm(raw: string): string {
  return normaliseText(raw)
    .replace(/\s+/gu, '')
    .replace(/(?:\([^()]*\)|\[[^[\]]*\]|【[^【】]*】)$/u, '');
}

/** A table an import reads: its columns, and the reading-aid headers it ignores without mention. */
export interface TableSpec<K extends string> {
  columns: readonly (ReportColumn & { key: K })[];
  aids: readonly string[];
  /** Groups of optional columns of which at least one must be present (指标编号 or 指标名称). */
  oneOf?: readonly (readonly K[])[];
  /**
   * A required column the title over another column may stand in for: a two-row header with
   * “2025年” over 完成 says the 报告期 of every row, so a table without a 报告期 column is complete.
   */
  fromTitle?: { key: K; over: K; accepts: (title: string) => boolean };
}

const reportTable: TableSpec<ReportKey> = {
  columns: reportColumns,
  aids: aidColumns,
  oneOf: [['indicator', 'name']],
  fromTitle: { key: 'period', over: 'value', accepts: (title) => parsePeriod(title) !== null },
};

/** What a header cell is: one of the table's columns (exactly or by synonym), a reading aid, or unknown. */
export function matchHeader<K extends string = ReportKey>(
  raw: string,
  table: TableSpec<K> = reportTable as unknown as TableSpec<K>,
): { key: K; exact: boolean } | 'aid' | null {
  const form = headerForm(raw);
  if (form === '') return null;
  for (const col of table.columns) {
    if (form === col.header) return { key: col.key, exact: true };
    if (col.synonyms.includes(form)) return { key: col.key, exact: false };
  }
  return table.aids.includes(form) ? 'aid' : null;
}

/** Where the table is, and how its columns were recognised. */
export interface HeaderMatch<K extends string = ReportKey> {
  /** Name of the sheet the table is on. */
  sheet: string;
  /** Index of the header's last row in the sheet's rows (spreadsheet row number − 1); data starts below it. */
  index: number;
  /** Number of header rows: 1, or 2 for a header with a group title row above it. */
  rowsUsed: 1 | 2;
  /** Column index of each column; −1 for an optional column when absent. */
  columns: Record<K, number>;
  /** The header of each found column as the file writes it (trimmed), for errors and notes. */
  headers: Record<K, string>;
  /**
   * Group titles over columns in a two-row header, by column key, as written (“2025年” over 完成):
   * the 数值 column's title can say the 报告期 when the table has no 报告期 column.
   */
  groups: Partial<Record<K, string>>;
  /** Headers the import does not use, as written; the template's reading aids are left out. */
  ignoredColumns: string[];
  /** Headers recognised under another spelling, e.g. 截止日期 → 截至日期. */
  notes: ImportNote[];
  /** Hidden sheets, by name: never searched, never imported. */
  hiddenSheets: string[];
}

/** One header candidate: the text of each column, and its group title in a two-row header. */
interface HeaderCells {
  texts: string[];
  groups: string[];
}

function matchCells<K extends string>(
  table: TableSpec<K>,
  sheet: string,
  { texts, groups }: HeaderCells,
  index: number,
  rowsUsed: 1 | 2,
): Omit<HeaderMatch<K>, 'hiddenSheets'> | { found: K[] } {
  const columns = {} as Record<K, number>;
  const headers = {} as Record<K, string>;
  const ignoredColumns: string[] = [];
  // Two passes: the template's own header wins over a synonym (a sheet with both 序号 and 指标编号).
  const matches = texts.map((t) => matchHeader(t, table));
  matches.forEach((m, i) => {
    if (m !== null && m !== 'aid' && m.exact && !(m.key in columns)) columns[m.key] = i;
  });
  matches.forEach((m, i) => {
    if (m !== null && m !== 'aid' && !m.exact && !(m.key in columns)) columns[m.key] = i;
  });
  const used = new Set(Object.values(columns));
  texts.forEach((text, i) => {
    if (text !== '' && matches[i] !== 'aid' && !used.has(i)) ignoredColumns.push(groups[i] ? `${groups[i]} ${text}` : text);
  });
  const found = table.columns.filter((col) => col.key in columns).map((col) => col.key);
  const title = table.fromTitle;
  const titled = title !== undefined && title.over in columns && title.accepts(groups[columns[title.over]] ?? '');
  const missingRequired = table.columns.some((col) => col.required && !(col.key in columns) && !(titled && col.key === title.key));
  const missingOneOf = (table.oneOf ?? []).some((keys) => !keys.some((k) => k in columns));
  if (missingRequired || missingOneOf) return { found };
  const notes: ImportNote[] = [];
  const groupOf: Partial<Record<K, string>> = {};
  for (const col of table.columns) {
    if (!(col.key in columns)) {
      columns[col.key] = -1;
      headers[col.key] = col.header;
      continue;
    }
    const at = columns[col.key];
    headers[col.key] = texts[at] ?? '';
    if (groups[at]) groupOf[col.key] = groups[at];
    if (headers[col.key] !== col.header) notes.push({ row: index + 1, column: headers[col.key], from: headers[col.key], to: col.header });
  }
  return { sheet, index, rowsUsed, columns, headers, groups: groupOf, ignoredColumns, notes };
}

/**
 * The title over each column of a row, carried across a merge to the right (“2025年” merged over
 * D1:E1 is the title of D and E). Without merge information (CSV) a title covers its own column only.
 */
function spreadTitles(sheet: Sheet, index: number): string[] {
  const row = (sheet.rows[index] ?? []).map((c) => cellText(c));
  for (const { from, to } of sheet.merges ?? []) {
    if (from[0] !== index + 1) continue;
    const title = row[from[1] - 1] ?? '';
    for (let c = from[1]; c < to[1]; c++) row[c] = title;
  }
  return row;
}

/**
 * A two-row header: the lower row names the columns, the upper row titles groups of them, and a
 * column whose name is only in the upper row (merged down over both) takes it from there.
 */
function twoRowCells(sheet: Sheet, index: number): HeaderCells {
  const upper = spreadTitles(sheet, index);
  const lower = (sheet.rows[index + 1] ?? []).map((c) => cellText(c));
  const width = Math.max(upper.length, lower.length);
  const texts: string[] = [];
  const groups: string[] = [];
  for (let i = 0; i < width; i++) {
    const top = upper[i] ?? '';
    const bottom = lower[i] ?? '';
    // A merged-down header cell repeats its value on the row below (readXlsx fills merges down).
    if (bottom === '' || bottom === top) {
      texts.push(top);
      groups.push('');
    } else {
      texts.push(bottom);
      groups.push(top);
    }
  }
  return { texts, groups };
}

/**
 * The first visible sheet with a header row among its first 20 rows, or one error naming the
 * sheets looked at, the required headers, and what the closest row lacked.
 */
export function locateHeader(sheets: Sheet[]): HeaderMatch | { error: ImportError } {
  return locateTable(sheets, reportTable);
}

/** `locateHeader` for any table of columns. */
export function locateTable<K extends string>(sheets: Sheet[], table: TableSpec<K>): HeaderMatch<K> | { error: ImportError } {
  const hiddenSheets = sheets.filter((s) => s.hidden).map((s) => s.name);
  const visible = sheets.filter((s) => !s.hidden);
  // The closest miss, named in the error: a holder object, since a closure's assignments escape narrowing.
  const closest: { best: { sheet: string; row: number; found: K[] } | null } = { best: null };
  const consider = (sheet: string, row: number, found: K[]) => {
    if (found.length > 0 && (closest.best === null || found.length > closest.best.found.length)) closest.best = { sheet, row, found };
  };
  for (const sheet of visible) {
    const hidden = new Set(sheet.hiddenRows ?? []);
    const limit = Math.min(sheet.rows.length, headerSearchRows);
    for (let i = 0; i < limit; i++) {
      if (hidden.has(i + 1)) continue;
      const one = matchCells(table, sheet.name, { texts: (sheet.rows[i] ?? []).map((c: Cell) => cellText(c)), groups: [] }, i, 1);
      if ('sheet' in one) return { ...one, hiddenSheets };
      consider(sheet.name, i + 1, one.found);
    }
    for (let i = 0; i + 1 < limit; i++) {
      if (hidden.has(i + 1) || hidden.has(i + 2)) continue;
      const two = matchCells(table, sheet.name, twoRowCells(sheet, i), i + 1, 2);
      if ('sheet' in two) return { ...two, hiddenSheets };
      consider(sheet.name, i + 1, two.found);
    }
  }
  const found = closest.best;
  const required = table.columns.filter((c) => c.required);
  const optional = table.columns.filter((c) => !c.required && !(table.oneOf ?? []).some((g) => g.includes(c.key))).map((c) => `“${c.header}”`);
  const groups = (table.oneOf ?? []).map((g) => g.map((k) => `“${table.columns.find((c) => c.key === k)!.header}”`).join('或'));
  const missing = [
    ...(found ? required.filter((c) => !found.found.includes(c.key)) : required).map((c) => `“${c.header}”`),
    ...(table.oneOf ?? [])
      .filter((g) => !found || !g.some((k) => found.found.includes(k)))
      .map((g) => g.map((k) => `“${table.columns.find((c) => c.key === k)!.header}”`).join('或')),
  ];
  const names = visible.map((s) => `“${s.name}”`).join('、') || '（无可见的工作表）';
  const nearest = found ? `最接近的是工作表“${found.sheet}”第 ${found.row} 行，` : '';
  const hiddenNote = hiddenSheets.length > 0 ? `（隐藏的工作表 ${hiddenSheets.map((s) => `“${s}”`).join('、')} 不读取）` : '';
  const needs = [...required.map((c) => c.header), ...groups].join('、');
  return {
    error: {
      row: found?.row ?? null,
      column: null,
      value: null,
      expected:
        `缺少${missing.join('、')}列：在工作表 ${names} 的前 ${headerSearchRows} 行中找不到表头行${hiddenNote}；` +
        `${nearest}表头应包含 ${needs}${optional.length > 0 ? `（${optional.join('、')}可省略）` : ''}（header not found）`,
    },
  };
}
