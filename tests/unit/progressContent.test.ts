/** Progress reports in content/: checked against the indicators, bureaus and dates, with file and field named. */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { copyContent } from '../helpers/contentCopy.ts';

const copy = copyContent({ reports: false, asOf: '2026-01-15' });
afterAll(() => copy.remove());
const file = join(copy.dir, 'progress', 'test.json');
// npm test pins BUILD_DATE for the whole run; put back what was there, never leave it unset.
const pinnedDate = process.env.BUILD_DATE;
afterEach(() => {
  rmSync(file, { force: true });
  delete process.env.SAMPLE_DATA;
  if (pinnedDate === undefined) delete process.env.BUILD_DATE;
  else process.env.BUILD_DATE = pinnedDate;
});

function report(row: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const data = {
    period: '2025年第四季度',
    department: 'development-reform',
    imported: '2026-01-10',
    rows: [{ indicator: 7, asOf: '2025-12-31', value: 1500, unit: '个', note: '', ...row }],
    ...extra,
  };
  writeFileSync(file, JSON.stringify(data));
}

describe('the progress folder', () => {
  it('is kept in git with its README for staff, and an empty folder passes', () => {
    expect(readdirSync('content/progress')).toContain('README.md');
    expect(readContent(copy.dir).issues).toEqual([]);
    expect(readContent(copy.dir).content.progress).toEqual([]);
  });

  it('a good report passes', () => {
    process.env.BUILD_DATE = '2026-01-15';
    report({});
    const { content, issues } = readContent(copy.dir);
    expect(issues).toEqual([]);
    expect(content.progress[0]?.data.rows[0]?.value).toBe(1500);
  });
});

/** A revision of the figure report() writes, 1400 → 1500 on the build date. */
const revision = (fields: Record<string, unknown> = {}) => ({
  revised: '2026-01-15',
  indicator: 7,
  asOf: '2025-12-31',
  previous: 1400,
  value: 1500,
  previousNote: '',
  note: '',
  reason: '核对后更正',
  unit: '个',
  previousFrom: 'a.csv',
  importedFrom: 'b.csv',
  ...fields,
});

describe('revisions', () => {
  it.each([
    ['none (reports from before revisions)', []],
    ['of a figure the report has', [revision()]],
    ['of a figure the corrected report dropped', [revision({ indicator: 8, value: null })]],
    [
      'of a figure a later revision dropped',
      [revision({ indicator: 8, value: 25, revised: '2026-01-12' }), revision({ indicator: 8, previous: 25, value: null })],
    ],
  ])('pass when %s', (_, revisions) => {
    process.env.BUILD_DATE = '2026-01-15';
    report({}, { revisions });
    const { content, issues } = readContent(copy.dir);
    expect(issues).toEqual([]);
    expect(content.progress[0]?.data.revisions).toEqual(revisions);
  });
});

describe('mistakes name the file and the field', () => {
  it.each([
    ['unknown indicator', { indicator: 23 }, {}, 'rows.0.indicator（指标编号）：应为 1–22 之间的指标序号'],
    ['date before the plan', { asOf: '2023-12-31' }, {}, 'rows.0.asOf（截至日期）：截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    ['date after today', { asOf: '2026-03-31' }, {}, 'rows.0.asOf（截至日期）：截至日期应在 2024-01-01 至 2026-01-15（今天）之间'],
    ['unit mismatch', { unit: '台' }, {}, 'rows.0.unit（单位）：单位应与指标7“新增和改造充电桩（含自用桩）”一致，为 "个"'],
    ['negative count', { value: -1 }, {}, 'rows.0.value（数值）：指标7是数量，不能为负数'],
    ['rate over 100', { indicator: 2, unit: '%', value: 120 }, {}, 'rows.0.value（数值）：指标2是比率，应在 0–100（%）之间'],
    ['unknown bureau', {}, { department: 'transport' }, 'department（填报单位）：应为 content/departments.json 中已有的部门标识'],
    ['bad date', { asOf: '2025-13-01' }, {}, 'rows.0.asOf（截至日期）：应为日期 YYYY-MM-DD'],
    ['example data in the official content', {}, { sample: true }, 'sample（是否示例数据）：正式内容中不能有示例数据'],
    [
      'revision of a figure the report does not have',
      {},
      { revisions: [revision({ indicator: 8 })] },
      'revisions.0.indicator（指标编号）：修订记录应针对本报告中的数值：rows 中没有指标8截至2025-12-31的数值',
    ],
    [
      'revision dated after today',
      {},
      { revisions: [revision({ revised: '2026-01-16' })] },
      'revisions.0.revised（修订日期）：修订日期不能晚于今天（2026-01-15）',
    ],
    [
      'revision with neither an old nor a new value',
      {},
      { revisions: [revision({ previous: null, value: null })] },
      'revisions.0.value（数值）：修订记录至少应有原数值或修订后数值之一',
    ],
  ])('%s', (_, row, extra, message) => {
    process.env.BUILD_DATE = '2026-01-15';
    report(row, extra);
    const text = formatIssues(readContent(copy.dir).issues);
    expect(text).toContain('progress/test.json');
    expect(text).toContain(message);
  });

  it('example data is accepted only with SAMPLE_DATA=1 (the demo build)', () => {
    process.env.SAMPLE_DATA = '1';
    process.env.BUILD_DATE = '2026-01-15';
    report({}, { sample: true });
    expect(readContent(copy.dir).issues).toEqual([]);
  });
});

describe('the examples', () => {
  const demo = copyContent({ reports: false, asOf: '2026-01-15' });
  afterAll(() => demo.remove());
  it('pass every check in the demo build and are all marked as sample', () => {
    mkdirSync(join(demo.dir, 'progress'), { recursive: true });
    cpSync('examples/progress', join(demo.dir, 'progress'), { recursive: true, filter: (f) => !f.endsWith('README.md') });
    process.env.SAMPLE_DATA = '1';
    process.env.BUILD_DATE = '2026-01-15';
    const { content, issues } = readContent(demo.dir);
    expect(issues).toEqual([]);
    expect(content.progress.length).toBeGreaterThan(3);
    expect(content.progress.every((p) => p.data.sample)).toBe(true);
    delete process.env.SAMPLE_DATA;
    expect(formatIssues(readContent(demo.dir).issues)).toContain('正式内容中不能有示例数据');
  });
});
