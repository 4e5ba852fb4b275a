/**
 * Client-side ordering of Pagefind results for questions. Pagefind segments Chinese, and a word it
 * does not know (恒信) is matched character by character, so pages that only share 恒 or 信 come
 * back. The rule, in order:
 *   1. a page whose title contains a query word of two or more characters (not a generic word);
 *   2. a page with a heading (a sub-result title) that contains one;
 *   3. a page whose excerpt marks a match of two or more characters;
 *   4. the rest: matches made of single characters, shown only when nothing better was found.
 * How these and the other keys combine, for questions and for keywords, is said at rankMatches.
 * Dated news (notices) comes after every lasting page that matches a whole word, for keywords after all:
 * a notice's effect, such as a paused subsidy, is also shown in the guide section of its topic,
 * which answers the question whatever the date. Otherwise the engine's order is kept. The page the
 * search page then moves (an action's own page before the plan, the guide for residents' words)
 * is ownPagesFirst's and liftFirst's.
 */
import { excerptParts } from './query.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface RankItem {
  title: string;
  excerpt: string;
  /** Dated news (a notice, search type 动态), which follows the lasting pages of its tier. */
  dated?: boolean;
  /** False when only a relaxed query (one word left out) found the page: it lacks a word asked. */
  complete?: boolean;
  sub_results?: SubResult[];
}

/**
 * Words on nearly every page of this site: the plan is about trade-in (以旧换新), subsidies and
 * renewal, so a title or heading with 补贴 says nothing about which page answers 洗衣机 补贴. They
 * still count in the engine's own match; they just do not lift a page or pick a section.
 */
export const genericWords = new Set([
  '以旧换新',
  '旧换新',
  '以旧',
  '换新',
  '补贴',
  '更新',
  '申请',
  '政策',
  '目标',
  '完成',
  '设备',
  '改造',
  '办理',
  '标准',
  '今年',
  '时候',
]);

/** Query words worth matching on: two or more characters, spaces removed, not generic. */
function longWords(words: string[]): string[] {
  return words.map((w) => w.replace(/\s+/g, '')).filter((w) => [...w].length >= 2 && !genericWords.has(w));
}

/**
 * The marked runs of an excerpt: adjacent marks joined, since the engine marks a word it does not
 * know (恒信) one character at a time, <mark>恒</mark><mark>信</mark>, where it is found whole.
 */
