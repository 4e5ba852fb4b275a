/**
 * Turning a bureau's 参与企业名单 spreadsheet into merchant lists: find the table with the same
 * header finder as progress reports (src/import/header.ts), read every cell the way staff
 * write it, check every row, and group the rows into one list per (公布日期, 通知). Errors and
 * notes have the progress import's shape, so staff read them the same way. Writes nothing.
 */
import { PLAN_START } from '../progress/assess.ts';
import { categoryChoices } from '../checks/merchantCheck.ts';
import type { GuideSection } from '../schemas/guide.ts';
import type { MerchantList } from '../schemas/merchant.ts';
import type { ReportColumn } from '../progress/reportTemplate.ts';
import type { Cell, Sheet } from './cell.ts';
import { parseDateCell } from './dates.ts';
import { locateTable, type TableSpec } from './header.ts';
import type { ImportError } from './importError.ts';
import type { ImportNote } from './importNote.ts';
import { cellText, normaliseText } from './text.ts';

/** Columns of a merchant list; 地址, 街道, 电话 and 通知网址 may be left out. */
export const merchantColumns = [
  { header: '名称', key: 'name', required: true, hint: '企业或门店名称', synonyms: ['企业名称', '商户名称', '门店名称', '单位名称'] },
  { header: '类别', key: 'category', required: true, hint: '居民指南中的类别，如 “换家电”', synonyms: ['品类', '类型', '补贴类别', '参与类别'] },
  { header: '地址', key: 'address', required: false, hint: '经营地址', synonyms: ['经营地址', '门店地址', '详细地址'] },
  { header: '街道', key: 'street', required: false, hint: '所在街道（乡镇）', synonyms: ['所属街道', '街道办事处', '所在街道', '街道（乡镇）'] },
  { header: '电话', key: 'phone', required: false, hint: '联系电话', synonyms: ['联系电话', '咨询电话'] },
  { header: '公布日期', key: 'published', required: true, hint: '日期 YYYY-MM-DD，如 2025-03-01', synonyms: ['发布日期'] },
  { header: '来源', key: 'notice', required: true, hint: '公布名单的通知标题', synonyms: ['通知', '来源通知', '公布通知', '发布通知'] },
  { header: '通知网址', key: 'noticeUrl', required: false, hint: '通知的官方网址', synonyms: ['来源网址', '网址', '链接'] },
] as const satisfies readonly ReportColumn[];

export type MerchantKey = (typeof merchantColumns)[number]['key'];

/** The table the header finder looks for; 序号 is the usual first column and carries nothing. */
export const merchantTable: TableSpec<MerchantKey> = { columns: merchantColumns, aids: ['序号'] };

/** Telephone numbers as lists write them: digits, area-code dashes, 转 for extensions, several separated by 、 or /. */
const phonePattern = /^[0-9+()\-— 、/,转]*$/u;

export interface MerchantContext {
  /** The guide's topics: a 类别 must name one of them. */
  guide: Pick<GuideSection, 'slug' | 'title' | 'topic'>[];
  /** Today (YYYY-MM-DD): no 公布日期 may lie after it. */
  today: string;
  /** File name recorded in each list. */
  source: string;
}

export interface ParsedList {
  /** File name inside content/merchants/, e.g. 2025-03-01-1a2b3c4d.json. */
  file: string;
  list: MerchantList;
}

export interface MerchantParseResult {
  /** One list per (公布日期, 通知); empty whenever there is any error. */
  lists: ParsedList[];
  errors: ImportError[];
  notes: ImportNote[];
  ignoredColumns: string[];
  sheet: string | null;
  headerRow: number | null;
}

/**
 * A 类别 cell → the guide topic it names, or null. Accepted: the topic's slug or policy topic
 * (appliances, appliance), its title (换家电), or a part of the title of two or more characters
 * that names one topic only (家电, 数码产品, 电动自行车, 家装厨卫, 适老化改造, 回收). Nothing broader is
 * guessed: 汽车 is not 换车, and staff are told the accepted names instead.
 */
export function matchCategory(raw: string, guide: MerchantContext['guide']): string | null {
  const t = normaliseText(raw).replace(/\s+/gu, '');
  if (t === '') return null;
  const exact = guide.find((g) => t === g.slug || t === g.topic || t === normaliseText(g.title));
  if (exact) return exact.slug;
  if ([...t].length < 2) return null;
  const partial = guide.filter((g) => normaliseText(g.title).includes(t));
  return partial.length === 1 ? partial[0]!.slug : null;
}

