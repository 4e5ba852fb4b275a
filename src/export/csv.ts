/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel reads Chinese correctly),
 * CRLF line ends and RFC 4180 quoting. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) are prefixed with an apostrophe, the
 * convention OWASP recommends against CSV injection; numbers are written as numbers.
 */

export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;

/** A text cell made safe to open in a spreadsheet: formula starts get a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One cell as CSV text: empty for null, numbers as written, text neutralised and quoted when needed. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`CSV 单元格不能是 ${value}（cell must be a finite number）`);
    return String(value);
  }
  const text = neutraliseFormula(String(value));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, one line per row, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV 第 ${i + 2} 行有 ${row.length} 列，表头有 ${header.length} 列（row width differs from header）`);
    }
  }
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
