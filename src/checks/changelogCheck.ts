/**
 * The 更新记录 (content/changelog.json) is a record of what was published and when, so its dates
 * run forward in file order, none later than the build date, and each id is used once (it is the
 * anchor on /about/). Pure: entries in file order and the build date in, ContentIssue list out.
 */
import type { ChangelogEntry } from '../schemas/changelog.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export function changelogCheck(entries: readonly Located<ChangelogEntry>[], today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    const { id, date } = e.data;
    if (seen.has(id)) issues.push({ file: e.file, field: [i, 'id'], expected: '标识不能重复（每条更新记录一个标识）', found: `"${id}"` });
    seen.add(id);
    if (date > today) issues.push({ file: e.file, field: [i, 'date'], expected: `不能晚于构建日期 ${today}（更新记录只记已发布的更新）`, found: `"${date}"` });
    const before = entries[i - 1]?.data.date;
    if (before !== undefined && date < before) {
      issues.push({ file: e.file, field: [i, 'date'], expected: `应按日期先后排列，不早于上一条的 ${before}（新的记录写在末尾）`, found: `"${date}"` });
    }
  });
  return issues;
}