/** A short stable name for a notice (FNV-1a, 32 bits): re-importing the same list replaces its file. */
export function noticeKey(notice: string): string {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(notice)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Finds the table, checks every row and groups them into lists; any error means no lists at all. */
export function parseMerchants(sheets: Sheet[], ctx: MerchantContext): MerchantParseResult {
  const located = locateTable(sheets, merchantTable);
  if ('error' in located) return { lists: [], errors: [located.error], notes: [], ignoredColumns: [], sheet: null, headerRow: null };
  const { columns, headers } = located;
  const rows = sheets.find((s) => s.name === located.sheet)!.rows;
  const errors: ImportError[] = [];
  const notes: ImportNote[] = [...located.notes];
  const groups = new Map<string, ParsedList>();
  const seen = new Map<string, number>();
  const urlOf = new Map<string, { url: string; row: number }>();
  const choices = categoryChoices(ctx.guide);
  let filled = 0;

  for (let r = located.index + 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const rowNo = r + 1;
    const cell = (k: MerchantKey): Cell => (columns[k] === -1 ? null : (cells[columns[k]] ?? null));
    const text = (k: MerchantKey) => cellText(cell(k));
    if (merchantColumns.every((c) => text(c.key) === '')) continue;
    filled++;
    const err = (key: MerchantKey, expected: string) => errors.push({ row: rowNo, column: headers[key], value: text(key), expected });
    const note = (key: MerchantKey, to: string) => {
      if (text(key) !== to) notes.push({ row: rowNo, column: headers[key], from: text(key), to });
    };
    const before = errors.length;

    // Names are kept as written (NFKC would turn a shop's （） into ()), spaces tidied.
    const name = text('name').replace(/\s+/gu, ' ');
    if (name === '') err('name', '名称不能为空，应为企业或门店名称（name missing）');

    const category = matchCategory(text('category'), ctx.guide);
    if (text('category') === '') err('category', `类别不能为空，应为居民指南中的类别：${choices}（category missing）`);
    else if (!category) err('category', `不是居民指南中的类别：应为 ${choices}，或其标题中的词语如“家电”（unknown category）`);

    const published = parseDateCell(cell('published') ?? undefined);
    if (text('published') === '') err('published', '公布日期不能为空，应如 2025-03-01（published missing）');
    else if (!published) err('published', '应为有效日期，如 2025-03-01、2025/3/1 或 2025年3月1日（invalid date）');
    else if (published < PLAN_START || published > ctx.today) err('published', `公布日期应在 ${PLAN_START} 至 ${ctx.today}（今天）之间（date out of range）`);

    const notice = text('notice').replace(/\s+/gu, ' ');
    if (notice === '') err('notice', '来源不能为空，应为公布名单的通知标题（notice missing）');

    const phone = normaliseText(text('phone'));
    if (!phonePattern.test(phone)) err('phone', '应为电话号码，如 0717-1234567，几个号码之间用顿号分隔（invalid phone）');

    const url = normaliseText(text('noticeUrl'));
    if (url !== '' && !/^https?:\/\/[^\s/]+\.[^\s]+$/u.test(url)) err('noticeUrl', '应为 http(s):// 开头的官方网址（invalid url）');

    const address = text('address').replace(/\s+/gu, ' ');
    const groupKey = `${published}|${notice}`;
    if (name && published && notice) {
      const dupKey = `${groupKey}|${name}|${address}`;
      const first = seen.get(dupKey);
      if (first !== undefined) err('name', `与第 ${first} 行重复：同一名单中名称和地址相同的企业只能填一行（duplicate row）`);
      else seen.set(dupKey, rowNo);
      const firstUrl = urlOf.get(groupKey);
      if (url !== '' && firstUrl && firstUrl.url !== url) err('noticeUrl', `与第 ${firstUrl.row} 行不同：同一通知只能有一个网址（url differs）`);
      else if (url !== '' && !firstUrl) urlOf.set(groupKey, { url, row: rowNo });
    }
    if (errors.length > before || !category || !published) continue;

    note('category', category);
    note('published', published);
    note('phone', phone);
    const file = `${published}-${noticeKey(notice)}.json`;
    const group = groups.get(file) ?? {
      file,
      list: { published, notice, sample: false, importedFrom: ctx.source, imported: ctx.today, merchants: [] },
    };
    group.list.merchants.push({ name, category, address, street: text('street').replace(/\s+/gu, ' '), phone });
    groups.set(file, group);
  }
  if (errors.length === 0 && filled === 0) errors.push({ row: null, column: null, value: null, expected: '文件中没有填写任何企业（no data rows）' });
  for (const [key, { url }] of urlOf) {
    const [published = '', ...rest] = key.split('|');
    const g = groups.get(`${published}-${noticeKey(rest.join('|'))}.json`);
    if (g) g.list.noticeUrl = url;
  }
  return {
    lists: errors.length === 0 ? [...groups.values()] : [],
    errors,
    notes,
    ignoredColumns: located.ignoredColumns,
    sheet: located.sheet,
    headerRow: located.index + 1,
  };
}
