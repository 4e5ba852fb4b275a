/**
 * One problem in a bureau's spreadsheet, and how it is printed. Every importer step (reading the
 * file, finding the header, checking a cell, comparing with the reports already published) reports
 * through this one shape, so staff always see where (file, sheet, row, column), what (the value)
 * and what is expected.
 */
export interface ImportError {
  /** The spreadsheet's file name; set when the message is not printed under its file's heading (a clash between files). */
  file?: string;
  /** The sheet's tab name; set when the workbook has several sheets. */
  sheet?: string;
  /** The spreadsheet's own row number, as Excel or WPS shows it (title rows included); null for the whole file. */
  row: number | null;
  /** The column's header as written in the file; null for a whole row or the whole file. */
  column: string | null;
  /** The cell's value as read; null when there is no single value to show. */
  value: string | null;
  /** What is expected, in Chinese with the English key in brackets. */
  expected: string;
}

/** Where a row is, for messages: 文件 a.xlsx 工作表“进度表”第 5 行. */
export function formatPlace(p: Pick<ImportError, 'file' | 'sheet' | 'row'>): string {
  return [p.file ? `文件 ${p.file}` : null, p.sheet ? `工作表“${p.sheet}”` : null, p.row === null ? null : `第 ${p.row} 行`].filter(Boolean).join(' ');
}

export function formatImportError(e: ImportError): string {
  const where = [formatPlace(e) || null, e.column === null ? null : `“${e.column}”列`].filter(Boolean).join('，');
  const value = e.value === null ? '' : `值为 “${e.value}”，`;
  return `${where || '文件'}：${value}${e.expected}`;
}
