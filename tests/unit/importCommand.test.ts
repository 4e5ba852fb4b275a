/**
 * `npm run import:progress` as staff run it: files and folders together, all or nothing, a
 * summary per file, `--dry-run` that writes nothing, and a re-import that merges into its own
 * bureau's period without deleting what it does not mention. Each case runs the real command on a
 * copy of content/ with no reports. The bureaus' habits, file by file, are in importHabits.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import type { ProgressReport } from '../../src/schemas/progress.ts';

const fixtures = 'tests/fixtures/progress';
const header = '指标编号,报告期,截至日期,数值,填报单位,备注,更正说明\n';
const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));

let copy: ContentCopy;
beforeEach(() => {
  copy = copyContent({ reports: false, asOf: '2026-01-15' });
  copies.push(copy);
});

const run = (...args: string[]) =>
  spawnSync('node', ['scripts/importProgress.ts', ...args], { env: { ...process.env, CONTENT_DIR: copy.dir, BUILD_DATE: '2026-01-15' }, encoding: 'utf8' });
const listing = () =>
  readdirSync(join(copy.dir, 'progress'))
    .filter((f) => f.endsWith('.json'))
    .sort();
const write = (name: string, text: string) => {
  const path = join(copy.dir, name);
  writeFileSync(path, text);
  return path;
};

describe('the import command', { timeout: 60_000 }, () => {
  it('writes nothing when any row is bad', () => {
    const result = run(join(fixtures, 'bad-rows.csv'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('第 5 行，“数值”列：值为 “-3”，指标8是数量，不能为负数');
    expect(result.stderr).toContain('未写入任何文件');
    expect(listing()).toEqual([]);
  });

  it('writes one report per period and bureau; a corrected re-import changes only its figure, with its reason', () => {
    expect(run(join(fixtures, 'good.csv')).status).toBe(0);
    const first = listing();
    expect(first).toHaveLength(3);
    const untouched = first.filter((f) => !f.includes('development-reform'));
    const before = untouched.map((f) => readFileSync(join(copy.dir, 'progress', f), 'utf8'));
    const result = run(write('again.csv', `${header}7,2025年第四季度,2025-12-31,1600,区发改局,含自用桩,漏计100个\n`));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('更正 指标7 截至2025-12-31：1500个 → 1600个（更正说明：漏计100个）');
    expect(result.stdout).toContain('已更新');
    expect(listing()).toEqual(first);
    const replaced = first.find((f) => f.includes('development-reform'))!;
    const report = JSON.parse(readFileSync(join(copy.dir, 'progress', replaced), 'utf8')) as ProgressReport;
    // 第四季度 reports are cumulative to 31 December: one canonical period, 全年.
    expect(report.period).toBe('2025年全年');
    expect(report.rows).toEqual([
      {
        indicator: 7,
        asOf: '2025-12-31',
        value: 1600,
        unit: '个',
        note: '含自用桩',
        reported: '2026-01-15',
        source: 'again.csv 工作表“Sheet1” 第 2 行',
        explanation: '',
      },
    ]);
    expect(report.revisions.map((v) => [v.previous, v.value, v.reason, v.previousFrom, v.importedFrom])).toEqual([
      [1500, 1600, '漏计100个', 'good.csv 工作表“Sheet1” 第 2 行', 'again.csv 工作表“Sheet1” 第 2 行'],
    ]);
    expect(untouched.map((f) => readFileSync(join(copy.dir, 'progress', f), 'utf8'))).toEqual(before);
  });

  it('refuses to change a published figure without a 更正说明, so an old file never undoes a correction', () => {
    expect(run(join(fixtures, 'good.csv')).status).toBe(0);
    const before = listing().map((f) => readFileSync(join(copy.dir, 'progress', f), 'utf8'));
    const result = run(write('old.csv', `${header}7,2025年第四季度,2025-12-31,1400,区发改局,含自用桩,\n`));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '文件 old.csv 工作表“Sheet1” 第 2 行，“数值”列：值为 “1400”，指标7截至 2025-12-31 的数值已发布（2026-01-15 报送），为 1500，本行为 1400',
    );
    expect(result.stderr).toContain('须在“更正说明”列写明更正原因');
    expect(listing().map((f) => readFileSync(join(copy.dir, 'progress', f), 'utf8'))).toEqual(before);
  });

  it('refuses a figure another report already gives, naming the spreadsheet row and the report', () => {
    // Indicator 1 belongs to 各牵头单位: any action's lead bureau may report it, but only one figure per date.
    expect(run(write('tech.csv', `${header}1,2025年,2025-12-31,8.6,区科技经信局,,\n`)).status).toBe(0);
    const result = run(write('clash.csv', `${header}1,2025年,2025-12-31,8.7,区商务局,,\n`));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '文件 clash.csv 工作表“Sheet1” 第 2 行，“数值”列：值为 “8.7”，指标1截至 2025-12-31 的数值已由区科技经信局在“2025年全年”的报告中报送（content/progress/2025-science-technology-economy.json，为 8.6）',
    );
    expect(listing()).toEqual(['2025-science-technology-economy.json']);
  });
});

describe('a batch of files', { timeout: 60_000 }, () => {
  it('imports several files and a folder together, with a summary per file', () => {
    const folder = join(copy.dir, 'inbox');
    mkdirSync(folder);
    cpSync(join(fixtures, 'good.xlsx'), join(folder, 'health.xlsx'));
    writeFileSync(join(folder, '~$health.xlsx'), 'an Excel lock file, not a report');
    writeFileSync(join(folder, '说明.docx'), 'not a spreadsheet');
    const result = run(join(fixtures, 'good.csv'), folder);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('✓ good.csv：3 个数值');
    expect(result.stdout).toContain('✓ health.xlsx：2 个数值');
    // Every file in the folder is accounted for: read, or named with the reason it was not.
    expect(result.stdout).toContain('– ~$health.xlsx：未读取，Excel 或 WPS 打开文件时生成的临时文件，不是报表');
    expect(result.stdout).toContain('– 说明.docx：未读取，不是表格文件');
    expect(listing()).toHaveLength(4);
  });

  it('writes nothing at all when one file of the batch is bad, and names that file', () => {
    const result = run(join(fixtures, 'good.csv'), join(fixtures, 'bad-rows.xlsx'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ bad-rows.xlsx：发现 2 处问题');
    expect(result.stderr).toContain('一个有错则都不写入');
    expect(listing()).toEqual([]);
  });

  it('merges two files of one bureau and period that give different figures, and refuses them when one figure disagrees', () => {
    const a = write('a.csv', `${header}7,2025年第四季度,2025-12-31,1500,区发改局,,\n`);
    const b = write('b.csv', `${header}7,2025年第四季度,2025-11-30,1400,区发改局,,\n`);
    const c = write('c.csv', `${header}7,2025年第四季度,2025-12-31,1550,区发改局,,\n`);
    const clash = run(a, c);
    expect(clash.status).toBe(1);
    expect(clash.stderr).toContain(
      '文件 c.csv 工作表“Sheet1” 第 2 行，“数值”列：值为 “1550”，指标7截至 2025-12-31 的数值在 a.csv 工作表“Sheet1” 第 2 行 也有，为 1500（区发改局），本行为 1550（区发改局）',
    );
    expect(listing()).toEqual([]);
    const both = run(a, b);
    expect(both.status, both.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(copy.dir, 'progress', '2025-development-reform.json'), 'utf8')) as ProgressReport;
    expect(report.rows.map((r) => [r.asOf, r.value])).toEqual([
      ['2025-11-30', 1400],
      ['2025-12-31', 1500],
    ]);
  });

  it('refuses an empty folder and an unknown option, writing nothing', () => {
    const empty = join(copy.dir, 'empty');
    mkdirSync(empty);
    expect(run(empty).stderr).toContain('没有 .xlsx、.csv 或 .txt 表格文件');
    expect(run('--dryrun', join(fixtures, 'good.csv')).stderr).toContain('不认识的选项 --dryrun');
    expect(listing()).toEqual([]);
  });
});

describe('--dry-run', { timeout: 60_000 }, () => {
  it('prints each indicator’s figure and status before and after, and writes nothing', () => {
    const result = run('--dry-run', write('lift.csv', `${header}8,2025年第四季度,2025-12-31,20,区住建局,,\n`));
    expect(result.status, result.stderr).toBe(0);
    // 20 of the 2027 target 100台; the path expects 50.03% at 2025-12-31: pace 0.4 → 滞后.
    expect(result.stdout).toContain('指标8 更新和加装电梯：暂无数据 → 20台，完成20%，滞后');
    expect(result.stdout).toContain('未写入任何文件');
    expect(listing()).toEqual([]);
    expect(existsSync(join(copy.dir, 'progress'))).toBe(true);
  });

  it('shows a correction as the change it is', () => {
    expect(run(write('lift.csv', `${header}8,2025年第四季度,2025-12-31,20,区住建局,,\n`)).status).toBe(0);
    const result = run('--dry-run', write('fix.csv', `${header}8,2025年第四季度,2025-12-31,60,区住建局,,漏报加装电梯40台\n`));
    expect(result.stdout).toContain('指标8 更新和加装电梯：20台，完成20%，滞后 → 60台，完成60%，进度正常');
    expect(result.stdout).toContain('将记入数据修订记录');
    expect(result.stdout).toContain('更正 指标8 截至2025-12-31：20台 → 60台（更正说明：漏报加装电梯40台）');
  });
});
