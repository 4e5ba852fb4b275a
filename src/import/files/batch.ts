/**
 * A batch of bureau files checked together: every file read and parsed, then the reports of all
 * files joined. All or nothing: one problem in any file means nothing is written. Reads files;
 * writes nothing (scripts/importProgress.ts writes).
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportError } from '../importError.ts';
import { formatImportNote } from '../importNote.ts';
import { parseReports, type ImportContext, type ParsedReport } from '../progressRows.ts';
import { readWorkbook } from './readWorkbook.ts';

/** What one file gave: its reports, or its problems, and what was normalised on the way. */
export interface FileResult {
  /** The path as given (or found in a folder). */
  path: string;
  reports: ParsedReport[];
  errors: ImportError[];
  /** What the reader and the row checks normalised, one line each, e.g. `第 5 行 截至日期：2025年12月31日 → 2025-12-31`. */
  notes: string[];
  /** Columns of the file that are not part of the report and were ignored, by their header. */
  ignoredColumns: string[];
}

/** File types a folder is searched for; anything else in a folder (README, notes) is left alone. */
const spreadsheet = new Set(['.xlsx', '.xls', '.et', '.csv']);

/**
 * The files named on the command line, folders expanded to the spreadsheets directly inside them
 * (Excel's `~$` lock files and hidden files skipped), in name order, each once.
 */
export function listInputs(args: string[]): { files: string[]; errors: string[] } {
  const files: string[] = [];
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
    const found = readdirSync(arg)
      .filter((f) => spreadsheet.has(extname(f).toLowerCase()) && !f.startsWith('~$') && !f.startsWith('.'))
      .sort()
      .map((f) => join(arg, f));
    if (found.length === 0) errors.push(`文件夹 ${arg} 中没有 .xlsx 或 .csv 文件（no spreadsheet in folder）`);
    files.push(...found);
  }
  return { files: [...new Set(files)], errors };
}

/** Reads and checks one file. */
export async function importFile(path: string, ctx: Omit<ImportContext, 'source'>): Promise<FileResult> {
  const read = await readWorkbook(path);
  if ('error' in read) return { path, reports: [], errors: [read.error], notes: [], ignoredColumns: [] };
  const { workbook } = read;
  const parsed = parseReports(workbook.sheets, { ...ctx, source: basename(path) });

  // Where the table was found, when it was not simply row 1 of the only sheet.
  const several = workbook.sheets.length > 1;
  const moved = parsed.headerRow !== null && (parsed.headerRow > 1 || several);
  const where = moved ? [`表头：${several ? `工作表“${parsed.sheet}”` : ''}第 ${parsed.headerRow} 行`] : [];
  const notes = [...workbook.notes, ...where, ...parsed.notes.map(formatImportNote)];
  return { path, reports: parsed.reports, errors: parsed.errors, notes, ignoredColumns: parsed.ignoredColumns };
}

/**
 * The reports of all files together. Two files giving the same bureau's same period is refused:
 * which one is right is for the bureau to say, not for the order of the command line.
 */
export function joinResults(results: FileResult[]): { reports: ParsedReport[]; clashes: string[] } {
  const byFile = new Map<string, { report: ParsedReport; path: string }>();
  const clashes: string[] = [];
  for (const r of results) {
    for (const report of r.reports) {
      const first = byFile.get(report.file);
      if (first) {
        clashes.push(
          `${basename(r.path)} 与 ${basename(first.path)} 都是${report.report.period}同一单位的报告（${report.file}）：请只导入其中正确的一份（duplicate report in batch）`,
        );
      } else {
        byFile.set(report.file, { report, path: r.path });
      }
    }
  }
  return { reports: [...byFile.values()].map((v) => v.report), clashes };
}
