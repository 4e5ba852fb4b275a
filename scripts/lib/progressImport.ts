/**
 * Turning a bureau's spreadsheet into progress reports: read the file, check every row, and
 * group the rows into one report per (报告期, 填报单位). Nothing here writes files; the command
 * (scripts/importProgress.ts) writes only when there is not a single error.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import type { Department } from '../../src/schemas/department.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { ProgressReport, ProgressRow } from '../../src/schemas/progress.ts';
import { reportColumns, type ReportKey } from '../../src/lib/progressColumns.ts';
import { rowProblems } from '../../src/lib/progressCheck.ts';
import type { ImportError } from './import/importError.ts';

export { formatImportError, type ImportError } from './import/importError.ts';

type Cell = string | number | boolean | Date | null;

/** Reads the first sheet of an .xlsx or a UTF-8 .csv (with or without BOM) into rows of cells. */
export async function readTable(path: string): Promise<{ rows: Cell[][] } | { error: ImportError }> {
  const fail = (expected: string) => ({ error: { row: null, column: null, value: basename(path), expected } });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return fail('无法读取文件：请检查路径是否正确（file not found or unreadable）');
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return fail('CSV 文件不是 UTF-8 编码：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入（CSV must be UTF-8）');
    }
    try {
      const rows = parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
      return { rows };
    } catch (e) {
      return fail(`CSV 格式有误，无法解析（${(e as Error).message}）`);
    }
  }
  if (ext === '.xlsx') {
    try {
      const rows = (await readSheet(bytes)) as Cell[][];
      return { rows };
    } catch (e) {
      return fail(`无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式（${(e as Error).message}）`);
    }
  }
  return fail('只支持 .csv（UTF-8）或 .xlsx 文件；.xls 等旧格式请在 Excel 中另存为 .xlsx');
}

/** A 报告期 label → the part of the report's file name, e.g. 2025年第四季度 → 2025-q4. */
export function periodKey(label: string): string | null {
  const m = /^(\d{4})年(.*)$/.exec(label.replace(/\s+/g, ''));
  if (!m) return null;
  const [, year, rest = ''] = m;
  const quarters: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', '1': '1', '2': '2', '3': '3', '4': '4' };
  if (rest === '' || rest === '全年' || rest === '年度') return `${year}`;
  if (rest === '上半年') return `${year}-h1`;
  if (rest === '下半年') return `${year}-h2`;
  const q = /^第?([一二三四1-4])季度$/.exec(rest);
  if (q) return `${year}-q${quarters[q[1]!]}`;
  const month = /^(?:1[-—–至到])?(\d{1,2})月(?:份)?$/.exec(rest);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${year}-m${month[1]!.padStart(2, '0')}`;
  const upTo = /^前([一二三])季度$/.exec(rest);
  if (upTo) return `${year}-q${quarters[upTo[1]!]}`;
  return null;
}

const text = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

/** YYYY-MM-DD that is a real date, or null. Excel dates arrive as Date objects (UTC midnight). */
function parseDate(c: Cell | undefined): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  const t = text(c);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t)) return null;
  const d = new Date(`${t}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t ? t : null;
}

/** A number, optionally with thousands separators and a unit: "1,050", "1050个", "84.5%". */
export function parseValue(c: Cell | undefined): { value: number; unit: string | null } | null {
  if (typeof c === 'number') return Number.isFinite(c) ? { value: c, unit: null } : null;
  const m = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*(%|[\u4e00-\u9fff]+)?$/u.exec(text(c));
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, unit: m[2] ?? null } : null;
}

export interface ImportContext {
  indicators: Pick<Indicator, 'number' | 'name' | 'unit' | 'measure'>[];
  departments: Department[];
  today: string;
  /** File name recorded in each report. */
  source: string;
}

export interface ParsedReport {
  /** File name inside content/progress/, e.g. 2025-q4-commerce.json. */
  file: string;
  report: ProgressReport;
}

