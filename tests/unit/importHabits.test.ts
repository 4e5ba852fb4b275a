/**
 * The bureaus' habits, one held-out spreadsheet each (written by LibreOffice from
 * tests/fixtures/progress/habits/make.py, never by our code), imported with the real command as a
 * clerk would: files that used to publish wrong figures with a ✓ are refused with the row and
 * what to do; files that carry no wrong figure are read, and every row left out is named.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import type { ProgressReport } from '../../src/schemas/progress.ts';

const habits = 'tests/fixtures/progress/habits';
const TODAY = '2026-01-15';
const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

/** A fresh copy of content/ with no reports, and the import command run on it. */
function clerk() {
  const copy = copyContent({ reports: false, asOf: TODAY });
  copies.push(copy);
  const run = (...files: string[]) => {
    const r = spawnSync('node', ['scripts/importProgress.ts', ...files.map((f) => (f.startsWith('--') ? f : join(habits, f)))], {
      env: { ...process.env, CONTENT_DIR: copy.dir, BUILD_DATE: TODAY },
      encoding: 'utf8',
    });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const reports = () =>
    readdirSync(join(copy.dir, 'progress'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(copy.dir, 'progress', f), 'utf8')) as ProgressReport) }));
  const figures = () => reports().flatMap((r) => r.rows.map((row) => [r.file, row.indicator, row.asOf, row.value]));
  return { run, reports, figures };
}

describe('files that used to publish wrong figures are refused', { timeout: 60_000 }, () => {
  it('a 序号 row counter beside the official 指标名称', () => {
    const c = clerk();
    const r = c.run('row-counter.xlsx');
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      '第 3 行，“序号”列：值为 “1”，序号与指标名称不一致：序号 1 是指标1“重点领域设备投资增长率”，而“更新和加装电梯”是指标8“更新和加装电梯”',
    );
    expect(r.out).toContain('“序号”列可能是表格的行号，不是附件2的指标序号');
    expect(c.figures()).toEqual([]);
  });

  it('a cumulative count that falls, until the row says it is a correction', () => {
    const c = clerk();
    expect(c.run('elevators-h1.xlsx').status).toBe(0);
    const falls = c.run('elevators-q3-falls.xlsx');
    expect(falls.status).toBe(1);
    expect(falls.out).toContain(
      '文件 elevators-q3-falls.xlsx 工作表“Sheet1” 第 2 行，“数值”列：值为 “40”，指标8“更新和加装电梯”是自2024年1月1日起的累计数，不应少于此前已报送的 46台（截至 2025-06-30）',
    );
    expect(c.figures()).toEqual([['2025-h1-housing-construction.json', 8, '2025-06-30', 46]]);
    const explained = c.run('elevators-q3-correction.xlsx');
    expect(explained.status, explained.out).toBe(0);
    const q3 = c.reports().find((x) => x.file === '2025-q3-housing-construction.json')!;
    expect(q3.rows[0]).toMatchObject({ value: 40, explanation: '上半年数含6台未验收，按验收口径更正' });
  });

  it('a figure more than ten times its target', () => {
    const c = clerk();
    const r = c.run('ten-times.xlsx');
    expect(r.status).toBe(1);
    expect(r.out).toContain('指标21“新增主题公园”的区级目标是 1家，本数是它的 12 倍');
    expect(c.figures()).toEqual([]);
  });

  it('two files of one bureau and period that disagree on one figure, naming both', () => {
    const c = clerk();
    const r = c.run('housing-2025-elevators.xlsx', 'housing-2025-elevators-other.xlsx');
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      '文件 housing-2025-elevators-other.xlsx 工作表“Sheet1” 第 2 行，“数值”列：值为 “66”，指标8截至 2025-12-31 的数值在 housing-2025-elevators.xlsx 工作表“Sheet1” 第 2 行 也有，为 64（区住建局），本行为 66（区住建局）',
    );
    expect(c.figures()).toEqual([]);
  });
});

