/**
 * Finding the header row. Bureaus add a title row or two above the table, put a 填报说明 sheet
 * first, reorder columns, add their own columns and write units into headers (数值（台）). The
 * header is the first row among the first 20 of a sheet where every required column is found.
 * The progress report's columns are the default; other imports (the merchant list) pass their own
 * column table of the same shape to `locateTable`.
 */
import { aidColumns, reportColumns, type ReportColumn, type ReportKey } from '../progress/reportTemplate.ts';
import type { Cell, Sheet } from './cell.ts';
import type { ImportError } from './importError.ts';
import type { ImportNote } from './importNote.ts';
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
}

const reportTable: TableSpec<ReportKey> = { columns: reportColumns, aids: aidColumns };

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
  /** Index of the header row in the sheet's rows (spreadsheet row number − 1). */
  index: number;
  /** Column index of each column; −1 for an optional column (备注) when absent. */
  columns: Record<K, number>;
  /** The header of each found column as the file writes it (trimmed), for errors and notes. */
  headers: Record<K, string>;
  /** Headers the import does not use, as written; the template's reading aids are left out. */
  ignoredColumns: string[];
  /** Headers recognised under another spelling, e.g. 截止日期 → 截至日期. */
  notes: ImportNote[];
}

function matchRow<K extends string>(table: TableSpec<K>, sheet: string, cells: Cell[], index: number): HeaderMatch<K> | { found: K[] } {
  const columns = {} as Record<K, number>;
  const headers = {} as Record<K, string>;
  const exact = new Set<K>();
  const ignoredColumns: string[] = [];
  // Two passes: the template's own header wins over a synonym (a sheet with both 序号 and 指标编号).
  const matches = cells.map((c) => matchHeader(cellText(c), table));
  matches.forEach((m, i) => {
    if (m !== null && m !== 'aid' && m.exact && !(m.key in columns)) {
      columns[m.key] = i;
      exact.add(m.key);
    }
  });
  matches.forEach((m, i) => {
    if (m !== null && m !== 'aid' && !m.exact && !(m.key in columns)) columns[m.key] = i;
  });
  const used = new Set(Object.values(columns));
  cells.forEach((c, i) => {
    const text = cellText(c);
    if (text !== '' && matches[i] !== 'aid' && !used.has(i)) ignoredColumns.push(text);
  });
  const found = table.columns.filter((col) => col.key in columns).map((col) => col.key);
  if (table.columns.some((col) => col.required && !(col.key in columns))) return { found };
  const notes: ImportNote[] = [];
  for (const col of table.columns) {
    if (!(col.key in columns)) {
      columns[col.key] = -1;
      headers[col.key] = col.header;
      continue;
    }
    headers[col.key] = cellText(cells[columns[col.key]] ?? null);
    if (headers[col.key] !== col.header) notes.push({ row: index + 1, column: headers[col.key], from: headers[col.key], to: col.header });
  }
  return { sheet, index, columns, headers, ignoredColumns, notes };
}

/**
 * The first sheet with a header row among its first 20 rows, or one error naming the sheets
 * looked at, the required headers, and what the closest row lacked.
 */
export function locateHeader(sheets: Sheet[]): HeaderMatch | { error: ImportError } {
  return locateTable(sheets, reportTable);
}

/** `locateHeader` for any table of columns. */
export function locateTable<K extends string>(sheets: Sheet[], table: TableSpec<K>): HeaderMatch<K> | { error: ImportError } {
  let best: { sheet: string; row: number; found: K[] } | null = null;
  for (const sheet of sheets) {
    for (let i = 0; i < Math.min(sheet.rows.length, headerSearchRows); i++) {
      const m = matchRow(table, sheet.name, sheet.rows[i] ?? [], i);
      if ('sheet' in m) return m;
      if (m.found.length > 0 && (best === null || m.found.length > best.found.length)) best = { sheet: sheet.name, row: i + 1, found: m.found };
    }
  }
  const required = table.columns.filter((c) => c.required);
  const optional = table.columns.filter((c) => !c.required).map((c) => `“${c.header}”`);
  const missing = best ? required.filter((c) => !best.found.includes(c.key)) : required;
  const names = sheets.map((s) => `“${s.name}”`).join('、') || '（无工作表）';
  const closest = best ? `最接近的是工作表“${best.sheet}”第 ${best.row} 行，` : '';
  return {
    error: {
      row: best?.row ?? null,
      column: null,
      value: null,
      expected:
        `缺少${missing.map((c) => `“${c.header}”`).join('、')}列：在工作表 ${names} 的前 ${headerSearchRows} 行中找不到表头行；` +
        `${closest}表头应包含 ${required.map((c) => c.header).join('、')}${optional.length > 0 ? `（${optional.join('、')}可省略）` : ''}（header not found）`,
    },
  };
}
