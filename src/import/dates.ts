/**
 * 截至日期 in the spellings bureaus use: a real date cell, an Excel serial number (a date cell
 * whose format was lost), or text such as 2025-12-31, 2025/6/30, 2025.12.31, 2025年12月31日 or
 * 20251231. Anything that is not a real calendar day is refused, never rolled over.
 */
import type { Cell } from './cell.ts';
import { normaliseText } from './text.ts';

/** Day 0 of Excel's 1900 date system as Excel counts it (its phantom 1900-02-29 included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/**
 * Serial numbers accepted as dates: 2000-01-01 (36526) to 2099-12-31 (73050). A number outside
 * this range in the date column is far more likely a typed value than a date, so it is refused.
 */
export const excelSerialRange = { min: 36526, max: 73050 } as const;

/** YYYY-MM-DD for a year, month and day if that day exists, else null (no 2025-02-30). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** An Excel serial (1900 system) → YYYY-MM-DD; a time of day in the fraction is dropped. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < excelSerialRange.min || serial >= excelSerialRange.max + 1) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const textForms: RegExp[] = [
  // 2025-12-31, 2025/6/30, 2025.12.31 (one separator throughout)
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/u,
  // 2025年12月31日, 2025年6月30号
  /^(\d{4})(年)(\d{1,2})月(\d{1,2})[日号]?$/u,
  // 20251231
  /^(\d{4})()(\d{2})(\d{2})$/u,
];

/** Text (after NFKC, spaces removed, a trailing midnight time dropped) → YYYY-MM-DD or null. */
export function parseDateText(raw: string): string | null {
  const t = normaliseText(raw)
    .replace(/(?:\s+|T)0{1,2}:00(?::00)?$/u, '')
    .replace(/\s+/gu, '');
  for (const form of textForms) {
    const m = form.exec(t);
    if (m) return isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  return null;
}

/**
 * A 截至日期 cell → YYYY-MM-DD, or null when it is not a date. Date cells are read in UTC, as
 * the workbook reader creates them at UTC midnight. A number cell is an Excel serial, or
 * 20251231 typed into a General cell.
 */
export function parseDateCell(c: Cell | undefined): string | null {
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return null;
    return isoDate(c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate());
  }
  if (typeof c === 'number') {
    if (Number.isInteger(c) && c >= 19_000_101 && c <= 20_991_231) return parseDateText(String(c));
    return excelSerialDate(c);
  }
  if (typeof c === 'string') return parseDateText(c);
  return null;
}
