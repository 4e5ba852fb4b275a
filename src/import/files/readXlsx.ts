/**
 * An .xlsx file's bytes → every sheet's cells. read-excel-file parses the cells (dates, shared
 * strings, cached formula results); it only ever sees a zip we have already unzipped within the
 * limits. What it leaves out is put back from the XML (see xlsxCells.ts): percent formats, and
 * the value of a cell merged down over several rows.
 */
import readXlsxFile from 'read-excel-file/node';
import { zipSync } from 'fflate';
import type { Cell, Sheet } from '../cell.ts';
import type { ReadLimits } from './readWorkbook.ts';
import { maxCompressionRatio, unzipBounded } from './unzipBounded.ts';
import { percentStyles, scanSheet, sheetEntries, xmlText, type SheetScan } from './xlsxCells.ts';

/** A refusal, worded for staff; row is set when one row is to blame. */
export interface XlsxProblem {
  /** What is wrong and what to do, in Chinese with the English key in brackets. */
  problem: string;
  /** The spreadsheet row to blame, if any. */
  row: number | null;
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const day = 24 * 60 * 60 * 1000;

/** Dates to UTC midnight: a 截至日期 is a day, even when the cell also holds a time. Returns how many had one. */
function dropTimes(rows: Cell[][]): number {
  let n = 0;
  for (const row of rows) {
    row.forEach((c, i) => {
      if (c instanceof Date && c.getTime() % day !== 0) {
        row[i] = new Date(Math.floor(c.getTime() / day) * day);
        n++;
      }
    });
  }
  return n;
}

/**
 * Staff merge a column's cells down over several rows (one 报告期 or 填报单位 for a block of
 * indicators); Excel shows the value on every row, the file stores it only in the top cell.
 * Only one-column ranges are filled: a title merged across the columns stays a single cell.
 * Returns the ranges filled.
 */
function fillMergedDown(rows: Cell[][], scan: SheetScan): string[] {
  const filled: string[] = [];
  for (const { ref, from, to } of scan.merges) {
    if (from[1] !== to[1] || to[0] <= from[0]) continue;
    const value = rows[from[0] - 1]?.[from[1] - 1] ?? null;
    if (value === null) continue;
    for (let r = from[0] + 1; r <= Math.min(to[0], rows.length); r++) {
      const row = rows[r - 1]!;
      while (row.length < from[1]) row.push(null);
      row[from[1] - 1] = value;
    }
    filled.push(ref);
  }
  return filled;
}

/** Makes a sheet's cells read as Excel shows them; returns the notes saying what changed. */
function showAsExcel(name: string, rows: Cell[][], scan: SheetScan | undefined): string[] {
  const notes: string[] = [];
  if (scan) {
    // Percents first, so a percent cell merged down is copied as shown.
    for (const [key, p] of scan.percent) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      const row = rows[r - 1];
      if (row && typeof row[c - 1] === 'number') row[c - 1] = p.shown;
    }
    const first = scan.percent.values().next().value;
    if (first)
      notes.push(`工作表“${name}”：${scan.percent.size} 个百分比格式的单元格按显示读作百分数，如 ${first.address} 的 ${first.raw} 读作“${first.shown}”`);
    if (scan.formulas.length > 0) {
      notes.push(`工作表“${name}”：${scan.formulas.length} 个公式单元格（${list(scan.formulas, 5)}）按文件中保存的计算结果读取`);
    }
    const filled = fillMergedDown(rows, scan);
    if (filled.length > 0) notes.push(`工作表“${name}”：纵向合并的单元格 ${list(filled, 3)} 的值填入合并范围内的每一行`);
  }
  const timed = dropTimes(rows);
  if (timed > 0) notes.push(`工作表“${name}”：${timed} 个日期单元格带有时刻，只取日期`);
  return notes;
}

const list = (items: string[], max: number) => `${items.slice(0, max).join('、')}${items.length > max ? ' 等' : ''}`;

export async function readXlsx(bytes: Uint8Array, limits: ReadLimits): Promise<{ sheets: Sheet[]; notes: string[] } | XlsxProblem> {
  const unzipped = unzipBounded(bytes, limits.maxUnzippedBytes);
  if ('problem' in unzipped) {
    const p = unzipped.problem;
    if (p.kind === 'too-large')
      return {
        problem: `解压后超过 ${mb(limits.maxUnzippedBytes)}（${mb(p.size)}）：请删除多余的工作表或空白行后重新导入（unzipped size too large）`,
        row: null,
      };
    if (p.kind === 'bomb') return { problem: `文件中的“${p.entry}”压缩比异常（${Math.round(p.ratio)}:1），疑似压缩炸弹，已拒绝（zip bomb）`, row: null };
    if (p.kind === 'bomb-archive')
      return {
        problem: `文件解压后共 ${mb(p.size)}，是文件本身的 ${Math.round(p.ratio)} 倍（上限 ${maxCompressionRatio} 倍），疑似压缩炸弹，已拒绝：请在 Excel 或 WPS 中重新“另存为”Excel 工作簿（*.xlsx）（zip bomb: whole-archive ratio）`,
        row: null,
      };
    return { problem: `文件已损坏或不是 .xlsx 格式，无法解压：请在 Excel 或 WPS 中重新“另存为”Excel 工作簿（*.xlsx）（corrupt zip: ${p.detail}）`, row: null };
  }
  const { files } = unzipped;
  if (!files['xl/workbook.xml']) {
    return { problem: '文件不是 Excel 工作簿（缺少 xl/workbook.xml）：请在 Excel 或 WPS 中“另存为”Excel 工作簿（*.xlsx）（not an xlsx workbook）', row: null };
  }

  const percent = percentStyles(xmlText(files['xl/styles.xml']));
  const scans = new Map<string, SheetScan>();
  const entries = sheetEntries(files);
  for (const [name, { path }] of entries) {
    const scan = scanSheet(xmlText(files[path]), percent);
    // Checked before read-excel-file builds the rows, which is where the memory goes.
    if (scan.lastRow > limits.maxRows)
      return { problem: `工作表“${name}”有 ${scan.lastRow} 行，超过 ${limits.maxRows} 行上限：请只保留要导入的数据（too many rows）`, row: null };
    const missing = scan.formulasWithoutValue[0];
    if (missing) {
      return {
        problem: `工作表“${name}”单元格 ${missing} 是公式，但文件中没有保存计算结果：请在 Excel 或 WPS 中打开该文件、保存一次后重新导入（formula without cached value）`,
        row: Number(/\d+/.exec(missing)![0]),
      };
    }
    scans.set(name, scan);
  }

  let parsed: { sheet: string; data: unknown[][] }[];
  try {
    // Stored (level 0) so the parser's own unzip has nothing left to inflate beyond what we checked.
    parsed = await readXlsxFile(Buffer.from(zipSync(files, { level: 0 })));
  } catch (e) {
    return { problem: `文件内容有误，无法读取：请在 Excel 或 WPS 中打开后重新“另存为”Excel 工作簿（*.xlsx）（${(e as Error).message}）`, row: null };
  }

  const notes: string[] = [];
  const sheets = parsed.map(({ sheet: name, data }): Sheet => {
    const rows = data as Cell[][];
    const scan = scans.get(name);
    notes.push(...showAsExcel(name, rows, scan));
    return { name, rows, hidden: entries.get(name)?.hidden ?? false, hiddenRows: scan?.hiddenRows ?? [], merges: scan?.merges ?? [] };
  });
  return { sheets, notes };
}
