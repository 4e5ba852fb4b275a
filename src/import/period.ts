/**
 * 报告期 as bureaus write it → one canonical period. Reports are cumulative “as of” reports, so a
 * period is fixed by its year and its end month; 2025年第四季度, 2025年1-12月 and 2025年度 all mean
 * the report as of the end of 2025 and land in the same file. The start is kept only to check the
 * 截至日期: a single quarter or month written as such starts there, cumulative forms start on 1 January.
 */
import { isoDate } from './dates.ts';
import { normaliseText } from './text.ts';

/** One canonical reporting period. */
export interface Period {
  /** The file-name part, e.g. 2025-q1, 2025-h1, 2025-q3, 2025, 2025-m05. */
  key: string;
  /** The label written into the report, e.g. 2025年上半年. */
  label: string;
  /** Calendar year. */
  year: number;
  /** Last month the report covers, 1–12. */
  endMonth: number;
  /** First day the 截至日期 may be (YYYY-MM-DD): 1 January, or the start of the quarter or month written. */
  start: string;
  /** Last day of the end month (YYYY-MM-DD), the latest the 截至日期 may be. */
  end: string;
}

/** Canonical label and key per end month; any other month M is 1-M月 / mMM. */
const canonical: Record<number, { label: string; key: string }> = {
  3: { label: '第一季度', key: 'q1' },
  6: { label: '上半年', key: 'h1' },
  9: { label: '前三季度', key: 'q3' },
  12: { label: '全年', key: '' },
};

/** The canonical label and key for a year and end month. */
export function canonicalPeriod(year: number, endMonth: number): { key: string; label: string } {
  const c = canonical[endMonth];
  if (c) return { label: `${year}年${c.label}`, key: c.key ? `${year}-${c.key}` : `${year}` };
  return { label: `${year}年1-${endMonth}月`, key: `${year}-m${String(endMonth).padStart(2, '0')}` };
}

const cnNumbers: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (t: string): number => cnNumbers[t] ?? Number(t);
/** Dashes and words staff put between 1 and M in 1-M月 (NFKC already folded － and ～). */
const to = '[-‐‑−–—―~〜至到]';
const monthNo = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';

/** The part after the year → [start month, end month], or null. */
const forms: { re: RegExp; months: (m: RegExpExecArray) => [number, number] }[] = [
  { re: /^(?:全年)?$/u, months: () => [1, 12] },
  { re: /^上半年$/u, months: () => [1, 6] },
  { re: /^下半年$/u, months: () => [7, 12] },
  { re: /^前([一二两三])个?季度$/u, months: (m) => [1, num(m[1]!) * 3] },
  { re: /^第?([一二三四1-4])季度$/u, months: (m) => [num(m[1]!) * 3 - 2, num(m[1]!) * 3] },
  { re: /^q([1-4])$/iu, months: (m) => [Number(m[1]) * 3 - 2, Number(m[1]) * 3] },
  { re: new RegExp(`^(?:1|一)月?${to}${monthNo}月份?$`, 'u'), months: (m) => [1, num(m[1]!)] },
  { re: new RegExp(`^${monthNo}月份?$`, 'u'), months: (m) => [num(m[1]!), num(m[1]!)] },
];

/**
 * A 报告期 as written → the canonical period, or null when the spelling is not understood. A period
 * written without its year (三季度, 1-9月) takes `yearOfAsOf`, the year of the row's 截至日期, when
 * given: the row itself says which year it is, so nothing is guessed.
 */
export function parsePeriod(raw: string, yearOfAsOf?: number): Period | null {
  const t = normaliseText(raw).replace(/\s+/gu, '');
  const m = /^(\d{4})(?:年度|年)?(.*)$/u.exec(t) ?? (yearOfAsOf !== undefined && !/^\d{4}/u.test(t) ? ['', String(yearOfAsOf), t] : null);
  if (!m) return null;
  const year = Number(m[1]);
  for (const form of forms) {
    const f = form.re.exec(m[2]);
    if (!f) continue;
    const [first, last] = form.months(f);
    if (!(first >= 1 && last <= 12 && first <= last)) return null;
    const start = isoDate(year, first, 1)!;
    const end = new Date(Date.UTC(year, last, 0)).toISOString().slice(0, 10);
    return { ...canonicalPeriod(year, last), year, endMonth: last, start, end };
  }
  return null;
}

/**
 * Why a 截至日期 cannot belong to the period as written, or null when it lies in [start, end].
 * `written` is the cell as staff wrote it, so the message quotes their own words.
 */
export function periodContradiction(period: Period, asOf: string, written: string): string | null {
  const w = normaliseText(written);
  const part = w.replace(/^\d{4}\s*年?\s*/u, '') || w;
  if (asOf > period.end) {
    return `报告期“${w}”与截至日期 ${asOf} 矛盾：${part}应截至 ${period.end} 或之前（period contradicts asOf）`;
  }
  if (asOf < period.start) {
    return `报告期“${w}”与截至日期 ${asOf} 矛盾：${part}的截至日期应在 ${period.start} 至 ${period.end} 之间（period contradicts asOf）`;
  }
  return null;
}
