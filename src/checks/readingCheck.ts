/**
 * Checks the register of readings (content/readings.json) against where the site's code shows
 * each one (src/model/readingUses.ts), and the register of the document's self-contradictions
 * (content/discrepancies.json) against the indicators and pages it names. Pure, like crossCheck.
 *
 * A reading the site shows with no entry would be our word passed off as the plan's; an entry that
 * applies to nothing, or lists pages that do not show it, would send readers to look in vain.
 */
import { isReadingId, readingIds, readingPlaces, type ReadingContext } from '../model/readingUses.ts';
import type { Discrepancy } from '../schemas/discrepancy.ts';
import type { ReadingEntry } from '../schemas/reading.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export interface ReadingCheckInput {
  /** The register file, relative to the project, for messages when an entry is missing. */
  readingsFile: string;
  readings: Located<ReadingEntry>[];
  discrepancies: Located<Discrepancy>[];
  context: ReadingContext;
  /** Every page path without the base that an entry may name (actions, measures, indicators, bureaus, fixed pages). */
  pages: ReadonlySet<string>;
}

const show = (v: unknown) => JSON.stringify(v);
const same = (a: readonly (string | number)[], b: readonly (string | number)[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function readingCheck(input: ReadingCheckInput): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const registered = new Map<string, number>();
  input.readings.forEach((e, i) => {
    const { id } = e.data;
    if (registered.has(id)) {
      issues.push({
        file: e.file,
        field: [i, 'id'],
        expected: `本站解读的标识不能重复（第 ${registered.get(id)! + 1} 条已使用）（duplicate reading id）`,
        found: show(id),
      });
      return;
    }
    registered.set(id, i);
    if (!isReadingId(id)) {
      issues.push({
        file: e.file,
        field: [i, 'id'],
        expected: `网站没有任何页面显示这条本站解读，应删除该条目或在页面上用 <Reading id="${id}" /> 标出（reading applies to nothing）；已知的解读：${readingIds.join('、')}`,
        found: show(id),
      });
      return;
    }
    const places = readingPlaces(id, input.context);
    if (places.indicators.length === 0 && places.pages.length === 0) {
      issues.push({
        file: e.file,
        field: [i, 'id'],
        expected: '按现有内容，网站没有任何页面显示这条本站解读，应删除该条目（reading applies to nothing）',
        found: show(id),
      });
      return;
    }
    const listed = [...e.data.indicators].sort((a, b) => a - b);
    if (!same(listed, places.indicators)) {
      issues.push({
        file: e.file,
        field: [i, 'indicators'],
        expected: `应列出显示该解读的全部指标：${show(places.indicators)}（reading's indicators differ from the pages that show it）`,
        found: show(e.data.indicators),
      });
    }
    const pages = [...e.data.pages].sort();
    if (!same(pages, places.pages)) {
      issues.push({
        file: e.file,
        field: [i, 'pages'],
        expected: `应列出显示该解读的全部页面：${show(places.pages)}（reading's pages differ from the pages that show it）`,
        found: show(e.data.pages),
      });
    }
  });
  for (const id of readingIds) {
    if (registered.has(id)) continue;
    const places = readingPlaces(id, input.context);
    if (places.indicators.length === 0 && places.pages.length === 0) continue;
    const where = [...places.indicators.map((n) => `指标${n}`), ...places.pages].join('、');
    issues.push({
      file: input.readingsFile,
      field: [],
      expected: `应登记本站解读 "${id}"（标识、内容、理由、另一种读法、所涉指标和页面）：网站在 ${where} 显示它（reading shown but not registered）`,
    });
  }

  const numbers = new Set(input.context.indicators.map((i) => i.number));
  const seen = new Set<string>();
  input.discrepancies.forEach((e, i) => {
    if (seen.has(e.data.id)) issues.push({ file: e.file, field: [i, 'id'], expected: '标识不能重复（duplicate id）', found: show(e.data.id) });
    seen.add(e.data.id);
    if (e.data.indicators.length === 0 && e.data.pages.length === 0) {
      issues.push({ file: e.file, field: [i, 'indicators'], expected: '应列出所涉的指标或页面，否则没有页面链接到这条（discrepancy applies to nothing）' });
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