describe('files that carry no wrong figure are read, and nothing is lost', { timeout: 60_000 }, () => {
  it('the site’s template filled down by one bureau: its own figure only, the 21 other rows listed', () => {
    const c = clerk();
    const r = c.run('filled-down.xlsx');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('未导入的行（21 行）');
    expect(r.out).toContain('第 9 行：指标8“更新和加装电梯”由区住建局报送，不是本行的区城管局；数值为“0”，视为未填');
    expect(r.out).toContain('第 4 行：指标3“关键工序数控化率”由区科技经信局报送，不是本行的区城管局；数值为“/”，视为未填');
    expect(r.out).not.toContain('数值不能为空');
    expect(c.figures()).toEqual([['2025-urban-management.json', 10, '2025-12-31', 64]]);
  });

  it('two files of one bureau and period with different figures are merged; a later 补报 keeps what it does not mention', () => {
    const c = clerk();
    expect(c.run('housing-2025-elevators.xlsx', 'housing-2025-water.xlsx').status).toBe(0);
    const r = c.run('housing-2025-supplement.xlsx');
    expect(r.status, r.out).toBe(0);
    expect(c.figures()).toEqual([
      ['2025-housing-construction.json', 8, '2025-12-31', 64],
      ['2025-housing-construction.json', 9, '2025-12-31', 32],
    ]);
    const [report] = c.reports();
    expect(report!.revisions.map((v) => [v.indicator, v.previous, v.value, v.previousNote, v.note, v.reason])).toEqual([
      [9, 30, 32, '', '补报：含二次供水泵房', '漏报2套，补报后更正'],
    ]);
  });

  it('a figure is removed only on request, and restored afterwards says so', () => {
    const c = clerk();
    expect(c.run('elevators-h1.xlsx').status).toBe(0);
    const removed = c.run('elevators-h1-remove.xlsx');
    expect(removed.status, removed.out).toBe(0);
    expect(removed.out).toContain('删去 指标8 截至2025-06-30：46台 → 无（更正说明：与前三季度数重复报送）');
    expect(c.figures()).toEqual([]);
    const restored = c.run('elevators-h1-restore.xlsx');
    expect(restored.out).toContain('恢复 指标8 截至2025-06-30：无 → 34台（更正说明：核实后恢复，按验收口径为34台）');
    expect(c.reports()[0]!.revisions.map((v) => [v.previous, v.value])).toEqual([
      [46, null],
      [null, 34],
    ]);
  });

  it('hidden rows and hidden sheets are not read, and the summary says so', () => {
    const c = clerk();
    const r = c.run('hidden.xlsx');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('未读取的隐藏工作表：“2024年（旧）”');
    expect(r.out).toContain('第 3 行：隐藏行');
    expect(c.figures()).toEqual([
      ['2025-health.json', 12, '2025-12-31', 9],
      ['2025-health.json', 13, '2025-12-31', 42],
    ]);
  });

  it('names in short forms, a period without its year, a two-row header, bureau spellings and Unicode text', () => {
    const c = clerk();
    const r = c.run('names-only.xlsx', 'no-year.xlsx', 'two-row-header.xlsx', 'bureau-spellings.csv', 'unicode-text.txt');
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('第 4 行 指标名称：供水设施（套） → 指标9 更新供水设施');
    expect(r.out).toContain('第 2 行 报告期：三季度 → 2025年前三季度（年份取自截至日期 2025-09-30）');
    expect(r.out).toContain('表头：第 1–2 行');
    expect(r.out).toContain('第 3 行 填报单位：区卫健局（盖章） → 区卫健局');
    expect(r.out).toContain('第 4 行 填报单位：宜昌市伍家岗区商务局 → 区商务局');
    expect(r.out).toContain('编码：UTF-16（Excel“Unicode 文本”）');
    expect(c.figures()).toEqual([
      ['2024-commerce.json', 14, '2024-12-31', 1100],
      ['2024-health.json', 13, '2024-12-31', 20],
      ['2025-civil-affairs.json', 15, '2025-12-31', 160],
      ['2025-commerce.json', 17, '2025-12-31', 6100],
      ['2025-culture-tourism.json', 21, '2025-12-31', 1],
      ['2025-culture-tourism.json', 22, '2025-12-31', 2],
      ['2025-h1-commerce.json', 16, '2025-06-30', 8600],
      ['2025-h1-housing-construction.json', 9, '2025-06-30', 20],
      ['2025-housing-construction.json', 8, '2025-12-31', 46],
      ['2025-housing-construction.json', 9, '2025-12-31', 36],
      ['2025-q3-education.json', 19, '2025-09-30', 300],
      ['2025-q3-education.json', 20, '2025-09-30', 10],
    ]);
  });

  it('every file in a folder is accounted for', () => {
    const c = clerk();
    const r = c.run('--dry-run', '');
    // The folder holds the generator script beside the spreadsheets: named, not silently skipped.
    expect(r.out).toContain('– make.py：未读取，不是表格文件');
    expect(existsSync(habits)).toBe(true);
  });
});
