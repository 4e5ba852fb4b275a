/**
 * The files of one import: the paths named on the command line, folders expanded, and each file
 * read and parsed. Every file in a folder is accounted for: read, or named with the reason it was
 * not. Reads files; writes nothing (scripts/importProgress.ts writes).
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportError } from '../importError.ts';
import { formatImportNote } from '../importNote.ts';
import { parseReports, type ImportContext, type RowFigure, type SkippedRow } from '../progressRows.ts';
import { readableExtensions, readWorkbook } from './readWorkbook.ts';

/** What one file gave: its figures, or its problems, and what was normalised or left out on the way. */
export interface FileResult {
  /** The path as given (or found in a folder). */
  path: string;
  figures: RowFigure[];
  errors: ImportError[];
  /** What the reader and the row checks normalised, one line each, e.g. `第 5 行 截至日期：2025年12月31日 → 2025-12-31`. */
  notes: string[];
  /** Rows left out and why: hidden, without a figure, another bureau's indicator. */
  skipped: SkippedRow[];
  /** Columns of the file that are not part of the report and were ignored, by their header. */
  ignoredColumns: string[];
  /** Hidden sheets, never read. */
  hiddenSheets: string[];
}

/** A file in a folder that was not read, and why. */
export interface LeftOut {
  path: string;
  reason: string;
}

/** Why a file found in a folder is not read, or null when it is a spreadsheet to read. */
export function leftOutReason(name: string): string | null {
  if (name.startsWith('~$')) return 'Excel 或 WPS 打开文件时生成的临时文件，不是报表';
  if (name.startsWith('.')) return '隐藏文件';
  const ext = extname(name).toLowerCase();
  if (readableExtensions.includes(ext)) return null;
  return `不是表格文件（只读取 ${readableExtensions.filter((e) => e !== '.et').join('、')}）`;
}

/**
 * The files named on the command line, folders expanded to the files directly inside them, in
 * name order, each once; every other file in a folder is listed in `leftOut` with its reason.
 */
export function listInputs(args: string[]): { files: string[]; leftOut: LeftOut[]; errors: string[] } {
  const files: string[] = [];
  const leftOut: LeftOut[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // A missing file is reported by the reader, with the file's name, like any unreadable file.
    }
    if (!isDir) {
      files.push(arg);
      continue;
    }
    const found: string[] = [];
    for (const name of readdirSync(arg).sort()) {
      const path = join(arg, name);
      let sub = false;
      try {
        sub = statSync(path).isDirectory();
      } catch {
        // A broken link is left out like any other unreadable entry.
      }
      const reason = sub ? '是文件夹（只读取所给文件夹中直接存放的文件）' : leftOutReason(name);
      if (reason) leftOut.push({ path, reason });
      else found.push(path);
    }
    if (found.length === 0) errors.push(`文件夹 ${arg} 中没有 .xlsx、.csv 或 .txt 表格文件（no spreadsheet in folder）`);
    files.push(...found);
  }
  return { files: [...new Set(files)], leftOut, errors };
}

/** Reads and checks one file. */
export async function importFile(path: string, ctx: Omit<ImportContext, 'source'>): Promise<FileResult> {
  const read = await readWorkbook(path);
  if ('error' in read) return { path, figures: [], errors: [read.error], notes: [], skipped: [], ignoredColumns: [], hiddenSheets: [] };
  const { workbook } = read;
  const parsed = parseReports(workbook.sheets, { ...ctx, source: basename(path) });

  // Where the table was found, when it was not simply row 1 of the only sheet.
  const several = workbook.sheets.length > 1;
  const moved = parsed.headerRow !== null && (parsed.headerRow > 1 || several);
  const rows = parsed.headerRows === 2 ? `${parsed.headerRow! - 1}–${parsed.headerRow}` : `${parsed.headerRow}`;
  const where = moved || parsed.headerRows === 2 ? [`表头：${several ? `工作表“${parsed.sheet}”` : ''}第 ${rows} 行`] : [];
  const notes = [...workbook.notes, ...where, ...parsed.notes.map(formatImportNote)];
  return {
    path,
    figures: parsed.figures,
    errors: parsed.errors,
    notes,
    skipped: parsed.skipped,
    ignoredColumns: parsed.ignoredColumns,
    hiddenSheets: parsed.hiddenSheets,
  };
}
