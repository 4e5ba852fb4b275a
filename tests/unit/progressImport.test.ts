/** Importing bureau spreadsheets: every bad row named with its column, value and what is expected. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatImportError, parseReports, periodKey, readTable, type ImportError } from '../../scripts/lib/progressImport.ts';
import { readContent } from '../../scripts/lib/readContent.ts';
import { copyContent } from '../helpers/contentCopy.ts';

const fixtures = 'tests/fixtures/progress';
const { content } = readContent('content');
const ctx = {
  indicators: content.indicators.map((i) => i.data),
  departments: content.departments.map((d) => d.data),
  today: '2026-01-15',
  source: 'fixture',
};

async function importErrors(file: string): Promise<ImportError[]> {
  const table = await readTable(join(fixtures, file));
  if ('error' in table) return [table.error];
  return parseReports(table.rows, ctx).errors;
}

describe('bad rows, one message each', () => {
  it.each([
    [2, '指标编号', '23', '不是附件2中的指标：应为 1–22 的整数'],
    [3, '截至日期', '2023-12-31', '截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    [4, '截至日期', '2026-02-01', '截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    [5, '数值', '-3', '指标8是数量，不能为负数'],
    [6, '数值', '101', '指标2是比率，应在 0–100（%）之间'],
    [7, '数值', '1500台', '单位“台”与指标7“新增和改造充电桩（含自用桩）”的单位“个”不一致'],
    [9, '指标编号', '14', '与第 8 行重复'],
    [10, '截至日期', '2025/12/31', '应为有效日期 YYYY-MM-DD'],
    [11, '数值', '很多', '应为数字'],
    [12, '填报单位', '区交通局', '不是 content/departments.json 中的部门名称'],
    [13, '报告期', '2025年Q4', '报告期格式不支持'],
  ])('row %i, column %s, value %s', async (row, column, value, expected) => {
    const errors = await importErrors('bad-rows.csv');
    const hit = errors.find((e) => e.row === row && e.column === column);
    expect(hit, JSON.stringify(errors.filter((e) => e.row === row))).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(hit!.expected).toContain(expected);
    expect(formatImportError(hit!)).toBe(`第 ${row} 行，“${column}”列：值为 “${value}”，${hit!.expected}`);
  });

  it('reports no problem for the one good row (row 8) and nothing else', async () => {
    const errors = await importErrors('bad-rows.csv');
    expect(errors.map((e) => e.row).sort((a, b) => a! - b!)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13]);
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
    ['corrupt.xlsx', '无法读取 Excel 文件'],
    ['gbk.csv', 'CSV 文件不是 UTF-8 编码'],
    ['missing-column.csv', '缺少“截至日期”列'],
    ['empty.csv', '没有填写任何数据行'],
    ['no-such-file.csv', '无法读取文件'],
    ['../source-document.txt', '只支持 .csv（UTF-8）或 .xlsx 文件'],
  ])('%s', async (file, expected) => {
    const errors = await importErrors(file);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.expected).toContain(expected);
  });
});

describe('good files', () => {
  it('reads a CSV with BOM, thousands separators and the indicator’s own unit, grouped by period and bureau', async () => {
    const table = await readTable(join(fixtures, 'good.csv'));
    if ('error' in table) throw new Error(table.error.expected);
    const { reports, errors } = parseReports(table.rows, ctx);
    expect(errors).toEqual([]);
    expect(reports.map((r) => r.file).sort()).toEqual(['2024-q4-commerce.json', '2025-q4-development-reform.json', '2025-q4-science-technology-economy.json']);
    const commerce = reports.find((r) => r.file === '2024-q4-commerce.json')!.report;
    expect(commerce.rows).toEqual([{ indicator: 14, asOf: '2024-12-31', value: 1000, unit: '辆', note: '' }]);
    expect(reports.find((r) => r.file.includes('science'))!.report.rows[0]).toMatchObject({ indicator: 2, value: 86, unit: '%' });
  });

  it('reads an .xlsx with real date cells', async () => {
    const table = await readTable(join(fixtures, 'good.xlsx'));
    if ('error' in table) throw new Error(table.error.expected);
    const { reports, errors } = parseReports(table.rows, ctx);
    expect(errors).toEqual([]);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.report.rows).toEqual([
      { indicator: 13, asOf: '2025-06-30', value: 24, unit: '个', note: '' },
      { indicator: 12, asOf: '2025-06-30', value: 4, unit: '台', note: 'CT 2台、DR 2台' },
    ]);
  });

  it.each([
    ['2025年第四季度', '2025-q4'],
    ['2025年四季度', '2025-q4'],
    ['2025年上半年', '2025-h1'],
    ['2025年', '2025'],
    ['2025年全年', '2025'],
    ['2025年3月', '2025-m03'],
    ['2025年1-9月', '2025-m09'],
    ['2025年Q4', null],
    ['第四季度', null],
  ])('period %s → %s', (label, key) => expect(periodKey(label)).toBe(key));
});
