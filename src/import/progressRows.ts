/**
 * Turning a bureau's spreadsheet into progress reports: find the table, read every cell the way
 * staff write it (src/import/), check every row, and group the rows into one report per
 * (canonical period, bureau). Every reading that changed a cell is returned as a note. Nothing here
 * writes files; the command (scripts/importProgress.ts) writes only when there is not a single error.
 */
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { ProgressReport, ProgressRow } from '../schemas/progress.ts';
import { type ReportKey } from '../progress/reportTemplate.ts';
import { rowProblems } from '../checks/progressCheck.ts';
import type { Cell, Sheet } from './cell.ts';
import { parseDateCell } from './dates.ts';
import { departmentMatcher } from './departments.ts';
import { locateHeader } from './header.ts';
import type { ImportError } from './importError.ts';
import type { ImportNote } from './importNote.ts';
import { parsePeriod, periodContradiction } from './period.ts';
import { cellText, normaliseText } from './text.ts';
import { acceptedUnits, parseValueCell } from './values.ts';

export { formatImportError, type ImportError } from './importError.ts';
export { formatImportNote, type ImportNote } from './importNote.ts';
export type { Cell, Sheet } from './cell.ts';

export interface ImportContext {
  /** The indicators of 附件2; targets and source sentences, when given, widen the units a 数值 may carry. */
  indicators: (Pick<Indicator, 'number' | 'name' | 'unit' | 'measure'> & Partial<Pick<Indicator, 'targets' | 'source'>>)[];
  /** The bureaus of content/departments.json. */
  departments: Department[];
  /** Today (YYYY-MM-DD): no 截至日期 may lie after it. */
  today: string;
  /** File name recorded in each report. */
  source: string;
}

export interface ParsedReport {
  /** File name inside content/progress/, e.g. 2025-commerce.json or 2025-h1-health.json. */
  file: string;
  /** The report to write. */
  report: ProgressReport;
}

/** What one import makes of a workbook. */
export interface ParseResult {
  /** One report per (canonical period, bureau); empty whenever there is any error. */
  reports: ParsedReport[];
  /** Every problem found, in row order; nothing may be written unless this is empty. */
  errors: ImportError[];
  /** Every cell read differently from how it was written (dates, periods, values, bureaus, headers). */
  notes: ImportNote[];
  /** Headers of columns the import did not use, as written (the template's reading aids left out). */
  ignoredColumns: string[];
  /** Name of the sheet the table was found on; null when none had a header row. */
  sheet: string | null;
  /** Spreadsheet row number of the header; null when none was found. */
  headerRow: number | null;
}

/** The columns whose cells a filled-in row has; the indicator and reading aids alone are the blank template. */
const filledKeys = ['period', 'asOf', 'value', 'department', 'note'] as const;

/**
 * Finds the table in the workbook, checks every row and groups them into reports; any error
 * means no reports at all. A bare rows array (one CSV sheet) is still accepted and named after
 * the file, for the callers that read a single sheet.
 */
