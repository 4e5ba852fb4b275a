/**
 * Something the import read differently from how it was written: a date spelled 2025年12月31日,
 * a period spelled 2025年度, a bureau's full name. Printed after a successful import so staff can
 * see, and correct, every reading the import made on their behalf.
 */
export interface ImportNote {
  /** The spreadsheet's own row number; null for the whole file. */
  row: number | null;
  /** The column's header as written in the file; null for the whole row or file. */
  column: string | null;
  /** The cell as written. */
  from: string;
  /** What the import took it to mean, as written into the report. */
  to: string;
}

/** 第 5 行 截至日期：2025年12月31日 → 2025-12-31 */
export function formatImportNote(n: ImportNote): string {
  const where = [n.row === null ? null : `第 ${n.row} 行`, n.column].filter(Boolean).join(' ');
  return `${where || '文件'}：${n.from} → ${n.to}`;
}