/** Checks every row and groups them into reports; any error means no reports at all. */
export function parseReports(rows: Cell[][], ctx: ImportContext): { reports: ParsedReport[]; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const header = (rows[0] ?? []).map((c) => text(c));
  const index = {} as Record<ReportKey, number>;
  for (const col of reportColumns) {
    const i = header.indexOf(col.header);
    if (i === -1 && col.required) {
      errors.push({ row: 1, column: col.header, value: null, expected: `缺少“${col.header}”列：表头应包含 ${reportColumns.map((c) => c.header).join('、')}（“备注”可省略）` });
    }
    index[col.key] = i;
  }
  if (errors.length > 0) return { reports: [], errors };

  const indicators = new Map(ctx.indicators.map((i) => [i.number, i]));
  const deptByName = new Map<string, Department>();
  for (const d of ctx.departments) for (const n of [d.id, d.name, ...d.aliases]) deptByName.set(n, d);
  const groups = new Map<string, ParsedReport>();
  const seen = new Map<string, number>();
  let filled = 0;

  rows.slice(1).forEach((cells, i) => {
    const rowNo = i + 2;
    const cell = (k: ReportKey) => (index[k] === -1 ? null : (cells[index[k]] ?? null));
    // Template rows nobody filled in (only the indicator and its reading aids) are skipped.
    if ((['period', 'asOf', 'value', 'department', 'note'] as const).every((k) => text(cell(k)) === '')) return;
    filled++;
    const err = (key: ReportKey, expected: string) => {
      const col = reportColumns.find((c) => c.key === key)!;
      const c = cell(key);
      errors.push({ row: rowNo, column: col.header, value: text(c), expected });
    };
    const before = errors.length;

    const numText = text(cell('indicator'));
    const number = /^\d+$/.test(numText) ? Number(numText) : NaN;
    const ind = indicators.get(number);
    if (!ind) err('indicator', `不是附件2中的指标：应为 1–${indicators.size} 的整数（unknown indicator）`);

    const period = text(cell('period'));
    const key = periodKey(period);
    if (!period) err('period', '报告期不能为空，应如 “2025年第四季度”');
    else if (!key) err('period', '报告期格式不支持：应如 “2025年第四季度”“2025年上半年”“2025年”“2025年3月”');

    const asOf = parseDate(cell('asOf'));
    if (!asOf) err('asOf', '应为有效日期 YYYY-MM-DD，如 2025-12-31');

    const parsed = parseValue(cell('value'));
    if (!parsed) err('value', text(cell('value')) === '' ? '数值不能为空' : '应为数字，如 1050 或 84.5（可带千分位逗号）');

    const deptName = text(cell('department'));
    const dept = deptByName.get(deptName);
    if (!dept) err('department', deptName === '' ? '填报单位不能为空，应如 “区商务局”' : '不是 content/departments.json 中的部门名称，应如 “区商务局”');

    if (ind && parsed && parsed.unit !== null && parsed.unit !== ind.unit) {
      err('value', `单位“${parsed.unit}”与指标${ind.number}“${ind.name}”的单位“${ind.unit}”不一致（unit mismatch）`);
    }
    if (ind && parsed && asOf) {
      for (const p of rowProblems({ indicator: ind.number, asOf, value: parsed.value, unit: ind.unit }, indicators, ctx.today)) {
        err(p.field === 'asOf' ? 'asOf' : 'value', p.expected);
      }
    }
    if (key && asOf && !key.startsWith(asOf.slice(0, 4))) {
      err('asOf', `截至日期的年份应与报告期“${period}”一致`);
    }
    if (ind && asOf) {
      const dupKey = `${ind.number}|${asOf}`;
      const first = seen.get(dupKey);
      if (first !== undefined) err('indicator', `与第 ${first} 行重复：同一指标同一截至日期只能填一行（duplicate row）`);
      else seen.set(dupKey, rowNo);
    }
    if (errors.length > before || !ind || !parsed || !asOf || !dept || !key) return;

    const file = `${key}-${dept.id}.json`;
    const group = groups.get(file) ?? {
      file,
      report: { period, department: dept.id, sample: false, importedFrom: ctx.source, imported: ctx.today, rows: [] as ProgressRow[] },
    };
    if (group.report.period !== period) {
      err('period', `与同一文件中的报告期“${group.report.period}”写法不同，同一报告期应写法一致`);
      return;
    }
    group.report.rows.push({ indicator: ind.number, asOf, value: parsed.value, unit: ind.unit, note: text(cell('note')) });
    groups.set(file, group);
  });
  if (errors.length === 0 && filled === 0) {
    errors.push({ row: null, column: null, value: null, expected: '文件中没有填写任何数据行（no data rows）' });
  }
  return { reports: errors.length > 0 ? [] : [...groups.values()], errors };
}
