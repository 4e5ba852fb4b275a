/**
 * What the search indexer adds to its copy of a page (scripts/lib/searchIndex.ts), never to what
 * readers see: the page title weighted above the text, and the page's references — the exact
 * phrases people use to name it that it does not contain as written: its number (行动10, 指标12,
 * 保障措施2) and, for section pages, what they gather (2027年目标 → the indicator list). The
 * search page looks references up as a Pagefind filter (see queryRefs in searchQuery.ts), so a
 * reference finds its page first however the engine segments the words.
 */
import { actionsName, measuresName, type PlanCounts } from '../model/counts.ts';
import { chineseNumeral } from '../model/format.ts';
import { escapeXml } from '../model/xml.ts';
import { pageType } from './pageType.ts';

const numerals = Array.from({ length: 99 }, (_, i) => chineseNumeral(i + 1));

/** Number of a Chinese numeral as the plan writes it (一 … 九十九), or null. */
export function numeralValue(text: string): number | null {
  const i = numerals.indexOf(text);
  return i === -1 ? null : i + 1;
}

/** What the references count: how many actions and measures the content holds (十大行动, 四项保障措施). */
export type RefCounts = Pick<PlanCounts, 'actions' | 'measures'>;

/** Section pages and the phrases people type for them instead of their heading. */
export const sectionRefs = (counts: RefCounts): Record<string, string[]> => ({
  '/indicators/': ['2024年目标', '2027年目标', '目标指标', '主要目标', '指标清单', '指标任务清单', '两新指标任务清单', '附件2'],
  '/actions/': [actionsName(counts.actions), '重点任务'],
  '/measures/': ['保障措施', measuresName(counts.measures)],
  '/departments/': ['责任部门', '责任单位', '牵头单位'],
  '/plan/': ['方案全文', '方案原文', '行动方案'],
});

/** The references of a page, from its path and its heading (the text of its first <h1>). */
export function searchRefs(path: string, heading: string, counts: RefCounts): string[] {
  const section = sectionRefs(counts)[path];
  if (section) return section;
  const type = pageType(path);
  const h = heading.replace(/\s+/g, '');
  if (type === '行动' || type === '保障措施') {
    const m = /^（([一二三四五六七八九十]+)）/.exec(h);
    const n = m ? numeralValue(m[1]!) : null;
    return n === null ? [] : [`${type}${n}`];
  }
  if (type === '指标') {
    const m = /^指标(\d+)：/.exec(h);
    return m ? [`指标${Number(m[1])}`] : [];
  }
  return [];
}

/** Weight of the page title (first <h1>); Pagefind's own weight for an h1 is 7. */
export const TITLE_WEIGHT = 10;

/** The copy of a page the indexer reads: title weighted, references as the `ref` filter. */
export function withHints(path: string, html: string, counts: RefCounts): string {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
  const refs = searchRefs(path, heading, counts);
  const weighted = html.replace(/<h1(?=[\s>])/, `<h1 data-pagefind-weight="${TITLE_WEIGHT}"`);
  if (refs.length === 0) return weighted;
  const metas = refs.map((r) => `<meta data-pagefind-filter="ref[content]" content="${escapeXml(r)}">`).join('');
  return weighted.replace('</head>', `${metas}</head>`);
}
