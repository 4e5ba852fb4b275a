/**
 * A .csv file's bytes → one sheet of cells. The encoding is detected, never asked: staff cannot
 * tell UTF-8 from GBK, and Excel on Chinese Windows writes “CSV（逗号分隔）” in GBK.
 */
import { parse } from 'csv-parse/sync';
import type { Cell } from '../cell.ts';

/** The text of a CSV and what was detected about it. */
export interface DecodedCsv {
  /** The file's text, without a BOM. */
  text: string;
  /** The encoding found, e.g. 'UTF-8（带 BOM）'. */
  encoding: string;
  /** A line for the import summary saying so. */
  note: string;
}

/**
 * UTF-16 with its BOM (Excel's “Unicode 文本”), UTF-8 (BOM or not) when the bytes are valid UTF-8,
 * otherwise GB18030, of which GBK is a subset.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv | { problem: string } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
      return { text, encoding: 'UTF-16', note: '编码：UTF-16（Excel“Unicode 文本”）' };
    } catch {
      return {
        problem: '文件以 UTF-16 标记开头，但内容不是有效的 UTF-16：请在 Excel 中重新“另存为 → Unicode 文本”或“CSV UTF-8（逗号分隔）”（invalid UTF-16）',
      };
    }
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3));
      return { text, encoding: 'UTF-8（带 BOM）', note: '编码：UTF-8（带 BOM）（Excel“CSV UTF-8（逗号分隔）”）' };
    } catch {
      // A BOM followed by invalid UTF-8: fall through and let GB18030 have a go.
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'UTF-8', note: '编码：UTF-8' };
  } catch {
    // Not UTF-8: the usual case for Excel on Chinese Windows.
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, encoding: 'GB18030', note: '编码：GB18030（Excel 中文版“CSV（逗号分隔）”）' };
  } catch {
    return { problem: '无法识别文件编码（既不是 UTF-8 也不是 GBK/GB18030）：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入（unknown encoding）' };
  }
}

/**
 * The separator of a text table: a tab when the first non-blank line has tabs and no commas outside
 * quotes would split it better (Excel's “Unicode 文本” and “文本文件（制表符分隔）”), else a comma.
 */
export function detectDelimiter(text: string): ',' | '\t' {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const outsideQuotes = first.replace(/"[^"]*"/g, '');
  const tabs = (outsideQuotes.match(/\t/g) ?? []).length;
  const commas = (outsideQuotes.match(/,/g) ?? []).length;
  return tabs > 0 && tabs >= commas ? '\t' : ',';
}

/**
 * Comma- or tab-separated text → rows, one per record as Excel shows it (a quoted field may span lines).
 * Blank lines stay, as [] rows, so row numbers match; cells are trimmed and '' becomes null,
 * the same as read-excel-file gives for .xlsx. At most maxRows + 1 records are parsed, so the
 * caller can tell "too many" without parsing all of a huge file.
 */
export function parseCsv(text: string, maxRows: number, delimiter: ',' | '\t' = ','): { rows: Cell[][] } | { problem: string; row: number | null } {
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: delimiter === '\t', skip_empty_lines: false, to: maxRows + 1 });
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number };
    return { problem: `CSV 格式有误，无法解析：请检查引号是否成对（${err.code ?? err.message}）`, row: err.lines ?? null };
  }
  const rows = records.map((r) => {
    const cells = r.map((c) => (c.trim() === '' ? null : c.trim()));
    return cells.every((c) => c === null) ? [] : cells;
  });
  return { rows };
}
