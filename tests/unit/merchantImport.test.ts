/**
 * 参与企业名单 import: files written by LibreOffice (tests/fixtures/merchants/, see make.sh) read
 * with the progress import's readers, bad rows refused with row and column, the command all or
 * nothing, and the content check refusing a bad list file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { guideSectionSchema } from '../../src/schemas/guide.ts';
import { formatImportError } from '../../src/import/importError.ts';
import { readWorkbook } from '../../src/import/files/readWorkbook.ts';
import { matchCategory, parseMerchants } from '../../src/import/merchantRows.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

const fixtures = 'tests/fixtures/merchants';
const guide = readdirSync('content/guide')
  .sort()
  .map((f) => guideSectionSchema.parse(JSON.parse(readFileSync(`content/guide/${f}`, 'utf8'))));
const ctx = { guide, today: '2026-01-15', source: 'test' };

async function parse(file: string) {
  const read = await readWorkbook(join(fixtures, file));
  if ('error' in read) throw new Error(formatImportError(read.error));
  return { ...parseMerchants(read.workbook.sheets, ctx), notes: read.workbook.notes };
}

describe('类别 names a guide topic', () => {
  it.each([
    ['appliances', 'appliances'],
    ['appliance', 'appliances'],
    ['换家电', 'appliances'],
    ['家电', 'appliances'],
    ['数码产品', 'digital'],
    ['电动自行车', 'e-bikes'],
    ['家装厨卫', 'home-renovation'],
    ['回收', 'second-hand'],
    ['换车', 'cars'],
    // Not guessed: 汽车 is not in 换车's title, 换 is in several, 车 is one character.
    ['汽车', null],
    ['换', null],
    ['车', null],
    ['', null],
  ])('%j → %j', (raw, slug) => expect(matchCategory(raw, guide)).toBe(slug));
});

describe('lists written by LibreOffice', () => {
  it('an .xlsx with a title row, 序号, synonym headers, date cells and a full-width phone', async () => {
    const r = await parse('appliances.xlsx');
    expect(r.errors).toEqual([]);
    expect(r.headerRow).toBe(2);
    expect(r.lists).toHaveLength(1);
    const { list } = r.lists[0]!;
    expect(list.published).toBe('2025-03-01');
    expect(list.notice).toBe('关于公布家电数码以旧换新参与企业名单的通知（测试）');
    expect(list.merchants.map((m) => [m.name, m.category, m.street])).toEqual([
      ['测试甲家电商行', 'appliances', '大公桥街道'],
      ['测试乙电器门市', 'appliances', '万寿桥街道'],
      ['测试丙电器城', 'appliances', '宝塔河街道'],
      ['测试丁数码店', 'digital', '大公桥街道'],
      ['测试戊通讯门市', 'digital', '万寿桥街道'],
    ]);
    expect(list.merchants[4]!.phone).toBe('0717-0000005');
    expect(list.merchants[2]!.phone).toBe('0717-0000003、0717-0000033');
  });

  it('a GBK CSV with dates typed as 2025年4月15日, an extra 备注 column and a quoted comma', async () => {
    const r = await parse('cars-gbk.csv');
    expect(r.errors).toEqual([]);
    expect(r.notes.join()).toContain('GB18030');
    expect(r.ignoredColumns).toEqual(['备注']);
    const { list } = r.lists[0]!;
    expect(list.published).toBe('2025-04-15');
    expect(list.merchants.map((m) => m.category)).toEqual(['cars', 'home-renovation', 'cars']);
    expect(list.merchants[2]!.address).toBe('测试路13号，B区');
  });

  it('an Excel 97 .xls is refused with how to save it as .xlsx', async () => {
    const read = await readWorkbook(join(fixtures, 'appliances.xls'));
    expect('error' in read && formatImportError(read.error)).toContain('另存为');
  });

  it('bad rows are refused with their row, column and value, and give no list', async () => {
    const r = await parse('bad.xlsx');
    expect(r.lists).toEqual([]);
    const lines = r.errors.map(formatImportError);
    expect(lines).toEqual([
      expect.stringMatching(/^第 3 行，“名称”列：值为 “”，名称不能为空.*（name missing）$/u),
      expect.stringMatching(/^第 4 行，“类别”列：值为 “”，类别不能为空.*（category missing）$/u),
      expect.stringMatching(/^第 5 行，“类别”列：值为 “汽车”，不是居民指南中的类别：应为 cars（换车）.*（unknown category）$/u),
      expect.stringMatching(/^第 6 行，“公布日期”列：值为 “2025\/2\/30”，应为有效日期.*（invalid date）$/u),
      expect.stringMatching(/^第 7 行，“电话”列：值为 “请咨询门店”，应为电话号码.*（invalid phone）$/u),
    ]);
  });

  it('a 公布日期 after today, a missing 来源 and a repeated business are refused too', () => {
    const header = ['名称', '类别', '公布日期', '来源', '地址'];
    const rows = [
      header,
      ['测试甲', '家电', '2026-02-01', '通知', 'A'],
      ['测试乙', '家电', '2025-03-01', null, 'B'],
      ['测试丙', '家电', '2025-03-01', '通知', 'C'],
      ['测试丙', '家电', '2025-03-01', '通知', 'C'],
    ];
    const r = parseMerchants([{ name: 'S', rows }], ctx);
    expect(r.errors.map(formatImportError)).toEqual([
      expect.stringContaining('第 2 行，“公布日期”列：值为 “2026-02-01”，公布日期应在 2024-01-01 至 2026-01-15（今天）之间'),
      expect.stringContaining('第 3 行，“来源”列：值为 “”，来源不能为空'),
      expect.stringContaining('第 5 行，“名称”列：值为 “测试丙”，与第 4 行重复'),
    ]);
  });

  it('a file without 名称 or 类别 columns is refused with the headers it needs', () => {
    const r = parseMerchants(
      [
        {
          name: 'S',
          rows: [
            ['企业', '地址'],
            ['测试甲', 'A'],
          ],
        },
      ],
      ctx,
    );
    expect(r.errors.map(formatImportError)).toEqual([
      expect.stringContaining('表头应包含 名称、类别、公布日期、来源（“地址”、“街道”、“电话”、“通知网址”可省略）'),
    ]);
  });
});

const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
// Without the real lists, whatever content/merchants/ holds: each case starts from none.
const fresh = () => {
  const c = copyContent({ reports: false, merchants: false, asOf: '2026-01-15' });
  copies.push(c);
  return c;
};
const lists = (dir: string) => (existsSync(join(dir, 'merchants')) ? readdirSync(join(dir, 'merchants')).filter((f) => f.endsWith('.json')) : []);
const run = (dir: string, ...args: string[]) =>
  spawnSync('node', ['scripts/importMerchants.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: '2026-01-15' }, encoding: 'utf8' });

describe('npm run import:merchants', { timeout: 60_000 }, () => {
  it('writes nothing when any file of the batch has a bad row', () => {
    const copy = fresh();
    const r = run(copy.dir, join(fixtures, 'appliances.xlsx'), join(fixtures, 'bad.xlsx'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ bad.xlsx：发现 5 处问题');
    expect(r.stderr).toContain('第 5 行，“类别”列：值为 “汽车”');
    expect(r.stderr).toContain('未写入任何文件');
    expect(lists(copy.dir)).toEqual([]);
  });

  it('writes one list per notice, which the content check accepts, and a re-import replaces it', () => {
    const copy = fresh();
    const first = run(copy.dir, join(fixtures, 'appliances.xlsx'), join(fixtures, 'cars-gbk.csv'));
    expect(first.status, first.stderr).toBe(0);
    const files = lists(copy.dir);
    expect(files).toHaveLength(2);
    expect(files.every((f) => /^2025-0[34]-\d\d-[0-9a-f]{8}\.json$/.test(f))).toBe(true);
    expect(readContent(copy.dir).issues).toEqual([]);
    const again = run(copy.dir, join(fixtures, 'appliances.xlsx'));
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('已替换');
    expect(lists(copy.dir).sort()).toEqual(files.sort());
  });
});

describe('the content check refuses a bad merchant file', () => {
  const list = (over: Record<string, unknown>, merchant: Record<string, unknown> = {}) => ({
    published: '2025-03-01',
    notice: '测试通知',
    imported: '2025-03-02',
    merchants: [{ name: '测试甲', category: 'appliances', ...merchant }],
    ...over,
  });
  it.each([
    ['an unknown category', list({}, { category: 'phones' }), ['merchants.0.category（类别）', '应为居民指南中的类别', '"phones"']],
    ['a business without a name', list({}, { name: '' }), ['merchants.0.name（名称）', '不能为空']],
    ['a bad 公布日期', list({ published: '2025-02-30' }), ['published（公布日期）', 'YYYY-MM-DD']],
    ['a 公布日期 after today', list({ published: '2999-01-01' }), ['published（公布日期）', '至']],
    ['example data in the real content', list({ sample: true }), ['sample（是否示例数据）', 'examples/merchants/']],
    ['no notice', list({ notice: '' }), ['notice（公布名单的通知（来源）', '不能为空']],
  ])('%s', (_, data, expected) => {
    const copy = fresh();
    mkdirSync(join(copy.dir, 'merchants'), { recursive: true });
    writeFileSync(join(copy.dir, 'merchants', '2025-03-01-test.json'), JSON.stringify(data));
    const { issues } = readContent(copy.dir);
    const message = formatIssues(issues);
    expect(message).toContain('merchants/2025-03-01-test.json');
    for (const part of expected) expect(message).toContain(part);
  });
});
