/**
 * A bureau's spreadsheet → the figures it reports. Finds the table, reads every cell the way
 * staff write it, and decides row by row: which indicator (number and name must agree), which
 * bureau (it must be one that reports the indicator), which figure, period and date. A row with
 * no figure — a template row left blank, `/` or `—`, or 0 typed beside another bureau's indicator —
 * is skipped and listed, never an error; a hidden row is never read. Every reading that changed a
 * cell is returned as a note. Pure: comparing with the reports already published is merge.ts's job.
 */
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import { type ReportKey } from '../progress/reportTemplate.ts';
import { rowProblems } from '../checks/progressCheck.ts';
import type { Cell, Sheet } from './cell.ts';
import { parseDateCell } from './dates.ts';
import { findDepartment } from './departments.ts';
import { locateHeader } from './header.ts';
import type { ImportError } from './importError.ts';
import type { ImportNote } from './importNote.ts';
import { identifyByName, indicatorNames, matchName } from './indicatorNames.ts';
import { parsePeriod, periodContradiction, type Period } from './period.ts';
import { reportersOf, reportersText, type ReportedIndicator } from './responsibility.ts';
import { cellText, normaliseText, quoted } from './text.ts';
import { acceptedUnits, parseValueCell } from './values.ts';

export { formatImportError, type ImportError } from './importError.ts';
export { formatImportNote, type ImportNote } from './importNote.ts';

export interface ImportContext {
  /** The indicators of 附件2; targets and source sentences, when given, widen the units a 数值 may carry. */
  indicators: (Pick<Indicator, 'number' | 'name' | 'unit' | 'measure'> & Partial<Pick<Indicator, 'targets' | 'source'>> & ReportedIndicator)[];
  /** The bureaus of content/departments.json. */
  departments: Department[];
  /** The actions' lead bureaus and the figures their text names (the names the plan's text uses). */
  actions?: { lead: readonly string[]; figures: readonly { text: string; indicators: readonly number[] }[] }[];
  /** Today (YYYY-MM-DD): no 截至日期 may lie after it. */
  today: string;
  /** File name of the spreadsheet, recorded with each figure for staff. */
  source: string;
}

/** Where a row is: the spreadsheet's file, sheet and row number as Excel shows them. */
export interface RowPlace {
  file: string;
  sheet: string;
  row: number;
}

/** One figure a row reports (or, with value null, asks to remove). */
export interface RowFigure {
  at: RowPlace;
  indicator: number;
  /** 截至日期 YYYY-MM-DD. */
  asOf: string;
  /** The figure in the indicator's unit; null when the row asks to remove the figure (数值 “删除”). */
  value: number | null;
  /** 备注 as written (prose: not normalised). */
  note: string;
  department: Department;
  period: Period;
  /** 更正说明 as written; non-empty when the bureau says the row corrects a figure. */
  correction: string;
  /** Headers of the row's columns as the file writes them, for messages about this row later. */
  columns: { value: string; correction: string };
}

/** A row that holds something but no figure to import, and why it was left out. */
export interface SkippedRow {
  row: number;
  /** Why, in Chinese, e.g. 隐藏行 or 指标8的责任单位是区住建局，本行未填数值. */
  reason: string;
}

/** What one import makes of a workbook. */
export interface ParseResult {
  /** Every figure the file reports; empty whenever there is any error. */
  figures: RowFigure[];
  /** Rows left out, in row order: hidden, without a figure, or another bureau's indicator left empty. */
  skipped: SkippedRow[];
  /** Every problem found, in row order; nothing may be written unless this is empty. */
  errors: ImportError[];
  /** Every cell read differently from how it was written (dates, periods, values, bureaus, headers). */
  notes: ImportNote[];
  /** Headers of columns the import did not use, as written (the template's reading aids left out). */
  ignoredColumns: string[];
  /** Hidden sheets, never read. */
  hiddenSheets: string[];
  /** Name of the sheet the table was found on; null when none had a header row. */
  sheet: string | null;
  /** Spreadsheet row number of the header (its lower row in a two-row header); null when none was found. */
  headerRow: number | null;
  /** 2 when the header is two rows (a title row over the column names), else 1. */
  headerRows: 1 | 2;
}

