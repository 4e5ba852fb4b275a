/**
 * Text as staff type it: full-width digits and punctuation (１２，（）), ideographic spaces and
 * stray double spaces. NFKC folds the full-width forms into their ASCII twins, so every later
 * parser only has to know one spelling.
 */
import type { Cell } from './cell.ts';

/** NFKC, trim, and collapse every run of whitespace (ideographic space included) to one space. */
export function normaliseText(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** A cell as text, the way it is shown back to staff in errors and notes (dates as YYYY-MM-DD). */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 10);
  return String(c).trim();
}

/** A name in Chinese quotes, its own quotes turned into the inner pair: “‘班班通’设备”. */
export function quoted(name: string): string {
  return `“${name.replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
}
