/** Reading bureau spreadsheets as written by real programs: every sheet, real row numbers, cells as shown. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, strToU8, unzipSync, Zip, ZipPassThrough, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { formatImportError } from '../../src/import/importError.ts';
import { defaultLimits, readWorkbook, type Workbook } from '../../src/import/files/readWorkbook.ts';
import { makeXlsx } from '../helpers/makeXlsx.ts';

const real = 'tests/fixtures/progress/real';
const tmp = mkdtempSync(join(tmpdir(), 'read-workbook-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Each entry of spreadBomb: zeros, just under the 1 MB below which one entry's ratio is not checked. */
const spreadEntry = 1024 * 1024 - 1024;

/** A zip entry whose deflated bytes are given, so the same entry is deflated once, not once per copy. */
class Deflated extends ZipPassThrough {
  readonly deflated: Uint8Array<ArrayBuffer>;
  constructor(name: string, deflated: Uint8Array<ArrayBuffer>) {
    super(name);
    this.deflated = deflated;
    this.compression = 8;
  }
  protected override process(_raw: Uint8Array, final: boolean): void {
    this.ondata(null, this.deflated, final);
  }
}

/** A workbook plus `count` entries of spreadEntry zeros, written by fflate's streaming Zip. */
function spreadBomb(count: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(unzipSync(makeXlsx('')))) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(bytes, true);
  }
  const zeros = new Uint8Array(spreadEntry);
  const deflated = deflateSync(zeros, { level: 9 });
  for (let i = 1; i <= count; i++) {
    const file = new Deflated(`xl/media/pad${i}.bin`, deflated);
    zip.add(file);
    file.push(zeros, true); // fflate takes the size and CRC from these bytes
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

async function read(path: string, limits = defaultLimits): Promise<Workbook> {
  const r = await readWorkbook(path, limits);
  if ('error' in r) throw new Error(formatImportError(r.error));
  return r.workbook;
}

async function refusal(path: string, limits = defaultLimits): Promise<string> {
  const r = await readWorkbook(path, limits);
  if (!('error' in r)) throw new Error(`${path} was read, expected a refusal`);
  return formatImportError(r.error);
}

function tmpFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
}