function markedRuns(excerpt: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const p of excerptParts(excerpt)) {
    if (p.mark) run += p.text.trim();
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * Whether an excerpt marks a run of two or more characters that belongs to the query: a run that
 * is part of a query word or holds one (信息 is a long run, but not a match for 恒信).
 */
function hasLongMark(excerpt: string, words: string[]): boolean {
  const ws = words.map((w) => w.replace(/\s+/g, '')).filter((w) => [...w].length >= 2);
  return markedRuns(excerpt).some((r) => [...r].length >= 2 && (ws.length === 0 || ws.some((w) => w.includes(r) || r.includes(w))));
}

/** Marked runs of two or more characters that are not generic words: how specifically a text matches. */
function specificMarks(excerpt: string): number {
  return markedRuns(excerpt).filter((r) => [...r].length >= 2 && !genericWords.has(r)).length;
}

/** 0 (title) … 3 (single characters only); see the rule above. */
export function matchTier(item: RankItem, words: string[]): number {
  const ws = longWords(words);
  const has = (text: string) => ws.some((w) => text.replace(/\s+/g, '').includes(w));
  if (has(item.title)) return 0;
  if ((item.sub_results ?? []).some((s) => has(s.title))) return 1;
  const excerpts = [item.excerpt, ...(item.sub_results ?? []).map((s) => s.excerpt)];
  if (excerpts.some((e) => hasLongMark(e, words))) return 2;
  // No mark at all: the page matched on what the excerpt does not show (its references, such as
  // 区文旅局 for the bureau's page), which is a whole-phrase match.
  if (!excerpts.some((e) => excerptParts(e).some((p) => p.mark))) return 2;
  return 3;
}

/**
 * How many of the query's specific words (two or more characters, not generic) a result shows: in
 * its title, a heading, or marked in an excerpt. Within a tier, the result that shows more of what
 * was asked comes first (方案的文号: the plan, whose record says 暂无文号, before the 起草说明,
 * which shares only 方案).
 */
export function coverage(item: RankItem, words: string[]): number {
  const titles = [item.title, ...(item.sub_results ?? []).map((s) => s.title)].map((t) => t.replace(/\s+/g, ''));
  const runs = [item.excerpt, ...(item.sub_results ?? []).map((s) => s.excerpt)].flatMap(markedRuns);
  const ws = [...new Set(longWords(words))];
  return ws.filter((w) => titles.some((t) => t.includes(w)) || runs.some((r) => r.includes(w) || ([...r].length >= 2 && w.includes(r)))).length;
}

/**
 * Results by tier; single-character matches are dropped when any better match exists (恒信 then
 * finds the page that names 恒信, not the pages that only share 恒 or 信).
 *
 * For a question (`question`: words were dropped or mapped, or none of the queries found five
 * pages, so results come from relaxed queries) the order is: pages whose title holds a query word
 * (医院CT核磁共振: 指标12, though it never says 医院); then a page holding every word of a query
 * (`complete`) before one found by a relaxed query (老旧电梯更新: the action that says 老旧住宅电梯
 * before the lists whose headings say 电梯); then the tier; then the page showing more of the
 * specific words asked (coverage); then the engine's order. For keywords the only change to the
 * engine's and the page references' order (tuned for keywords, see hints.ts) is that pages whose
 * title holds a query word come first (方案发布日期: the plan before every policy entry with a
 * 发布日期); the other tiers are not re-sorted, since a bureau's page matches 区住建局 through
 * its references while its excerpt marks only 区 and 局.
 */
export function rankMatches<T extends RankItem>(items: T[], words: string[], question = true): T[] {
  const tiered = items.map((item, order) => ({ item, order, tier: matchTier(item, words), covered: question ? coverage(item, words) : 0 }));
  // Dated news follows every lasting page that matches a whole word (tiers 0–2): a notice's title
  // names its topic (汽车补贴暂停), while the guide section that answers may say so only in its text.
  const place = (t: { item: T; tier: number }) => (t.item.dated ? Math.max(t.tier, 2) : t.tier);
  const titled = (t: { item: T; tier: number }) => (place(t) === 0 ? 0 : 1);
  const complete = (t: { item: T }) => (t.item.complete === false ? 1 : 0);
  const best = Math.min(4, ...tiered.map((t) => t.tier));
  return tiered
    .filter((t) => t.tier < 3 || best === 3)
    .sort(
      (a, b) =>
        (question ? titled(a) - titled(b) || complete(a) - complete(b) || place(a) - place(b) || b.covered - a.covered : titled(a) - titled(b)) ||
        Number(a.item.dated ?? false) - Number(b.item.dated ?? false) ||
        a.order - b.order,
    )
    .map((t) => t.item);
}

/** Whether every result shares only single characters with the query: worth telling the reader. */
export function onlySingleCharacters(items: RankItem[], words: string[]): boolean {
  // A query of single characters or generic words (桩, 补贴) has nothing longer to miss.
  if (longWords(words).length === 0) return false;
  return items.length > 0 && items.every((item) => matchTier(item, words) === 3);
}

/**
 * The section that answers: among sub-results with an anchor (the page's top has none), the one
 * whose heading holds the most query words, then the one whose excerpt has the most specific
 * matches (two or more characters, not generic words); the first such section on a tie. Undefined when no section matches better than the page as a whole.
 */
export function bestSection(item: RankItem, words: string[]): SubResult | undefined {
  const ws = longWords(words);
  let best: { s: SubResult; score: number } | undefined;
  for (const s of item.sub_results ?? []) {
    if (!s.url.includes('#')) continue;
    const title = s.title.replace(/\s+/g, '');
    const inTitle = ws.filter((w) => title.includes(w)).length;
    const marks = specificMarks(s.excerpt);
    const score = inTitle * 100 + marks;
    if (score > 0 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s;
}

/**
 * The query words without single Han characters, or null when there are none to leave out or
 * nothing would be left. A character standing alone after the filler is gone (领 of 家电补贴怎么领,
 * 办 of 去哪里办) is matched by the engine as the start of any word (领 finds 领域, 办 finds 办公),
 * and the page that answers may not hold it at all; the search runs the query without it too.
 */
export function withoutSingleCharacters(words: string[]): string[] | null {
  const single = (w: string) => /^\p{Script=Han}$/u.test(w.trim());
  const rest = words.filter((w) => !single(w));
  return rest.length === words.length || rest.length === 0 ? null : rest;
}

/**
 * Each task's own page (an action's or measure's) right before the first long page that matched in
 * that task's section (the full plan, the list of actions): the same text, on the page about it
 * alone. `sectionPage` gives, for a result, the own page of the section it links to, if any.
 */
export function ownPagesFirst<T>(items: T[], pathOf: (item: T) => string, sectionPage: (item: T) => string | undefined): T[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    const own = sectionPage(out[i]!);
    if (own === undefined) continue;
    const j = out.findIndex((x) => pathOf(x) === own);
    if (j > i) out.splice(i, 0, ...out.splice(j, 1));
  }
  return out;
}

/** The items `first` picks, in their order, then the rest in theirs. */
export function liftFirst<T>(items: T[], first: (item: T) => boolean): T[] {
  return [...items.filter(first), ...items.filter((x) => !first(x))];
}
