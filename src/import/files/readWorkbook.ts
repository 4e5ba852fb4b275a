/**
 * Reading a bureau's spreadsheet: bytes on disk → sheets of cells, nothing more. Finding the
 * header, periods, dates and values is the next step's job (progressImport.ts). Limits are
 * checked before parsing, so a huge or hostile file is refused without exhausting memory.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImportError } from '../importError.ts';
import { decodeCsv, detectDelimiter, parseCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';
import type { Sheet } from '../cell.ts';

export interface Workbook {
  /** File name, without its folder. */
  file: string;
  /** The format read: an .xlsx workbook, a CSV, or a tab-separated text file (Excel's “Unicode 文本”). */
  format: 'xlsx' | 'csv' | 'text';
  /** CSV only: the detected encoding, e.g. 'UTF-8', 'UTF-8（带 BOM）', 'GB18030'. */
  encoding?: string;
  /** Every sheet, in workbook order (an instructions sheet often comes first). */
  sheets: Sheet[];
  /** What the reader normalised, in Chinese, for the import summary. */
  notes: string[];
}

export interface ReadLimits {
  /** Largest file accepted, in bytes; checked on the file's size before reading it. */
  maxBytes: number;
  /** Most rows in any one sheet (title and blank rows count). */
  maxRows: number;
  /** Largest total an .xlsx may unzip to, in bytes, as its zip directory declares. */
  maxUnzippedBytes: number;
}

export const defaultLimits: ReadLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 10_000, maxUnzippedBytes: 100 * 1024 * 1024 };

/** Extensions the reader accepts; the bytes, not the name, decide how a file is read. */
export const readableExtensions = ['.xlsx', '.csv', '.txt', '.xls', '.et'];

const saveAsXlsx = '请在 Excel 或 WPS 中打开该文件，点“文件 → 另存为”，“文件类型”选“Excel 工作簿（*.xlsx）”后重新导入';

/** The first bytes of an OLE2 compound file: old .xls, WPS .et, or an .xlsx with a password. */
const ole2 = [0xd0, 0xcf, 0x11, 0xe0];

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Reads at most `size` bytes (the size stat gave), in case the file grew since. */
async function readBytes(path: string, size: number): Promise<Uint8Array> {
  const fh = await open(path);
  try {
    const bytes = new Uint8Array(size);
    const { bytesRead } = await fh.read(bytes, 0, size, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** What the first bytes say the file is, whatever its name claims. */
function sniff(bytes: Uint8Array): 'zip' | 'ole2' | 'other' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (ole2.every((b, i) => bytes[i] === b)) return 'ole2';
  return 'other';
}

export async function readWorkbook(path: string, limits: ReadLimits = defaultLimits): Promise<{ workbook: Workbook } | { error: ImportError }> {
  const file = basename(path);
  const fail = (expected: string, row: number | null = null) => ({ error: { row, column: null, value: file, expected } });
  const ext = extname(path).toLowerCase();
  if (!readableExtensions.includes(ext)) {
    return fail(`只能导入 Excel 工作簿（.xlsx）、CSV（.csv）或 Excel“Unicode 文本”（.txt）文件：${saveAsXlsx}（unsupported file type${ext ? ` ${ext}` : ''}）`);
  }

  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return fail('不是文件：请指定要导入的 .xlsx 或 .csv 文件（not a file）');
    size = s.size;
  } catch {
    return fail('找不到文件或无法读取：请检查路径是否正确（file not found or unreadable）');
  }
  if (size > limits.maxBytes) return fail(`文件超过 ${mb(limits.maxBytes)}（${mb(size)}）：请只保留要导入的数据后重新导入（file too large）`);

  let bytes: Uint8Array;
  try {
    bytes = await readBytes(path, size);
  } catch {
    return fail('找不到文件或无法读取：请检查路径是否正确（file not found or unreadable）');
  }

  // Files are often renamed or exported under the wrong extension (an .xlsx saved as “.xls” by
  // a reporting system): the bytes decide, the extension only words the message.
  const kind = sniff(bytes);
  if (kind === 'zip') {
    const read = await readXlsx(bytes, limits);
    if ('problem' in read) return fail(read.problem, read.row);
    const long = read.sheets.find((s) => s.rows.length > limits.maxRows);
    if (long) return fail(`工作表“${long.name}”有 ${long.rows.length} 行，超过 ${limits.maxRows} 行上限：请只保留要导入的数据（too many rows）`);
    const renamed = ext === '.xlsx' ? [] : [`文件名以 ${ext} 结尾，内容实际是 Excel 工作簿（.xlsx），已按 .xlsx 读取`];
    return { workbook: { file, format: 'xlsx', sheets: read.sheets, notes: [...renamed, ...read.notes] } };
  }
  // No maintained npm library reads .xls or .et (SheetJS's npm package is stuck at an old,
  // vulnerable release), so staff are told how to save as .xlsx instead.
  if (ext === '.xls' || ext === '.et') return fail(`${saveAsXlsx}（${ext} not supported）`);
  if (kind === 'ole2') {
    return fail(`该文件虽以 ${ext} 结尾，实际是旧版 .xls 格式或设置了打开密码：如有密码请先取消，再${saveAsXlsx.slice(1)}（old .xls or password-protected）`);
  }
  if (ext === '.xlsx') {
    return fail(`文件已损坏或不是 .xlsx 格式：请在 Excel 或 WPS 中重新“另存为”Excel 工作簿（*.xlsx）（not a zip file）`);
  }

  const decoded = decodeCsv(bytes);
  if ('problem' in decoded) return fail(decoded.problem);
  // A .txt is Excel's “Unicode 文本” (tabs) or “文本文件（制表符分隔）”; a .csv is always commas, as Excel writes it.
  const delimiter = ext === '.txt' ? detectDelimiter(decoded.text) : ',';
  const parsed = parseCsv(decoded.text, limits.maxRows, delimiter);
  if ('problem' in parsed) return fail(parsed.problem, parsed.row);
  if (parsed.rows.length > limits.maxRows) return fail(`超过 ${limits.maxRows} 行上限：请只保留要导入的数据（too many rows）`);
  const format = ext === '.txt' ? 'text' : 'csv';
  const notes = [decoded.note, ...(format === 'text' ? [`分隔符：${delimiter === '\t' ? '制表符' : '逗号'}`] : [])];
  return { workbook: { file, format, encoding: decoded.encoding, sheets: [{ name: 'Sheet1', rows: parsed.rows }], notes } };
}