/** Columns whose cells a filled-in row has; the indicator and reading aids alone are the blank template. */
const filledKeys = ['period', 'asOf', 'value', 'department', 'note', 'correction'] as const;

/** 数值 cells that say “no figure”: left blank, or a dash or slash typed into the template. */
const noFigure = /^(?:[/／\\\-—–－_~～·.。]+|无|暂无|空)?$/u;

/** The word that asks for a figure to be removed (with the reason in 更正说明). */
const removeWord = /^删除$/u;

/**
 * Finds the table in the workbook and reads every row below it; any error means no figures at
 * all. A bare rows array (one CSV sheet) is still accepted and named after the file.
 */
export function parseReports(input: Sheet[] | Cell[][], ctx: ImportContext): ParseResult {
  const sheets: Sheet[] = isSheets(input) ? input : [{ name: ctx.source, rows: input }];
  const empty = { figures: [], skipped: [], notes: [], ignoredColumns: [], hiddenSheets: sheets.filter((s) => s.hidden).map((s) => s.name) };
  const located = locateHeader(sheets);
  if ('error' in located) return { ...empty, errors: [located.error], sheet: null, headerRow: null, headerRows: 1 };
  const { columns, headers, groups } = located;
  const sheet = sheets.find((s) => s.name === located.sheet)!;
  // The sheet is named in messages only when the workbook has several a clerk could be looking at.
  const sheetLabel = sheets.filter((s) => !s.hidden).length > 1 ? sheet.name : undefined;
  const hidden = new Set(sheet.hiddenRows ?? []);

  const errors: ImportError[] = [];
  const notes: ImportNote[] = [...located.notes];
  const skipped: SkippedRow[] = [];
  const figures: RowFigure[] = [];
  const indicators = new Map(ctx.indicators.map((i) => [i.number, i]));
  const unitsOf = new Map(ctx.indicators.map((i) => [i.number, acceptedUnits(i)]));
  const names = indicatorNames(
    ctx.indicators,
    (ctx.actions ?? []).flatMap((a) => a.figures),
  );
  const actionLeads = [...new Set((ctx.actions ?? []).flatMap((a) => a.lead))];
  const deptName = (id: string) => ctx.departments.find((d) => d.id === id)?.name ?? id;
  const lookUpDepartment = findDepartment(ctx.departments);
  const seen = new Map<string, number>();
  const numberIsCounter = headers.indicator !== undefined && normaliseText(headers.indicator) === '序号';
  // A period in the title over the 数值 column (“2025年” over 目标 | 完成) when the table has no 报告期 column.
  const titlePeriod = columns.period === -1 ? (groups.value ?? '') : '';
  if (titlePeriod) {
    notes.push({
      row: located.index,
      column: `“${headers.value}”列上方的标题`,
      from: titlePeriod,
      to: `报告期 ${parsePeriod(titlePeriod)?.label ?? titlePeriod}`,
    });
  }
  let filled = 0;

  for (let r = located.index + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    const rowNo = r + 1;
    const cell = (k: ReportKey): Cell => (columns[k] === -1 ? null : (cells[columns[k]] ?? null));
    const text = (k: ReportKey) => cellText(cell(k));
    const rowHasText = cells.some((c) => cellText(c) !== '');
    if (hidden.has(rowNo)) {
      if (rowHasText) skipped.push({ row: rowNo, reason: '隐藏行（被隐藏或筛选掉的行不导入；如需导入请取消隐藏）' });
      continue;
    }
    // Template rows nobody filled in (only the indicator and its reading aids) are skipped, as are blank rows.
    if (filledKeys.every((k) => text(k) === '')) continue;
    filled++;
    const err = (key: ReportKey, expected: string) => errors.push({ sheet: sheetLabel, row: rowNo, column: headers[key], value: text(key), expected });
    const note = (key: ReportKey, to: string) => {
      const from = text(key);
      if (from !== to) notes.push({ row: rowNo, column: headers[key], from, to });
    };
    const before = errors.length;

    // Which indicator: the number and the name must agree; a name alone must name one. The problem,
    // if any, is reported only for a row that has a figure (a row without one is simply skipped).
    const numText = normaliseText(text('indicator'));
    const nameText = text('name');
    const byNumber = /^\d+$/.test(numText) ? indicators.get(Number(numText)) : undefined;
    const nameMatch = nameText ? matchName(nameText, names) : null;
    const describe = (n: number) => `指标${n}${quoted(indicators.get(n)!.name)}`;
    let ind = byNumber;
    let indicatorProblem: { key: ReportKey; expected: string } | null = null;
    if (numText !== '' && !byNumber) {
      indicatorProblem = { key: 'indicator', expected: `不是附件2中的指标：应为 1–${indicators.size} 的整数（unknown indicator）` };
    } else if (byNumber && nameMatch && !nameMatch.fits.includes(byNumber.number)) {
      const named =
        nameMatch.fits.length > 0 ? `${quoted(nameText)}是${nameMatch.fits.map(describe).join('或')}` : `${quoted(nameText)}不是附件2中任何指标的名称`;
      const counter = numberIsCounter
        ? `；“${headers.indicator}”列可能是表格的行号，不是附件2的指标序号：请删去该列（按指标名称识别），或改填附件2的指标序号`
        : '';
      indicatorProblem = {
        key: 'indicator',
        expected: `${headers.indicator}与${headers.name}不一致：${headers.indicator} ${byNumber.number} 是${describe(byNumber.number)}，而${named}${counter}（indicator number and name disagree）`,
      };
      ind = undefined;
    } else if (!byNumber && nameMatch) {
      const id = nameMatch.form.length >= 4 || nameMatch.official !== null ? identifyByName(nameMatch) : null;
      ind = id === null ? undefined : indicators.get(id);
      if (!ind) {
        const which =
          nameMatch.fits.length > 1
            ? `可能是${nameMatch.fits.map(describe).join('、')}`
            : nameMatch.fits.length === 1
              ? `名称太短，可能是${describe(nameMatch.fits[0]!)}`
              : '不是附件2中任何指标的名称';
        indicatorProblem = { key: 'name', expected: `无法确定是哪项指标：${which}；请填写指标编号，或写出附件2中的指标名称（ambiguous indicator name）` };
      }
    } else if (!byNumber && !nameMatch) {
      const what = columns.name === -1 ? '指标编号为空：请填写附件2中的指标序号' : '指标编号和指标名称都为空：请填写附件2中的指标序号或指标名称';
      indicatorProblem = { key: 'indicator', expected: `${what}（indicator missing）` };
    }

    const deptText = text('department');
    const deptMatch = deptText === '' ? null : lookUpDepartment(deptText);
    const dept = deptMatch?.department ?? null;

    // A row with no figure is left out, whoever it belongs to; nothing of it is written.
    const valueText = normaliseText(text('value'));
    const removal = removeWord.test(valueText);
    const parsed = removal ? null : parseValueCell(cell('value'));
    const reporters = ind ? reportersOf(ind, actionLeads, ctx.today) : null;
    const othersIndicator = ind !== undefined && dept !== null && !reporters!.has(dept.id);
    if (noFigure.test(valueText) || (othersIndicator && parsed?.value === 0)) {
      const whose = othersIndicator
        ? `${describe(ind!.number)}由${reportersText(ind!, deptName, ctx.today)}报送，不是本行的${dept.name}；`
        : ind
          ? `${describe(ind.number)}：`
          : '';
      skipped.push({ row: rowNo, reason: `${whose}${valueText === '' ? '未填数值' : `数值为“${text('value')}”，视为未填`}` });
      continue;
    }

    if (indicatorProblem) err(indicatorProblem.key, indicatorProblem.expected);
    if (deptText === '') err('department', '填报单位不能为空，应如 “区商务局”（department missing）');
    else if (!dept) {
      const near = deptMatch && 'suggestions' in deptMatch ? deptMatch.suggestions : [];
      err(
        'department',
        near.length > 0
          ? `不是 content/departments.json 中的部门名称：是否为 ${near.map((d) => `“${d.name}”`).join('、')}？（unknown department）`
          : '不是 content/departments.json 中的部门名称，也没有相近的部门：请写部门简称（如“区商务局”）或全称；确为新部门时请先在 content/departments.json 中添加（unknown department）',
      );
    }
    if (othersIndicator) {
      err(
        'department',
        `${describe(ind!.number)}由${reportersText(ind!, deptName, ctx.today)}报送，${dept.name}不能报送该指标：` +
          `请确认指标是否填错；如区里已调整报送单位，请在该指标文件的 reporters（填报单位调整）中写明部门、起始日期和依据（not responsible for indicator）`,
      );
    }

    const asOf = parseDateCell(cell('asOf'));
    if (!asOf) {
      err(
        'asOf',
        text('asOf') === '' ? '截至日期不能为空，应如 2025-12-31（asOf missing）' : '应为有效日期，如 2025-12-31、2025/12/31 或 2025年12月31日（invalid date）',
      );
    }

    const periodText = text('period') || titlePeriod;
    const period = parsePeriod(periodText, asOf ? Number(asOf.slice(0, 4)) : undefined);
    if (!periodText) err('period', '报告期不能为空，应如 “2025年第四季度”（period missing）');
    else if (!period) {
      const yearless = !/^\s*\d{4}/u.test(normaliseText(periodText)) && parsePeriod(periodText, 2000) !== null;
      err(
        'period',
        yearless
          ? '报告期没有写年份，截至日期也无法识别，无法确定年份：请写成 “2025年第三季度”（period without year）'
          : '报告期格式不支持：应如 “2025年第四季度”“2025年上半年”“2025年1-9月”“2025年”“2025年3月”（unknown period）',
      );
    }

    if (!removal && !parsed) {
      err(
        'value',
        '应为数字，如 1050、1,050、1.2万 或 84.5（千分位逗号须每三位一组）；没有数可不填；要删去已报送的数值请写“删除”并填写更正说明（not a number）',
      );
    }
    const correction = text('correction');
    if (removal && correction === '') {
      err('correction', `数值写“删除”时，须在“${headers.correction}”列写明删去的原因（reason required for removal）`);
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
    if (errors.length > before || !ind || (!parsed && !removal) || !asOf || !dept || !period) continue;

    if (columns.indicator !== -1) note('indicator', String(ind.number));
    if (nameMatch && nameMatch.official === null) notes.push({ row: rowNo, column: headers.name, from: nameText, to: `指标${ind.number} ${ind.name}` });
    if (text('period')) {
      const yearFromAsOf = !/^\d{4}/u.test(normaliseText(text('period')));
      note('period', yearFromAsOf ? `${period.label}（年份取自截至日期 ${asOf}）` : period.label);
    }
    note('asOf', asOf);
    if (parsed) note('value', String(parsed.value));
    note('department', dept.name);
    figures.push({
      at: { file: ctx.source, sheet: sheet.name, row: rowNo },
      indicator: ind.number,
      asOf,
      value: parsed ? parsed.value : null,
      // 备注 is prose and kept as written: NFKC would turn its ， into ,.
      note: text('note'),
      department: dept,
      period,
      correction,
      columns: { value: headers.value, correction: headers.correction },
    });
  }
  if (errors.length === 0 && filled === 0) {
    errors.push({ row: null, column: null, value: null, expected: '文件中没有填写任何数据行（no data rows）' });
  } else if (errors.length === 0 && figures.length === 0) {
    errors.push({
      row: null,
      column: null,
      value: null,
      expected: `文件中没有可导入的数值：${skipped.length} 行均未填数值或属于其他单位的指标，见下方“未导入的行”（no figures）`,
    });
  }
  return {
    figures: errors.length === 0 ? figures : [],
    skipped,
    errors,
    notes,
    ignoredColumns: located.ignoredColumns,
    hiddenSheets: located.hiddenSheets,
    sheet: located.sheet,
    headerRow: located.index + 1,
    headerRows: located.rowsUsed,
  };
}

function isSheets(input: Sheet[] | Cell[][]): input is Sheet[] {
  const first = input[0];
  return first !== undefined && !Array.isArray(first);
}
