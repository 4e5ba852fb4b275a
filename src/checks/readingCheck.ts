/**
 * Checks the register of 计算口径 (content/readings.json) against the rules the site's code applies
 * (src/model/rules.ts), and the register of the document's self-contradictions
 * (content/discrepancies.json, for the staff review) against the indicators and pages it names. Pure,
 * like crossCheck.
 *
 * A rule the code applies with no entry would send the marks on pages to nothing on /about/method/;
 * an entry the code does not know would state a rule nothing applies.
 */
import { isRuleId, ruleIds } from '../model/rules.ts';
import type { Discrepancy } from '../schemas/discrepancy.ts';
import type { ReadingEntry } from '../schemas/reading.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export interface ReadingCheckInput {
  /** The register file, relative to the project, for messages when an entry is missing. */
  readingsFile: string;
  readings: Located<ReadingEntry>[];
  discrepancies: Located<Discrepancy>[];
  /** 序号 of every indicator, for the discrepancies' references. */
  indicators: readonly number[];
  /** Every page path without the base that a discrepancy may name (actions, measures, indicators, bureaus, fixed pages). */
  pages: ReadonlySet<string>;
}

const show = (v: unknown) => JSON.stringify(v);

export function readingCheck(input: ReadingCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const registered = new Map<string, number>();
  input.readings.forEach((e, i) => {
    const { id } = e.data;
    if (registered.has(id)) {
      issues.push({
        file: e.file,
        field: [i, 'id'],
        expected: `计算口径的标识不能重复（第 ${registered.get(id)! + 1} 条已使用）（duplicate rule id）`,
        found: show(id),
      });
      return;
    }
    registered.set(id, i);
    if (!isRuleId(id)) {
      issues.push({
        file: e.file,
        field: [i, 'id'],
        expected: `网站的程序没有应用这条计算口径，应删除该条目或改用已有的标识（rule applied nowhere）；已有的口径：${ruleIds.join('、')}`,
        found: show(id),
      });
    }
  });
  for (const id of ruleIds) {
    if (registered.has(id)) continue;
    issues.push({
      file: input.readingsFile,
      field: [],
      expected: `应登记计算口径 "${id}"（标识、内容、说明、另一种读法）：网站的程序应用了它，页面上的“口径”标记链接到它在“计算口径”页的条目（rule applied but not registered）`,
    });
  }

  const numbers = new Set(input.indicators);
  const seen = new Set<string>();
  input.discrepancies.forEach((e, i) => {
    if (seen.has(e.data.id)) issues.push({ file: e.file, field: [i, 'id'], expected: '标识不能重复（duplicate id）', found: show(e.data.id) });
    seen.add(e.data.id);
    if (e.data.indicators.length === 0 && e.data.pages.length === 0) {
      issues.push({ file: e.file, field: [i, 'indicators'], expected: '应列出所涉的指标或页面，供工作人员核对（discrepancy applies to nothing）' });
    }
    e.data.indicators.forEach((n, j) => {
      if (!numbers.has(n))
        issues.push({ file: e.file, field: [i, 'indicators', j], expected: '应为附件2中已有的指标序号（unknown indicator）', found: show(n) });
    });
    e.data.pages.forEach((p, j) => {
      if (!input.pages.has(p)) issues.push({ file: e.file, field: [i, 'pages', j], expected: '应为本站已有的页面路径（unknown page）', found: show(p) });
    });
  });
  return issues;
}