/** Rewrites an entry's uncompressed size in both its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameAt = (at: number, lengthAt: number, nameStart: number) =>
    new TextDecoder().decode(out.subarray(at + nameStart, at + nameStart + view.getUint16(at + lengthAt, true)));
  for (let at = 0; at + 46 < out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50 && nameAt(at, 26, 30) === name) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50 && nameAt(at, 28, 46) === name) view.setUint32(at + 24, size, true);
  }
  return out;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('real fixtures (written by LibreOffice)', () => {
  it.each([
    ['excel-style.xlsx', 'xlsx', undefined, ['填报说明', '进展数据'], '进展数据', 4],
    ['wps-style.xlsx', 'xlsx', undefined, ['Sheet1'], 'Sheet1', 2],
    ['gbk.csv', 'csv', 'GB18030', ['Sheet1'], 'Sheet1', 2],
    ['utf8-bom.csv', 'csv', 'UTF-8（带 BOM）', ['Sheet1'], 'Sheet1', 1],
    ['utf8.csv', 'csv', 'UTF-8', ['Sheet1'], 'Sheet1', 1],
  ] as const)('%s: format, encoding, sheets, header on its real row', async (file, format, encoding, names, sheet, headerRow) => {
    const wb = await read(join(real, file));
    expect(wb.file).toBe(file);
    expect(wb.format).toBe(format);
    expect(wb.encoding).toBe(encoding);
    expect(wb.sheets.map((s) => s.name)).toEqual(names);
    const rows = wb.sheets.find((s) => s.name === sheet)!.rows;
    expect(rows[headerRow - 1]).toContain('报告期');
    expect(rows.slice(0, headerRow - 1).some((r) => r.includes('报告期'))).toBe(false);
  });

  it('excel-style.xlsx: merged title, note and blank row keep rows 1–3; dates, percents and formulas as Excel shows them', async () => {
    const wb = await read(join(real, 'excel-style.xlsx'));
    expect(wb.sheets[0]!.rows[1]![0]).toMatch(/^1\. 请在“进展数据”表中/);
    const rows = wb.sheets[1]!.rows;
    // The merged A1:G1 title: its value in A1, the covered cells empty.
    expect(rows[0]).toEqual(['伍家岗区「两新」行动进展填报表（2025年第四季度）', null, null, null, null, null, null]);
    expect(rows[1]![0]).toBe('填报单位：区发改局  填报日期：2026年1月5日');
    expect(rows[2]!.every((c) => c === null)).toBe(true);
    expect(rows[3]).toEqual(['报告期', '指标编号', '填报单位', '截至日期', '数值（个）', '备注', '联系人']);
    expect(rows[4]).toEqual(['2025年度', 7, '伍家岗区发展和改革局', utc('2025-12-31'), 1500, '含自用桩', '张三']);
    expect(rows[4]![3]).toBeInstanceOf(Date);
    // A5:A6 is merged: 2025年度 shows on both rows.
    expect(rows[5]).toEqual(['2025年度', 3, '区科技经信局', utc('2025-12-31'), '86.5%', '规上工业企业抽样', '李四']);
    expect(rows[6]).toEqual(['2025年1-12月', 1, '区科技经信局', '2025年12月31日', '8.6%', null, '李四']);
    expect(rows).toHaveLength(7);
    expect(wb.notes).toEqual([
      '工作表“进展数据”：2 个百分比格式的单元格按显示读作百分数，如 E6 的 0.865 读作“86.5%”',
      '工作表“进展数据”：1 个公式单元格（E5）按文件中保存的计算结果读取',
      '工作表“进展数据”：纵向合并的单元格 A5:A6 的值填入合并范围内的每一行',
    ]);
  });

  it('wps-style.xlsx: text stays text (full-width digits, 1，260, 1.2万, 20台); a date serial in a General cell stays a number', async () => {
    const rows = (await read(join(real, 'wps-style.xlsx'))).sheets[0]!.rows;
    expect(rows[0]![0]).toMatch(/^2025年度「两新」指标进展/);
    expect(rows.slice(2).map((r) => r.slice(0, 4))).toEqual([
      ['１２', 45930, '2025年前三季度', '6台'],
      [14, 45838, '2025年上半年', '1，260'],
      [16, 45838, '2025年上半年', '1.2万'],
      [8, 45930, '2025年Q3', '20台'],
    ]);
  });

  it('gbk.csv: GBK text decoded, title row kept', async () => {
    const wb = await read(join(real, 'gbk.csv'));
    expect(wb.notes).toEqual(['编码：GB18030（Excel 中文版“CSV（逗号分隔）”）']);
    const rows = wb.sheets[0]!.rows;
    expect(rows[0]![0]).toBe('伍家岗区「两新」行动进展填报表（区卫健局、区教育局）');
    expect(rows[2]).toEqual(['13', '2025年1-11月', '2025/11/30', '42', '区卫健局', '含区中医院']);
    expect(rows[3]![5]).toBe('更新师生用计算机，含教师机');
  });

  it('utf8.csv: a blank line stays a row, so later rows keep their numbers', async () => {
    const rows = (await read(join(real, 'utf8.csv'))).sheets[0]!.rows;
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual(['21', '区文旅局', '2025年度', '2025-12-31', '1', null]);
    expect(rows[2]).toEqual([]);
    expect(rows[3]![0]).toBe('22');
  });

  it('utf8-bom.csv: the BOM is not part of the first header', async () => {
    const wb = await read(join(real, 'utf8-bom.csv'));
    expect(wb.sheets[0]!.rows[0]![0]).toBe('指标序号');
    expect(wb.notes).toEqual(['编码：UTF-8（带 BOM）（Excel“CSV UTF-8（逗号分隔）”）']);
  });
});

describe('generated edge cases', () => {
  it('rows and columns before the first cell stay, as read-excel-file leaves them', async () => {
    const path = tmpFile(
      'leading.xlsx',
      makeXlsx('<row r="3"><c r="B3" t="inlineStr"><is><t>指标编号</t></is></c></row><row r="4"><c r="B4"><v>7</v></c></row>'),
    );
    const rows = (await read(path)).sheets[0]!.rows;
    expect(rows).toEqual([[null], [null], [null, '指标编号'], [null, 7]].map((r) => [...r, ...Array<null>(2 - r.length).fill(null)]));
  });

  it.each([
    ['built-in 0%', 1, '0.86', '86%'],
    ['custom 0.0%, 17 digits as Excel writes them', 2, '0.86499999999999999', '86.5%'],
    ['tiny', 2, '1E-3', '0.1%'],
    ['negative', 1, '-0.052', '-5.2%'],
  ])('percent cell (%s) → the text shown', async (_, style, raw, shown) => {
    const path = tmpFile(`pct-${style}-${raw}.xlsx`, makeXlsx(`<row r="1"><c r="A1" s="${style}"><v>${raw}</v></c><c r="B1"><v>${raw}</v></c></row>`));
    const rows = (await read(path)).sheets[0]!.rows;
    expect(rows[0]).toEqual([shown, Number(raw)]);
  });

  it('a date cell holding a time too → that day at UTC midnight, with a note', async () => {
    const wb = await read(tmpFile('datetime.xlsx', makeXlsx('<row r="1"><c r="A1" s="3"><v>46022.75</v></c><c r="B1" s="3"><v>45930</v></c></row>')));
    expect(wb.sheets[0]!.rows[0]).toEqual([utc('2025-12-31'), utc('2025-09-30')]);
    expect(wb.notes).toEqual(['工作表“数据”：1 个日期单元格带有时刻，只取日期']);
  });

  it('a merge across columns (a title) is left alone; one down a column is filled', async () => {
    const merges = '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2:B4"/></mergeCells>';
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>区商务局</t></is></c></row>' +
      '<row r="3"><c r="A3"><v>2</v></c></row><row r="4"><c r="A4"><v>3</v></c></row>';
    const rows = (await read(tmpFile('merged.xlsx', makeXlsx(sheet, { after: merges })))).sheets[0]!.rows;
    expect(rows).toEqual([
      ['标题', null],
      [1, '区商务局'],
      [2, '区商务局'],
      [3, '区商务局'],
    ]);
  });

  it('a percent cell merged down is copied as shown', async () => {
    const sheet = '<row r="1"><c r="A1" s="2"><v>0.086</v></c></row><row r="2"><c r="B2"><v>5</v></c></row>';
    const rows = (await read(tmpFile('merged-pct.xlsx', makeXlsx(sheet, { after: '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>' })))).sheets[0]!
      .rows;
    expect(rows).toEqual([
      ['8.6%', null],
      ['8.6%', 5],
    ]);
  });

  it('a formula saved without its result is refused with the cell, not read as empty', async () => {
    const path = tmpFile('uncalculated.xlsx', makeXlsx('<row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="C5"><f>1000+500</f></c></row>'));
    const r = await readWorkbook(path);
    expect('error' in r && r.error).toMatchObject({ row: 5, value: 'uncalculated.xlsx' });
    expect(await refusal(path)).toContain('工作表“数据”单元格 C5 是公式，但文件中没有保存计算结果');
  });
});

describe('refusals, each naming the file', () => {
  it.each([
    [
      'old.xls',
      join(real, 'old.xls'),
      '文件：值为 “old.xls”，请在 Excel 或 WPS 中打开该文件，点“文件 → 另存为”，“文件类型”选“Excel 工作簿（*.xlsx）”后重新导入（.xls not supported）',
    ],
    ['unknown extension', join(tmp, '进展.ods'), '只能导入 Excel 工作簿（.xlsx）、CSV（.csv）或 Excel“Unicode 文本”（.txt）文件'],
    ['missing file', join(tmp, 'missing.xlsx'), '文件：值为 “missing.xlsx”，找不到文件或无法读取：请检查路径是否正确（file not found or unreadable）'],
    ['corrupt .xlsx', 'tests/fixtures/progress/corrupt.xlsx', '文件：值为 “corrupt.xlsx”，文件已损坏或不是 .xlsx 格式，无法解压'],
  ])('%s', async (_, path, message) => {
    expect(await refusal(path)).toContain(message);
  });

  it('a WPS .et file', async () => {
    const path = join(tmp, '进展.et');
    copyFileSync(join(real, 'old.xls'), path);
    expect(await refusal(path)).toBe(
      '文件：值为 “进展.et”，请在 Excel 或 WPS 中打开该文件，点“文件 → 另存为”，“文件类型”选“Excel 工作簿（*.xlsx）”后重新导入（.et not supported）',
    );
  });

  it('an .xls that is really an .xlsx is read, with a note', async () => {
    const path = join(tmp, 'exported.xls');
    copyFileSync(join(real, 'wps-style.xlsx'), path);
    const wb = await read(path);
    expect(wb.format).toBe('xlsx');
    expect(wb.notes[0]).toBe('文件名以 .xls 结尾，内容实际是 Excel 工作簿（.xlsx），已按 .xlsx 读取');
    expect(wb.sheets[0]!.rows[2]![0]).toBe('１２');
  });

  it('an .xlsx that is not a zip at all', async () => {
    expect(await refusal(tmpFile('text.xlsx', '指标编号,数值\n7,1500\n'))).toContain('（not a zip file）');
  });

  it('an .xls renamed to .xlsx', async () => {
    const path = join(tmp, 'renamed.xlsx');
    copyFileSync(join(real, 'old.xls'), path);
    expect(await refusal(path)).toContain('实际是旧版 .xls 格式或设置了打开密码');
  });

  it('a truncated .xlsx', async () => {
    const bytes = readFileSync(join(real, 'excel-style.xlsx'));
    expect(await refusal(tmpFile('truncated.xlsx', bytes.subarray(0, bytes.length >> 1)))).toContain('（corrupt zip');
  });

  it('a file over 10 MB, by its size alone', async () => {
    const path = tmpFile('big.xlsx', '');
    truncateSync(path, 10 * 1024 * 1024 + 1); // sparse: nothing to read, and nothing is read
    expect(await refusal(path)).toBe('文件：值为 “big.xlsx”，文件超过 10 MB（10 MB）：请只保留要导入的数据后重新导入（file too large）');
  });

  it('a zip bomb (4 MB of zeros in a few KB), before inflating it', async () => {
    const bomb = makeXlsx('', { files: { 'xl/worksheets/sheet2.xml': new Uint8Array(4 * 1024 * 1024) }, level: 9 });
    expect(bomb.length).toBeLessThan(20 * 1024);
    expect(await refusal(tmpFile('bomb.xlsx', bomb))).toMatch(/“xl\/worksheets\/sheet2\.xml”压缩比异常（\d+:1），疑似压缩炸弹，已拒绝（zip bomb）$/);
  });

  it('a zip bomb spread over many entries, each under the per-entry check (95 × 1 MB in about 100 KB)', async () => {
    const bomb = spreadBomb(95);
    // What makes it a bomb: well under the file limit and the unzipped limit, no entry over the grace.
    expect(bomb.length).toBeLessThan(150 * 1024);
    expect(95 * spreadEntry).toBeLessThan(defaultLimits.maxUnzippedBytes);
    expect(await refusal(tmpFile('spread-bomb.xlsx', bomb))).toMatch(
      /^文件：值为 “spread-bomb\.xlsx”，文件解压后共 95 MB，是文件本身的 \d+ 倍（上限 100 倍），疑似压缩炸弹，已拒绝：.*（zip bomb: whole-archive ratio）$/,
    );
  });

  it('an .xlsx whose zip directory declares more than maxUnzippedBytes', async () => {
    const message = await refusal(join(real, 'excel-style.xlsx'), { ...defaultLimits, maxUnzippedBytes: 4096 });
    expect(message).toContain('（unzipped size too large）');
  });

  it('a zip that understates a sheet’s size gets no more than it declared', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const bytes = declareSize(makeXlsx(rows, { level: 9 }), 'xl/worksheets/sheet1.xml', 200);
    // Inflated into 200 bytes, the sheet's XML is cut short: refused as damaged, not read in full.
    expect(await refusal(tmpFile('liar.xlsx', bytes))).toContain('文件内容有误，无法读取');
  });

  it.each([
    ['excel-style.xlsx', '工作表“进展数据”有 7 行，超过 6 行上限'],
    ['utf8.csv', '超过 3 行上限'],
  ])('%s over maxRows', async (file, message) => {
    const maxRows = file.endsWith('.csv') ? 3 : 6;
    expect(await refusal(join(real, file), { ...defaultLimits, maxRows })).toContain(message);
  });

  it('a CSV neither UTF-8 nor GB18030', async () => {
    expect(await refusal(tmpFile('binary.csv', new Uint8Array([0x81, 0x20, 0x82, 0x0a])))).toContain('（unknown encoding）');
  });

  it('a CSV with an unclosed quote names the line', async () => {
    const r = await readWorkbook(tmpFile('quote.csv', '指标编号,数值\n7,"1500\n'));
    expect('error' in r && r.error.expected).toMatch(/^CSV 格式有误/);
  });

  it('a zip that is not a workbook', async () => {
    expect(await refusal(tmpFile('notes.xlsx', zipSync({ 'readme.txt': strToU8('hello') })))).toContain('（not an xlsx workbook）');
  });
});

describe('held-out fixtures (written by LibreOffice, tests/fixtures/progress/habits/)', () => {
  const habits = 'tests/fixtures/progress/habits';

  it('Excel’s “Unicode 文本” (.txt): UTF-16 with a BOM, tab-separated', async () => {
    const bytes = readFileSync(join(habits, 'unicode-text.txt'));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const wb = await read(join(habits, 'unicode-text.txt'));
    expect([wb.format, wb.encoding]).toEqual(['text', 'UTF-16']);
    expect(wb.sheets[0]!.rows[1]!.slice(0, 6)).toEqual(['16', '全年家电回收量', '2025年上半年', '2025-06-30', '8,600', '区商务局']);
  });

  it('hidden rows and hidden sheets are marked as the workbook hides them', async () => {
    const wb = await read(join(habits, 'hidden.xlsx'));
    expect(wb.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['填报说明', false],
      ['2024年（旧）', true],
      ['2025年', false],
    ]);
    expect(wb.sheets[2]!.hiddenRows).toEqual([3]);
  });

  it('a two-row header keeps its merges, so a title spreads over the columns below it', async () => {
    const wb = await read(join(habits, 'two-row-header.xlsx'));
    expect(wb.sheets[0]!.merges?.map((m) => [m.from, m.to])).toContainEqual([
      [1, 5],
      [1, 6],
    ]);
  });
});
