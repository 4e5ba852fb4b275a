/** Importing bureau spreadsheets: every bad row named with its column, value and what is expected. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/import/cell.ts';
import { formatImportError, formatImportNote, parseReports, type ImportError, type RowFigure } from '../../src/import/progressRows.ts';
import { reportFile } from '../../src/import/merge.ts';
import { readWorkbook } from '../../src/import/files/readWorkbook.ts';
import { readContent } from '../../src/checks/readContent.ts';

const fixtures = 'tests/fixtures/progress';
const { content } = readContent('content');
const ctx = {
  indicators: content.indicators.map((i) => i.data),
  departments: content.departments.map((d) => d.data),
  actions: content.actions.map((a) => a.data),
  today: '2026-01-15',
  source: 'fixture',
};

/** A figure as [report file, 报告期, indicator, 截至日期, value, 备注] for comparing. */
const brief = (f: RowFigure) => [reportFile(f), f.period.label, f.indicator, f.asOf, f.value, f.note];

async function importErrors(file: string): Promise<ImportError[]> {
  const read = await readWorkbook(join(fixtures, file));
  if ('error' in read) return [read.error];
  return parseReports(read.workbook.sheets, ctx).errors;
}

describe('bad rows, one message each', () => {
  it.each([
    [2, '指标编号', '23', '不是附件2中的指标：应为 1–22 的整数'],
    [3, '截至日期', '2023-12-31', '截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    [4, '截至日期', '2026-02-01', '截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    [5, '数值', '-3', '指标8是数量，不能为负数'],
    [6, '数值', '101', '指标2是比率，应在 0–100（%）之间'],
    [7, '数值', '1500台', '单位“台”与指标7“新增和改造充电桩（含自用桩）”的单位“个”不一致（unit mismatch）：可不写单位，或写“个”'],
    [9, '指标编号', '14', '与第 8 行重复'],
    [11, '数值', '很多', '应为数字'],
    [12, '填报单位', '区交通局', '不是 content/departments.json 中的部门名称'],
    [14, '报告期', '2025年上半年', '报告期“2025年上半年”与截至日期 2025-09-30 矛盾：上半年应截至 2025-06-30 或之前（period contradicts asOf）'],
    [15, '截至日期', '2025/13/01', '应为有效日期'],
    [16, '报告期', '2025年第五季度', '报告期格式不支持'],
    [17, '数值', '1,5', '千分位逗号须每三位一组'],
    [18, '数值', '86台', '单位“台”与指标3“关键工序数控化率”的单位“%”不一致'],
    [19, '报告期', '2025年', '报告期“2025年”与截至日期 2026-01-05 矛盾：2025年应截至 2025-12-31 或之前'],
  ])('row %i, column %s, value %s', async (row, column, value, expected) => {
    const errors = await importErrors('bad-rows.csv');
    const hit = errors.find((e) => e.row === row && e.column === column);
    expect(hit, JSON.stringify(errors.filter((e) => e.row === row))).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(hit!.expected).toContain(expected);
    expect(formatImportError(hit!)).toBe(`第 ${row} 行，“${column}”列：值为 “${value}”，${hit!.expected}`);
  });

  it('accepts the rows staff write differently (2025/12/31, 2025年Q4, 60张, 伍家岗区教育局) and reports nothing else', async () => {
    // Rows 10 and 13 were refused before dates and periods were normalised; 20 and 21 are new good rows.
    const errors = await importErrors('bad-rows.csv');
    expect([...new Set(errors.map((e) => e.row))].sort((a, b) => a! - b!)).toEqual([2, 3, 4, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18, 19]);
  });

  it('checks .xlsx rows the same way', async () => {
    const errors = await importErrors('bad-rows.xlsx');
    expect(errors.map(formatImportError)).toEqual([
      '第 2 行，“数值”列：值为 “-1”，指标13是数量，不能为负数',
      '第 3 行，“指标编号”列：值为 “40”，不是附件2中的指标：应为 1–22 的整数（unknown indicator）',
    ]);
  });
});

describe('unreadable files', () => {
  it.each([
    ['corrupt.xlsx', '文件已损坏或不是 .xlsx 格式'],
    ['missing-column.csv', '缺少“截至日期”列'],
    ['empty.csv', '没有填写任何数据行'],
    ['no-such-file.csv', '找不到文件或无法读取'],
    ['../trade-in-policies.md', '只能导入 Excel 工作簿（.xlsx）、CSV（.csv）或 Excel“Unicode 文本”（.txt）文件'],
    ['../source-document.txt', '找不到表头行'],
    ['real/old.xls', '“文件类型”选“Excel 工作簿（*.xlsx）”后重新导入（.xls not supported）'],
  ])('%s', async (file, expected) => {
    const errors = await importErrors(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.expected).toContain(expected);
  });
});

describe('good files', () => {
  it('reads a CSV with BOM, thousands separators and the indicator’s own unit, grouped by canonical period and bureau', async () => {
    const read = await readWorkbook(join(fixtures, 'good.csv'));
    if ('error' in read) throw new Error(read.error.expected);
    const { figures, errors, notes, sheet, headerRow, ignoredColumns } = parseReports(read.workbook.sheets, ctx);
    expect(errors).toEqual([]);
    expect([sheet, headerRow, ignoredColumns]).toEqual(['Sheet1', 1, []]);
    expect(figures.map(brief)).toEqual([
      ['2025-development-reform.json', '2025年全年', 7, '2025-12-31', 1500, '含自用桩'],
      ['2024-commerce.json', '2024年全年', 14, '2024-12-31', 1000, ''],
      ['2025-science-technology-economy.json', '2025年全年', 2, '2025-12-31', 86, ''],
    ]);
    expect(figures.map((f) => f.at)).toEqual([2, 3, 4].map((row) => ({ file: 'fixture', sheet: 'Sheet1', row })));
    expect(notes.map(formatImportNote)).toEqual([
      '第 2 行 报告期：2025年第四季度 → 2025年全年',
      '第 3 行 报告期：2024年第四季度 → 2024年全年',
      '第 3 行 数值：1,000 → 1000',
      '第 4 行 报告期：2025年第四季度 → 2025年全年',
      '第 4 行 数值：86% → 86',
    ]);
  });

  it('reads an .xlsx with real date cells', async () => {
    const read = await readWorkbook(join(fixtures, 'good.xlsx'));
    if ('error' in read) throw new Error(read.error.expected);
    const { figures, errors } = parseReports(read.workbook.sheets, ctx);
    expect(errors).toEqual([]);
    expect(figures.map(brief)).toEqual([
      ['2025-h1-health.json', '2025年上半年', 13, '2025-06-30', 24, ''],
      ['2025-h1-health.json', '2025年上半年', 12, '2025-06-30', 4, 'CT 2台、DR 2台'],
    ]);
  });
});

describe('a workbook as bureaus send it', () => {
  const sheets: { name: string; rows: Cell[][] }[] = [
    { name: '填报说明', rows: [['填报说明'], ['1. 每个指标填一行'], ['2. 日期填到日']] },
    {
      name: '进度表',
      rows: [
        ['伍家岗区“两新”工作进展情况统计表'],
        ['填报单位（盖章）：', null, null, '填报时间：2026年1月5日'],
        [],
        ['序号', '指标名称', '报告期', '截止日期', '完成值（台）', '报送单位', '联系人', '说明'],
        [8, '更新和加装电梯', '２０２５年度', '2025年12月31日', '1，500', '伍家岗区住房和城乡建设局', '张三', '含加装 1,200 台'],
        [9, '更新供水设施', '2025年1—12月', 46022, 36, '区住建局', '张三', null],
        [10, '更新环卫设备', '2025年', new Date(Date.UTC(2025, 11, 31)), '100台套', '区城管局', '李四', null],
        [],
        [11, '新能源公交车占比', '2025年第三季度', '2025/8/15', '78.5%', '伍家岗区农业农村局', null, null],
        [12, '每年更新CT、核磁共振等设备量', '2025年上半年', '2025.06.30', '3台套', '区卫健局', null, null],
        [13, '改造病床', null, null, null, null, null, null],
      ],
    },
  ];

  it('finds the header under the title rows of the second sheet and keeps spreadsheet row numbers', () => {
    const r = parseReports(sheets, ctx);
    expect(r.errors).toEqual([]);
    expect([r.sheet, r.headerRow, r.ignoredColumns]).toEqual(['进度表', 4, ['联系人']]);
    expect(r.figures.map(brief)).toEqual([
      ['2025-housing-construction.json', '2025年全年', 8, '2025-12-31', 1500, '含加装 1,200 台'],
      ['2025-housing-construction.json', '2025年全年', 9, '2025-12-31', 36, ''],
      ['2025-urban-management.json', '2025年全年', 10, '2025-12-31', 100, ''],
      ['2025-q3-agriculture-rural.json', '2025年前三季度', 11, '2025-08-15', 78.5, ''],
      ['2025-h1-health.json', '2025年上半年', 12, '2025-06-30', 3, ''],
    ]);
  });

  it('notes every cell it read differently, with the row and the column as the file writes them', () => {
    expect(parseReports(sheets, ctx).notes.map(formatImportNote)).toEqual([
      '第 4 行 序号：序号 → 指标编号',
      '第 4 行 截止日期：截止日期 → 截至日期',
      '第 4 行 完成值（台）：完成值（台） → 数值',
      '第 4 行 报送单位：报送单位 → 填报单位',
      '第 4 行 说明：说明 → 备注',
      '第 5 行 报告期：２０２５年度 → 2025年全年',
      '第 5 行 截止日期：2025年12月31日 → 2025-12-31',
      '第 5 行 完成值（台）：1，500 → 1500',
      '第 5 行 报送单位：伍家岗区住房和城乡建设局 → 区住建局',
      '第 6 行 报告期：2025年1—12月 → 2025年全年',
      '第 6 行 截止日期：46022 → 2025-12-31',
      '第 7 行 报告期：2025年 → 2025年全年',
      '第 7 行 完成值（台）：100台套 → 100',
      '第 9 行 报告期：2025年第三季度 → 2025年前三季度',
      '第 9 行 截止日期：2025/8/15 → 2025-08-15',
      '第 9 行 完成值（台）：78.5% → 78.5',
      '第 9 行 报送单位：伍家岗区农业农村局 → 区农业农村局',
      '第 10 行 截止日期：2025.06.30 → 2025-06-30',
      '第 10 行 完成值（台）：3台套 → 3',
    ]);
  });

  it('names errors by the spreadsheet’s own row numbers, below the title rows', () => {
    const bad = structuredClone(sheets);
    bad[1]!.rows[4]![3] = '2025-06-31';
    bad[1]!.rows[8]![2] = '2025年上半年';
    const errors = parseReports(bad, ctx).errors.map(formatImportError);
    expect(errors).toEqual([
      '工作表“进度表” 第 5 行，“截止日期”列：值为 “2025-06-31”，应为有效日期，如 2025-12-31、2025/12/31 或 2025年12月31日（invalid date）',
      '工作表“进度表” 第 9 行，“报告期”列：值为 “2025年上半年”，报告期“2025年上半年”与截至日期 2025-08-15 矛盾：上半年应截至 2025-06-30 或之前（period contradicts asOf）',
    ]);
  });

  it('refuses a workbook with no header row, naming every sheet it looked at', () => {
    const r = parseReports([sheets[0]!, { name: 'Sheet2', rows: [['指标', '数']] }], ctx);
    expect(r.figures).toEqual([]);
    expect([r.sheet, r.headerRow]).toEqual([null, null]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.expected).toContain('在工作表 “填报说明”、“Sheet2” 的前 20 行中找不到表头行');
  });

  it('refuses a workbook with no data rows', () => {
    const r = parseReports([{ name: 'S', rows: [['标题'], sheets[1]!.rows[3]!, sheets[1]!.rows[10]!] }], ctx);
    expect(r.errors.map((e) => e.expected)).toEqual(['文件中没有填写任何数据行（no data rows）']);
  });
});
