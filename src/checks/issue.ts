/**
 * What every content check returns and how staff read it: one type and one formatter for the
 * schemas, the cross-file checks, content safety, progress and synonym checks, whether they run in
 * `npm run check:content`, the build, the dev server or the import command.
 */
import { describeField } from '../schemas/fieldLabels.ts';

/** One problem found in the content: where it is, and what was expected instead. */
export interface ContentIssue {
  file: string;
  /** Path of the field from the top of the file, e.g. ['targets', 'city2024'] or [3, 'id'] in a list. */
  field: (string | number)[];
  /** What is expected, in Chinese. */
  expected: string;
  /** What was found, when it helps. */
  found?: string;
}

/** One issue as staff read it: file, field with its Chinese name, expected, found. */
export function formatIssue(issue: ContentIssue): string {
  const found = issue.found === undefined ? '' : `，实际为 ${issue.found}`;
  return `${issue.file}\n  字段 ${describeField(issue.field)}：${issue.expected}${found}`;
}

/** Every issue, one after the other. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map(formatIssue).join('\n');
}

/** The whole report as staff see it from `npm run check:content` and the dev server. */
export function formatReport(issues: readonly ContentIssue[]): string {
  return `内容检查未通过（content check failed）：发现 ${issues.length} 处问题\n\n${formatIssues(issues)}`;
}
