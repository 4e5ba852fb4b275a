/** CSV for Excel: BOM, CRLF, quoting, and no formula injection. */
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, neutraliseFormula, toCsv } from '../../src/export/csv.ts';
import { parseCsv } from '../helpers/csvParse.ts';

describe('csvCell', () => {
  it.each([
    ['plain Chinese text', '超6000辆', '超6000辆'],
    ['empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['integer', 1050, '1050'],
    ['decimal', 84.5, '84.5'],
    ['negative number stays a number', -5, '-5'],
    ['ten thousands multiplied out', 750000, '750000'],
    ['slash (no target) is plain text', '/', '/'],
    ['comma is quoted', '区商务局,区发改局', '"区商务局,区发改局"'],
    ['quote is doubled and quoted', '称“两新”为"两新"', '"称“两新”为""两新"""'],
    ['line break is quoted', '第一行\n第二行', '"第一行\n第二行"'],
    ['leading space is quoted so it survives', ' 区', '" 区"'],
    ['= formula is neutralised', '=1+1', "'=1+1"],
    ['+ formula is neutralised', '+1', "'+1"],
    ['- formula is neutralised', '-2+3', "'-2+3"],
    ['@ formula is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['tab start is neutralised', '\t=1', "'\t=1"],
    ['carriage return start is neutralised and quoted', '\r=1', `"'\r=1"`],
    ['formula with a comma is neutralised then quoted', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['equals sign inside text is left alone', '占全市=10%', '占全市=10%'],
    ['boolean', true, 'true'],
  ] as const)('%s', (_, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity])('refuses %s', (n) => {
    expect(() => csvCell(n)).toThrow(/finite number/);
  });
});

describe('neutraliseFormula', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes a cell starting with %j', (start) => {
    expect(neutraliseFormula(`${start}cmd`)).toBe(`'${start}cmd`);
  });
  it.each(['25%', '超75万辆', '2万户以上', "'quoted"])('leaves %j unchanged', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    ['序号', '名称', '数值'],
    [
      [1, '新增充电桩', 3000],
      [2, '=cmd|"/c calc"!A1', null],
    ],
  );
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it('reads back as header and rows, with the injection neutralised', () => {
    expect(parseCsv(csv.slice(1))).toEqual([
      ['序号', '名称', '数值'],
      ['1', '新增充电桩', '3000'],
      ['2', `'=cmd|"/c calc"!A1`, ''],
    ]);
  });
  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/第 2 行有 1 列，表头有 2 列/);
  });
});
