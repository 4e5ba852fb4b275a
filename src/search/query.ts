/**
 * Query handling for site search, kept pure so it is tested without a browser. Pagefind matches
 * every word of a query (AND); a Chinese phrase typed without spaces is split into words, and when
 * one of them is not on the page the page is lost (老旧电梯更新 vs. 更新和加装电梯). So the search
 * runs the whole query first and then relaxed queries that each leave one word out.
 */

/** Full-width letters and digits (２０２７, ５Ｇ) as ASCII; runs of spaces as one; trimmed. */
export function normalizeQuery(query: string, variants: Record<string, string> = {}): string {
  const halfWidth = query.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  const simplified = [...halfWidth].map((c) => variants[c] ?? c).join('');
  return simplified.replace(/\s+/g, ' ').trim();
}

import { numeralValue } from './hints.ts';

const nouns: Record<string, string> = { 行动: '行动', 指标: '指标', 保障措施: '保障措施', 措施: '保障措施' };
const number = '([0-9]{1,2}|[一二三四五六七八九十]{1,3})';
const noun = '(行动|指标|保障措施|措施)';
const numberFirst = new RegExp(`^第?${number}[项个条号]?${noun}$`);
const nounFirst = new RegExp(`^${noun}第?${number}[项个条号]?$`);

/**
 * The page references a query may be (see searchRefs in searchHints.ts): numbered items in the
 * ways people write them (第三项行动, 行动3, 指标十二, 12号指标, 措施2) as 行动3 / 指标12 /
 * 保障措施2, and the query itself without spaces, for the phrases section pages answer to.
 */
export function queryRefs(query: string): string[] {
  const q = query.replace(/\s+/g, '');
  if (!q) return [];
  const m = numberFirst.exec(q) ?? nounFirst.exec(q);
  if (m) {
    const [a, b] = m.slice(1) as [string, string];
    const [num, kind] = numberFirst.test(q) ? [a, b] : [b, a];
    const n = /^[0-9]+$/.test(num) ? Number(num) : numeralValue(num);
    if (n !== null && n > 0) return [`${nouns[kind]}${n}`];
  }
  return [q];
}

/**
 * Among results whose title contains the whole query, the tightest title first (指标14：汽车以旧换新量
 * before the plan's long title for 汽车以旧换新量); the rest, dated news among them, keep their order
 * after them.
 */
export function rankByTitle<T extends { title: string; dated?: boolean }>(items: T[], query: string): T[] {
  const q = query.replace(/\s+/g, '');
  if (!q) return items;
  // Dated news is not lifted: a notice's title repeats its topic's words (家电以旧换新补贴额度已用完).
  const inTitle = items.filter((i) => !i.dated && i.title.replace(/\s+/g, '').includes(q));
  const rest = items.filter((i) => !inTitle.includes(i));
  return [
    ...inTitle
      .map((item, order) => ({ item, order }))
      .sort((a, b) => a.item.title.length - b.item.title.length || a.order - b.order)
      .map((x) => x.item),
    ...rest,
  ];
}

/**
 * The segments of a typed word with each run of single Han characters joined back into one word.
 * The segmenter breaks a word it does not know into characters (贷款贴息 → 贷款 贴 息, 核磁共振 →
 * 核 磁 共振, 家电 → 家 电), and the engine matches a lone character as the start of any word (息
 * finds 信息); joined, 贴息 is searched and left out as the word it is.
 */
export function joinSingleCharacters(segments: string[]): string[] {
  const single = (s: string) => /^\p{Script=Han}$/u.test(s);
  const out: string[] = [];
  let run = '';
  for (const s of segments) {
    if (single(s)) {
      run += s;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(s);
  }
  if (run) out.push(run);
  return out;
}

/**
 * Queries that each drop one word, longest words kept first. Only for 2–5 words: one word has
 * nothing to relax, and beyond five the reader has typed a sentence, not a search.
 */
export function relaxedQueries(words: string[]): string[] {
  const ws = words.map((w) => w.trim()).filter(Boolean);
  if (ws.length < 2 || ws.length > 5) return [];
  const out: string[] = [];
  // Leaving out the shortest words first keeps the most specific terms together.
  const order = ws.map((w, i) => ({ w, i })).sort((a, b) => a.w.length - b.w.length || b.i - a.i);
  for (const { i } of order) {
    const q = ws.filter((_, j) => j !== i).join(' ');
    if (!out.includes(q)) out.push(q);
  }
  return out;
}

/**
 * One ranked list from the whole query's results followed by the relaxed queries' results, taken
 * in turns (first of each, then second of each …) so no single relaxed query crowds out the rest.
 */
export function mergeRanked<T>(primary: T[], relaxed: T[][]): T[] {
  const seen = new Set<T>(primary);
  const out = [...primary];
  const longest = Math.max(0, ...relaxed.map((r) => r.length));
  for (let i = 0; i < longest; i++) {
    for (const list of relaxed) {
      const item = list[i];
      if (item !== undefined && !seen.has(item)) {
        seen.add(item);
        out.push(item);
      }
    }
  }
  return out;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': '\u00a0' };

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as plain text parts, so the page
 * builds the highlight with DOM nodes instead of parsing HTML from the index.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (e) => entities[e]!);
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index).replace(/<[^>]*>/g, '')), mark: false });
    parts.push({ text: decode(m[1]!.replace(/<[^>]*>/g, '')), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last).replace(/<[^>]*>/g, '')), mark: false });
  return parts.filter((p) => p.text !== '');
}
