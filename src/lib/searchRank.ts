/**
 * Client-side ordering of Pagefind results for questions. Pagefind segments Chinese, and a word it
 * does not know (恒信) is matched character by character, so pages that only share 恒 or 信 come
 * back. The rule, in order:
 *   1. a page whose title contains a query word of two or more characters;
 *   2. a page with a heading (a sub-result title) that contains one;
 *   3. a page whose excerpt marks a match of two or more characters;
 *   4. the rest: matches made of single characters, shown only when nothing better was found.
 * Within a tier the engine's order is kept.
 */
import { excerptParts } from './searchQuery.ts';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface RankItem {
  title: string;
  excerpt: string;
  sub_results?: SubResult[];
}

/** Query words worth matching on: two or more characters, spaces removed. */
function longWords(words: string[]): string[] {
  return words.map((w) => w.replace(/\s+/g, '')).filter((w) => [...w].length >= 2);
}

function hasLongMark(excerpt: string): boolean {
  return excerptParts(excerpt).some((p) => p.mark && [...p.text.trim()].length >= 2);
}

/** 0 (title) … 3 (single characters only); see the rule above. */
export function matchTier(item: RankItem, words: string[]): number {
  const ws = longWords(words);
  const has = (text: string) => ws.some((w) => text.replace(/\s+/g, '').includes(w));
  if (has(item.title)) return 0;
  if ((item.sub_results ?? []).some((s) => has(s.title))) return 1;
  if (hasLongMark(item.excerpt) || (item.sub_results ?? []).some((s) => hasLongMark(s.excerpt))) return 2;
  return 3;
}

/** Results by tier; single-character matches are dropped when any better match exists. */
export function rankMatches<T extends RankItem>(items: T[], words: string[]): T[] {
  const tiered = items.map((item, order) => ({ item, order, tier: matchTier(item, words) }));
  const best = Math.min(4, ...tiered.map((t) => t.tier));
  return tiered
    .filter((t) => t.tier < 3 || best === 3)
    .sort((a, b) => a.tier - b.tier || a.order - b.order)
    .map((t) => t.item);
}

/**
 * The section that answers: among sub-results with an anchor (the page's top has none), the one
 * whose heading holds the most query words, then the one whose excerpt has the most matches of
 * two or more characters. Undefined when no section matches better than the page as a whole.
 */
export function bestSection(item: RankItem, words: string[]): SubResult | undefined {
  const ws = longWords(words);
  let best: { s: SubResult; score: number } | undefined;
  for (const s of item.sub_results ?? []) {
    if (!s.url.includes('#')) continue;
    const title = s.title.replace(/\s+/g, '');
    const inTitle = ws.filter((w) => title.includes(w)).length;
    const marks = excerptParts(s.excerpt).filter((p) => p.mark && [...p.text.trim()].length >= 2).length;
    const score = inTitle * 100 + marks;
    if (score > 0 && (!best || score > best.score)) best = { s, score };
  }
  return best?.s;
}
