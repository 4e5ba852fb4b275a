/** The importer's readings of what staff type: text, headers, dates, periods, values, bureaus. */
import { describe, expect, it } from 'vitest';
import { excelSerialDate, isoDate, parseDateCell } from '../../src/import/dates.ts';
import { departmentMatcher, findDepartment, nameVariants } from '../../src/import/departments.ts';
import { headerForm, locateHeader, matchHeader } from '../../src/import/header.ts';
import { formatImportNote } from '../../src/import/importNote.ts';
import { canonicalPeriod, parsePeriod, periodContradiction } from '../../src/import/period.ts';
import { cellText, normaliseText } from '../../src/import/text.ts';
import { acceptedUnits, parseValueCell, roundNoise } from '../../src/import/values.ts';
import type { Cell } from '../../src/import/cell.ts';
import { readContent } from '../../src/checks/readContent.ts';

const { content } = readContent('content');
const indicator = (n: number) => content.indicators.find((i) => i.data.number === n)!.data;

describe('normaliseText', () => {
  it.each([
    ['１２３', '123'],
    ['（备注）', '(备注)'],
    ['1，500', '1,500'],
    ['区\u3000商务局', '区 商务局'],
    ['  2025年   第四季度 ', '2025年 第四季度'],
    ['Ｑ４', 'Q4'],
    ['已经正常', '已经正常'],
  ])('%j → %j', (raw, out) => expect(normaliseText(raw)).toBe(out));

  it('shows cells as text, dates as YYYY-MM-DD', () => {
    expect(cellText(new Date(Date.UTC(2025, 11, 31)))).toBe('2025-12-31');
    expect(cellText(null)).toBe('');
    expect(cellText(1500)).toBe('1500');
    expect(cellText(' 区商务局 ')).toBe('区商务局');
  });
});

describe('headers', () => {
  it.each([
    ['数值（台）', '数值'],
    ['数值(个)', '数值'],
    ['数值 [%]', '数值'],
    ['数值【台套】', '数值'],
    ['截 至 日 期', '截至日期'],
    ['指标名称', '指标名称'],
  ])('headerForm %j → %j', (raw, out) => expect(headerForm(raw)).toBe(out));

  it.each([
    ['指标编号', 'indicator', true],
    ['序号', 'indicator', false],
    ['指标序号', 'indicator', false],
    ['截止日期', 'asOf', false],
    ['统计截止日期', 'asOf', false],
    ['统计截至日期', 'asOf', false],
    ['完成值（台）', 'value', false],
    ['完成数', 'value', false],
    ['报送单位', 'department', false],
    ['填报部门', 'department', false],
    ['说明', 'note', false],
    ['报告期', 'period', true],
    ['指标名称', 'name', true],
    ['更正说明', 'correction', true],
    ['更正原因', 'correction', false],
    ['完成', 'value', false],
  ])('%s is column %s', (raw, key, exact) => expect(matchHeader(raw)).toEqual({ key, exact }));

  it.each([['单位'], ['数值含义'], ['目标']])('reading aid %s is recognised, not used', (raw) => expect(matchHeader(raw)).toBe('aid'));
  it.each([['联系人'], ['完成情况'], ['']])('%j is no column', (raw) => expect(matchHeader(raw)).toBeNull());

  const header = ['指标编号', '报告期', '截至日期', '数值', '填报单位', '备注'];
  it('finds the header below title rows, on the first sheet that has one, columns in any order', () => {
    const m = locateHeader([
      { name: '填报说明', rows: [['请按模板填写'], ['指标编号为附件2中的序号']] },
      {
        name: '进度',
        rows: [
          ['伍家岗区“两新”进度表'],
          [],
          ['填报单位', '数值（台）', '联系人', '截止日期', '报告期', '序号', '指标名称', '单位'],
          ['区住建局', 10, '张三', '2025-12-31', '2025年', 8, '更新和加装电梯', '台'],
        ],
      },
    ]);
    if ('error' in m) throw new Error(m.error.expected);
    expect(m.sheet).toBe('进度');
    expect(m.index).toBe(2);
    expect(m.columns).toEqual({ indicator: 5, name: 6, period: 4, asOf: 3, value: 1, department: 0, note: -1, correction: -1 });
    expect(m.ignoredColumns).toEqual(['联系人']);
    expect(m.notes).toEqual([
      { row: 3, column: '序号', from: '序号', to: '指标编号' },
      { row: 3, column: '截止日期', from: '截止日期', to: '截至日期' },
      { row: 3, column: '数值（台）', from: '数值（台）', to: '数值' },
    ]);
  });

  it('prefers the template header over a synonym, and lists the synonym column as ignored', () => {
    const m = locateHeader([{ name: 'S', rows: [['序号', ...header]] }]);
    if ('error' in m) throw new Error(m.error.expected);
    expect(m.columns.indicator).toBe(1);
    expect(m.ignoredColumns).toEqual(['序号']);
  });

  it('gives one error naming the sheets looked at and the required headers', () => {
    const m = locateHeader([
      { name: '填报说明', rows: [['说明']] },
      { name: 'Sheet1', rows: [['指标编号', '报告期', '数值', '填报单位']] },
    ]);
    expect('error' in m && m.error).toMatchObject({ row: 1, column: null, value: null });
    const text = 'error' in m ? m.error.expected : '';
    expect(text).toContain('缺少“截至日期”列');
    expect(text).toContain('“填报说明”、“Sheet1”');
    expect(text).toContain('报告期、截至日期、数值、填报单位、“指标编号”或“指标名称”');
    expect(text).toContain('（header not found）');
  });

  it('does not look below row 20', () => {
    const rows: Cell[][] = Array.from({ length: 20 }, () => ['标题']);
    rows.push(header);
    expect('error' in locateHeader([{ name: 'S', rows }])).toBe(true);
    expect('error' in locateHeader([{ name: 'S', rows: rows.slice(1) }])).toBe(false);
  });
});

