/**
 * One problem in a bureau's spreadsheet, and how it is printed. Every importer step (reading the
 * file, finding the header, checking a cell) reports through this one shape, so staff always
 * see where (row, column), what (the value) and what is expected.
 */
export interface ImportError {
  /** The spreadsheet's own row number, as Excel or WPS shows it (title rows included); null for the whole file. */
  row: number | null;
  /** The column's header as written in the file; null for a whole row or the whole file. */
  column: string | null;
  /** The cell's value as read; null when there is no single value to show. */
  value: string | null;
  /** What is expected, in Chinese with the English key in brackets. */
  expected: string;
}

export function formatImportError(e: ImportError): string {
  const where = [e.row === null ? null : `第 ${e.row} 行`, e.column === null ? null : `“${e.column}”列`].filter(Boolean).join('，');
  const value = e.value === null ? '' : `值为 “${e.value}”，`;
  return `${where || '文件'}：${value}${e.expected}`;
}
