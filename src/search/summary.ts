/**
 * The sentence that tells a reader what a question was searched as, so that dropping words and
 * adding the site's words is never silent: 已按“洗衣机 换新 补贴”搜索（略去了“我家”“想”；“洗衣机”也查了“家电”）.
 */
export function searchedAs(words: string[], dropped: string[], replaced: Array<[string, string]>): string {
  if (dropped.length === 0 && replaced.length === 0) return '';
  const notes: string[] = [];
  if (dropped.length) notes.push(`略去了${dropped.map((w) => `“${w}”`).join('')}`);
  for (const [from, to] of replaced) notes.push(`“${from}”也查了“${to}”`);
  return `已按“${words.join(' ')}”搜索（${notes.join('；')}）。`;
}

/**
 * When no page holds the query's words whole (a name the site never mentions), the engine still
 * returns pages that share single characters with it; say so rather than count them as found.
 */
export function looseMatches(typed: string, count: number, shown: number): string {
  return `没有页面含有“${typed}”这个词。找到的 ${count} 个页面只含其中的个别字，可能与所查无关${count > shown ? `，显示前 ${shown} 个` : ''}。`;
}
