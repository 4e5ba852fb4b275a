/**
 * The plan's period as content states it (site.json document.period) against the years 附件2 sets
 * targets for: the progress arithmetic measures time over the target years, the pages print the
 * stated period, and the two must be the same years. Pure.
 */
import type { ContentIssue } from './issue.ts';
import { firstTargetYear, lastTargetYear } from '../model/targets.ts';

export function periodIssues(period: { start: number; end: number }, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (period.start !== firstTargetYear) {
    issues.push({
      file,
      field: ['site', 'document', 'period', 'start'],
      expected: `应为附件2目标的第一个年份 ${firstTargetYear}`,
      found: String(period.start),
    });
  }
  if (period.end !== lastTargetYear) {
    issues.push({ file, field: ['site', 'document', 'period', 'end'], expected: `应为附件2目标的最后一个年份 ${lastTargetYear}`, found: String(period.end) });
  }
  return issues;
}