export function parseReports(input: Sheet[] | Cell[][], ctx: ImportContext): ParseResult {
  const sheets: Sheet[] = isSheets(input) ? input : [{ name: ctx.source, rows: input }];
  const located = locateHeader(sheets);
  if ('error' in located) return { reports: [], errors: [located.error], notes: [], ignoredColumns: [], sheet: null, headerRow: null };
  const { columns, headers } = located;
  const rows = sheets.find((s) => s.name === located.sheet)!.rows;

  const errors: ImportError[] = [];
  const notes: ImportNote[] = [...located.notes];
  const indicators = new Map(ctx.indicators.map((i) => [i.number, i]));
  const unitsOf = new Map(ctx.indicators.map((i) => [i.number, acceptedUnits(i)]));
  const findDepartment = departmentMatcher(ctx.departments);
  const groups = new Map<string, ParsedReport>();
  const seen = new Map<string, number>();
  let filled = 0;

  for (let r = located.index + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const rowNo = r + 1;
    const cell = (k: ReportKey): Cell => (columns[k] === -1 ? null : (cells[columns[k]] ?? null));
    // Template rows nobody filled in (only the indicator and its reading aids) are skipped, as are blank rows.
    if (filledKeys.every((k) => cellText(cell(k)) === '')) continue;
    filled++;
    const err = (key: ReportKey, expected: string) => errors.push({ row: rowNo, column: headers[key], value: cellText(cell(key)), expected });
    const note = (key: ReportKey, to: string) => {
      const from = cellText(cell(key));
      if (from !== to) notes.push({ row: rowNo, column: headers[key], from, to });
    };
    const before = errors.length;

    const numText = normaliseText(cellText(cell('indicator')));
    const ind = /^\d+$/.test(numText) ? indicators.get(Number(numText)) : undefined;
    if (!ind) err('indicator', `不是附件2中的指标：应为 1–${indicators.size} 的整数（unknown indicator）`);

    const periodText = cellText(cell('period'));
    const period = parsePeriod(periodText);
    if (!periodText) err('period', '报告期不能为空，应如 “2025年第四季度”（period missing）');
    else if (!period) err('period', '报告期格式不支持：应如 “2025年第四季度”“2025年上半年”“2025年1-9月”“2025年”“2025年3月”（unknown period）');

    const asOf = parseDateCell(cell('asOf'));
    if (!asOf) {
      err(
        'asOf',
        cellText(cell('asOf')) === ''
          ? '截至日期不能为空，应如 2025-12-31（asOf missing）'
          : '应为有效日期，如 2025-12-31、2025/12/31 或 2025年12月31日（invalid date）',
      );
    }

    const parsed = parseValueCell(cell('value'));
    if (!parsed) {
      err(
        'value',
        cellText(cell('value')) === '' ? '数值不能为空（value missing）' : '应为数字，如 1050、1,050、1.2万 或 84.5（千分位逗号须每三位一组）（not a number）',
      );
    }

    const deptText = cellText(cell('department'));
    const dept = findDepartment(deptText);
    if (!dept) {
      err(
        'department',
        deptText === ''
          ? '填报单位不能为空，应如 “区商务局”（department missing）'
          : '不是 content/departments.json 中的部门名称，应如 “区商务局” 或 “伍家岗区商务局”（unknown department）',
      );
    }

    if (ind && parsed && parsed.unit !== null && !unitsOf.get(ind.number)!.has(parsed.unit)) {
      const allowed = [...unitsOf.get(ind.number)!].map((u) => `“${u}”`).join('或');
      err('value', `单位“${parsed.unit}”与指标${ind.number}“${ind.name}”的单位“${ind.unit}”不一致（unit mismatch）：可不写单位，或写${allowed}`);
    }
    if (ind && parsed && asOf) {
      for (const p of rowProblems({ indicator: ind.number, asOf, value: parsed.value, unit: ind.unit }, indicators, ctx.today)) {
        err(p.field === 'asOf' ? 'asOf' : 'value', p.expected);
      }
    }
    if (period && asOf) {
      const contradiction = periodContradiction(period, asOf, periodText);
      if (contradiction) err('period', contradiction);
    }
    if (ind && asOf) {
      const dupKey = `${ind.number}|${asOf}`;
      const first = seen.get(dupKey);
      if (first !== undefined) err('indicator', `与第 ${first} 行重复：同一指标同一截至日期只能填一行（duplicate row）`);
      else seen.set(dupKey, rowNo);
    }
    if (errors.length > before || !ind || !parsed || !asOf || !dept || !period) continue;

    note('indicator', String(ind.number));
    note('period', period.label);
    note('asOf', asOf);
    note('value', String(parsed.value));
    note('department', dept.name);
    const file = `${period.key}-${dept.id}.json`;
    const group = groups.get(file) ?? {
      file,
      report: {
        period: period.label,
        department: dept.id,
        sample: false,
        importedFrom: ctx.source,
        imported: ctx.today,
        rows: [] as ProgressRow[],
        revisions: [],
      },
    };
    // 备注 is prose and kept as written: NFKC would turn its ， into ,.
    group.report.rows.push({ indicator: ind.number, asOf, value: parsed.value, unit: ind.unit, note: cellText(cell('note')) });
    groups.set(file, group);
  }
  if (errors.length === 0 && filled === 0) {
    errors.push({ row: null, column: null, value: null, expected: '文件中没有填写任何数据行（no data rows）' });
  }
  return {
    reports: errors.length === 0 ? [...groups.values()] : [],
    errors,
    notes,
    ignoredColumns: located.ignoredColumns,
    sheet: located.sheet,
    headerRow: located.index + 1,
  };
}

function isSheets(input: Sheet[] | Cell[][]): input is Sheet[] {
  const first = input[0];
  return first !== undefined && !Array.isArray(first);
}