describe('dates', () => {
  it.each<[Cell, string | null]>([
    [new Date(Date.UTC(2025, 11, 31)), '2025-12-31'],
    [46022, '2025-12-31'],
    [45838, '2025-06-30'],
    [46022.5, '2025-12-31'],
    [20251231, '2025-12-31'],
    [12, null],
    [1500, null],
    [99999, null],
    ['2025-12-31', '2025-12-31'],
    ['2025/12/31', '2025-12-31'],
    ['2025.12.31', '2025-12-31'],
    ['2025年12月31日', '2025-12-31'],
    ['2025年6月30日', '2025-06-30'],
    ['２０２５年６月３０日', '2025-06-30'],
    ['2025/6/30', '2025-06-30'],
    ['2025-6-30', '2025-06-30'],
    ['20251231', '2025-12-31'],
    ['2025-12-31 00:00:00', '2025-12-31'],
    ['2025-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['2025年6月31日', null],
    ['2025/13/01', null],
    ['20251332', null],
    ['2025-12/31', null],
    ['2025年12月', null],
    ['', null],
    [null, null],
    [true, null],
  ])('%j → %j', (c, out) => expect(parseDateCell(c)).toBe(out));

  it('keeps to real days and a sane serial range', () => {
    expect(isoDate(2025, 2, 30)).toBeNull();
    expect(excelSerialDate(36526)).toBe('2000-01-01');
    expect(excelSerialDate(73050)).toBe('2099-12-31');
    expect(excelSerialDate(36525)).toBeNull();
    expect(excelSerialDate(73051)).toBeNull();
  });
});

describe('periods', () => {
  const full = (year: number, end: number, start: string) => ({
    ...canonicalPeriod(year, end),
    year,
    endMonth: end,
    start,
    end: isoDate(year, end, new Date(Date.UTC(year, end, 0)).getUTCDate())!,
  });
  it.each([
    // end of the year
    ['2025年', full(2025, 12, '2025-01-01')],
    ['2025年度', full(2025, 12, '2025-01-01')],
    ['2025年全年', full(2025, 12, '2025-01-01')],
    ['2025年1-12月', full(2025, 12, '2025-01-01')],
    ['2025年1—12月', full(2025, 12, '2025-01-01')],
    ['2025年1–12月', full(2025, 12, '2025-01-01')],
    ['2025年1~12月', full(2025, 12, '2025-01-01')],
    ['2025年1～12月', full(2025, 12, '2025-01-01')],
    ['2025年1至12月', full(2025, 12, '2025-01-01')],
    ['2025年1到12月', full(2025, 12, '2025-01-01')],
    ['2025年1-12月份', full(2025, 12, '2025-01-01')],
    ['2025年第四季度', full(2025, 12, '2025-10-01')],
    ['2025年四季度', full(2025, 12, '2025-10-01')],
    ['2025年4季度', full(2025, 12, '2025-10-01')],
    ['2025年Q4', full(2025, 12, '2025-10-01')],
    ['2025年q4', full(2025, 12, '2025-10-01')],
    ['2025Q4', full(2025, 12, '2025-10-01')],
    ['2025年12月', full(2025, 12, '2025-12-01')],
    ['2025年12月份', full(2025, 12, '2025-12-01')],
    ['2025年下半年', full(2025, 12, '2025-07-01')],
    ['２０２５年第四季度', full(2025, 12, '2025-10-01')],
    ['2025 年 第四季度', full(2025, 12, '2025-10-01')],
    // end of September
    ['2025年前三季度', full(2025, 9, '2025-01-01')],
    ['2025年1-9月', full(2025, 9, '2025-01-01')],
    ['2025年第三季度', full(2025, 9, '2025-07-01')],
    ['2025年三季度', full(2025, 9, '2025-07-01')],
    ['2025年Q3', full(2025, 9, '2025-07-01')],
    ['2025年9月', full(2025, 9, '2025-09-01')],
    // end of June
    ['2025年上半年', full(2025, 6, '2025-01-01')],
    ['2025年1-6月', full(2025, 6, '2025-01-01')],
    ['2025年第二季度', full(2025, 6, '2025-04-01')],
    ['2025年二季度', full(2025, 6, '2025-04-01')],
    ['2025年6月', full(2025, 6, '2025-06-01')],
    // end of March
    ['2025年第一季度', full(2025, 3, '2025-01-01')],
    ['2025年一季度', full(2025, 3, '2025-01-01')],
    ['2025年1-3月', full(2025, 3, '2025-01-01')],
    ['2025年3月', full(2025, 3, '2025-03-01')],
    ['2025年3月份', full(2025, 3, '2025-03-01')],
    // other months
    ['2025年1-5月', full(2025, 5, '2025-01-01')],
    ['2025年5月', full(2025, 5, '2025-05-01')],
    ['2024年1-11月', full(2024, 11, '2024-01-01')],
  ])('%s', (raw, period) => expect(parsePeriod(raw)).toEqual(period));

  it.each([
    [3, '2025年第一季度', '2025-q1'],
    [6, '2025年上半年', '2025-h1'],
    [9, '2025年前三季度', '2025-q3'],
    [12, '2025年全年', '2025'],
    [5, '2025年1-5月', '2025-m05'],
    [11, '2025年1-11月', '2025-m11'],
  ])('end month %i → %s (%s)', (end, label, key) => expect(canonicalPeriod(2025, end)).toEqual({ label, key }));

  it.each([['第四季度'], ['2025年第五季度'], ['2025年13月'], ['2025年0月'], ['2025年3-6月'], ['25年Q4'], ['2025年前四季度'], ['']])('%j is refused', (raw) =>
    expect(parsePeriod(raw)).toBeNull(),
  );

  it.each([
    ['2025年上半年', '2025-09-30', '报告期“2025年上半年”与截至日期 2025-09-30 矛盾：上半年应截至 2025-06-30 或之前（period contradicts asOf）'],
    ['2025年', '2026-01-05', '报告期“2025年”与截至日期 2026-01-05 矛盾：2025年应截至 2025-12-31 或之前（period contradicts asOf）'],
    [
      '2025年第三季度',
      '2025-06-30',
      '报告期“2025年第三季度”与截至日期 2025-06-30 矛盾：第三季度的截至日期应在 2025-07-01 至 2025-09-30 之间（period contradicts asOf）',
    ],
    ['2025年9月', '2025-08-31', '报告期“2025年9月”与截至日期 2025-08-31 矛盾：9月的截至日期应在 2025-09-01 至 2025-09-30 之间（period contradicts asOf）'],
    ['2025年第三季度', '2025-08-15', null],
    ['2025年上半年', '2025-06-30', null],
    ['2025年', '2025-03-31', null],
    ['2025年第四季度', '2025-12-31', null],
  ])('%s with 截至日期 %s', (raw, asOf, message) => expect(periodContradiction(parsePeriod(raw)!, asOf, raw)).toBe(message));
});

describe('values', () => {
  it.each<[Cell, { value: number; unit: string | null } | null]>([
    [1500, { value: 1500, unit: null }],
    [86.00000000000001, { value: 86, unit: null }],
    [0.86, { value: 0.86, unit: null }],
    ['1500', { value: 1500, unit: null }],
    ['1,500', { value: 1500, unit: null }],
    ['1，500', { value: 1500, unit: null }],
    ['12,345.5', { value: 12345.5, unit: null }],
    ['1,234,567', { value: 1234567, unit: null }],
    ['１５００', { value: 1500, unit: null }],
    ['1.2万', { value: 12000, unit: null }],
    ['1.2万辆', { value: 12000, unit: '辆' }],
    ['7.8万', { value: 78000, unit: null }],
    ['1500台套', { value: 1500, unit: '台套' }],
    ['1500 台', { value: 1500, unit: '台' }],
    ['86%', { value: 86, unit: '%' }],
    ['84.5%', { value: 84.5, unit: '%' }],
    ['86％', { value: 86, unit: '%' }],
    ['0.86', { value: 0.86, unit: null }],
    ['-3', { value: -3, unit: null }],
    ['1,5', null],
    ['15,00', null],
    ['1,5000', null],
    ['1 500', null],
    ['很多', null],
    ['约100', null],
    ['1.2万%', null],
    ['', null],
    [null, null],
    [true, null],
  ])('%j → %j', (c, out) => expect(parseValueCell(c)).toEqual(out));

  it('rounds only float noise, to at most 10 significant digits', () => {
    expect(roundNoise(86.00000000000001)).toBe(86);
    expect(roundNoise(0.1 + 0.2)).toBe(0.3);
    expect(roundNoise(84.5)).toBe(84.5);
    expect(roundNoise(12345678901)).toBe(12345678901);
  });

  it.each([
    [7, ['个']],
    [8, ['台']],
    [10, ['台套']],
    [12, ['台', '台套']],
    [13, ['个', '张']],
    [16, ['台套']],
    [2, ['%']],
  ])('indicator %i accepts units %j, read from its unit, targets and plan sentences', (n, units) =>
    expect([...acceptedUnits(indicator(n))].sort()).toEqual([...units].sort()),
  );
});

describe('departments', () => {
  const find = departmentMatcher(content.departments.map((d) => d.data));
  it.each([
    ['development-reform', 'development-reform'],
    ['区发改局', 'development-reform'],
    ['伍家岗区发改局', 'development-reform'],
    ['伍家岗区发展和改革局', 'development-reform'],
    ['区发展和改革局', 'development-reform'],
    ['伍家岗区商务局', 'commerce'],
    ['区 商务局', 'commerce'],
    ['区市场监督管理局', 'market-regulation'],
    ['伍家岗区市场监督管理局', 'market-regulation'],
    ['区政府办公室', 'government-office'],
    ['伍家岗区住房和城乡建设局', 'housing-construction'],
    ['伍家岗区科技和经济信息化局', 'science-technology-economy'],
    ['宜昌市生态环境局伍家岗区分局', 'ecology-environment-branch'],
    ['市生态环境局伍家岗区分局', 'ecology-environment-branch'],
  ])('%s → %s', (raw, id) => expect(find(raw)?.id).toBe(id));

  it.each([['区交通局'], ['区商务'], ['交通运输局'], ['']])('%j is no bureau', (raw) => expect(find(raw)).toBeNull());

  // Spellings a clerk types that name one bureau only loosely: accepted, and said back in the summary.
  const lookUp = findDepartment(content.departments.map((d) => d.data));
  it.each([
    ['民政局', 'civil-affairs'],
    ['商务局', 'commerce'],
    ['发改局', 'development-reform'],
    ['区住建局（盖章）', 'housing-construction'],
    ['区住建局(盖章)', 'housing-construction'],
    ['宜昌市伍家岗区商务局', 'commerce'],
    ['湖北省宜昌市伍家岗区教育局', 'education'],
  ])('%s is taken loosely for %s', (raw, id) => expect(lookUp(raw)).toMatchObject({ department: { id }, loose: true }));

  it.each([
    ['区商务', ['区商务局']],
    ['区卫生局', ['区卫健局']],
    ['区交通局', []],
    ['区市场监管部门', ['区市场监管局']],
  ])('%s suggests %j by what was typed, never a fixed example', (raw, names) => {
    const m = lookUp(raw);
    expect(m.department).toBeNull();
    expect('suggestions' in m ? m.suggestions.map((d) => d.name) : null).toEqual(names);
  });

  it('derives 区 ↔ 伍家岗区 and 市 ↔ 宜昌市 prefix variants', () => {
    expect(nameVariants('区商务局')).toEqual(['区商务局', '伍家岗区商务局']);
    expect(nameVariants('伍家岗区商务局')).toEqual(['伍家岗区商务局', '区商务局']);
    expect(nameVariants('工业园区')).toEqual(['工业园区']);
  });

  it('drops a spelling two bureaus share rather than guess', () => {
    const a = { id: 'a', name: '区甲局', aliases: ['区共用局'] };
    const b = { id: 'b', name: '区乙局', aliases: ['区共用局'] };
    expect(departmentMatcher([a, b])('区共用局')).toBeNull();
    expect(departmentMatcher([a, b])('伍家岗区乙局')?.id).toBe('b');
  });
});

describe('notes', () => {
  it.each([
    [{ row: 5, column: '截至日期', from: '2025年12月31日', to: '2025-12-31' }, '第 5 行 截至日期：2025年12月31日 → 2025-12-31'],
    [{ row: 5, column: '报告期', from: '2025年度', to: '2025年全年' }, '第 5 行 报告期：2025年度 → 2025年全年'],
    [{ row: null, column: null, from: 'a', to: 'b' }, '文件：a → b'],
  ])('%j', (n, text) => expect(formatImportNote(n)).toBe(text));
});
