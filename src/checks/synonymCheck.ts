/**
 * Checks the search synonym table against the site: a synonym that points to a word no page
 * contains would turn a resident's question into a search that finds nothing.
 */
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';
import type { SearchSynonym } from '../schemas/searchSynonym.ts';

/** `sourceText`: the text of every page's source content (plan, actions, measures, indicators, guide, policies). */
export function synonymCheck(synonyms: Located<SearchSynonym>[], sourceText: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, number>();
  synonyms.forEach((e, i) => {
    if (!sourceText.includes(e.data.term)) {
      issues.push({
        file: e.file,
        field: [i, 'term'],
        expected: '应为网站页面中出现的词语（没有页面包含它，搜索将一无所获）',
        found: JSON.stringify(e.data.term),
      });
    }
    e.data.words.forEach((w, j) => {
      if (w === e.data.term) issues.push({ file: e.file, field: [i, 'words', j], expected: '日常说法不应与网站用语 term 相同', found: JSON.stringify(w) });
      const before = seen.get(w);
      if (before !== undefined && before !== i)
        issues.push({ file: e.file, field: [i, 'words', j], expected: `日常说法只能出现一次，已见于第 ${before + 1} 条`, found: JSON.stringify(w) });
      seen.set(w, i);
    });
  });
  return issues;
}
