/** Formatting helpers for Chinese text; pure so they can be tested and reused by every page. */

const numerals = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/**
 * 1 → 一, 10 → 十, 12 → 十二, 22 → 二十二; up to 9999 (一百零一, 一千零一十) so that the benchmark's
 * scaled synthetic content can be numbered too.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`不支持的序号：${n}`);
  if (n <= 10) return numerals[n]!;
  if (n < 20) return `十${numerals[n % 10]}`;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += `${numerals[d]}${units[i]}`;
  });
  return out;
}

/** The plan's list marker for item n: （一）, （十）. */
export function itemMarker(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/** The assignment line as the plan writes it: 牵头单位：甲、乙，责任单位：丙、丁. */
export function assignmentText(lead: string[], responsible: string[]): string {
  const parts = [`牵头单位：${lead.join('、')}`];
  if (responsible.length > 0) parts.push(`责任单位：${responsible.join('、')}`);
  return parts.join('，');
}

// One formatter for the whole build: toLocaleString with options builds a new Intl.NumberFormat on
// every call, which was the largest single cost of rendering a large site (6 s of 35 at ×100).
// No thousands separators: the plan writes 1000辆, 3000个 and 10000台 (and 1.35万辆 where it
// chooses 万), and the site speaks in the plan's voice, so figures it computes read the same.
const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });

/** Numbers as the plan writes them, without thousands separators: 20000 → 20000; 84.5 → 84.5. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Rounded to two decimals, as every figure the site prints or exports is: 16.666 → 16.67. */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A count of things the straight-line path expects, never with decimals (there is no 0.73家 or
 * 2.73辆): rounded to a whole number and marked 约 when rounding changed it. 73.37 台套 → 约73台套;
 * 1000 辆 → 1000辆; 0.73 家 → 约1家; 0.2 家 → 不足1家.
 */
export function formatCount(n: number, unit: string): string {
  const whole = Math.round(n);
  // Binary noise (1049.9999…) is not a fraction a reader should see as one.
  if (Math.abs(n - whole) < 1e-6) return `${formatNumber(whole === 0 ? 0 : whole)}${unit}`;
  if (whole === 0 && n > 0) return `不足1${unit}`;
  return `约${formatNumber(whole)}${unit}`;
}

/** A percentage with up to two decimals: 16.666 → 16.67%. */
export function formatPercent(n: number): string {
  return `${formatNumber(round2(n))}%`;
}

/** First sentence of a text (up to and including the first 。), as a summary drawn from the plan itself. */
export function firstSentence(text: string): string {
  const plain = text.replace(/<[^>]+>/g, '').trim();
  const end = plain.indexOf('。');
  return end === -1 ? plain : plain.slice(0, end + 1);
}

/** ISO date YYYY-MM-DD of a Date, in China Standard Time (UTC+8) so dates match the reader's calendar. */
export function isoDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/** A piece of text: a figure with its unit (printed so that it never breaks), or the text between. */
export interface TextRun {
  text: string;
  /** A number with its unit, e.g. 2万台套, 1000户, 2027年: kept on one line. */
  figure: boolean;
}

// The units the plan and the site print after a number (longest first, so 台套 wins over 台). A
// browser may break a line between a digit and a Chinese character (达2 / 万台套), never inside a
// run of digits or before %, so only a number followed by 万/亿 or one of these needs holding together.
const units = [
  '平方米',
  '千瓦',
  '公里',
  '台套',
  '辆次',
  '人次',
  '季度',
  '个',
  '辆',
  '台',
  '套',
  '户',
  '间',
  '家',
  '元',
  '张',
  '所',
  '项',
  '座',
  '人',
  '次',
  '天',
  '年',
  '月',
  '日',
  '吨',
  '亩',
  '条',
  '处',
  '栋',
  '部',
  '件',
  '批',
  '倍',
  '米',
];
const figurePattern = new RegExp(`(?:超|约)?\\d+(?:\\.\\d+)?(?:(?:万|亿)(?:${units.join('|')})?|(?:${units.join('|')}))%?`, 'g');

/**
 * Splits a text into figures with their units and the text between, for markup that keeps each
 * figure on one line (Figures.astro): 达2万台套以上 → 达 · 2万台套 · 以上; 超6000辆 and 约73台套 are one figure
 * each (the qualifier belongs to the number). A number without a unit is not
 * a figure (no line breaks inside digits anyway). Joining the runs gives the text back.
 */
export function figureRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(figurePattern)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), figure: false });
    runs.push({ text: m[0], figure: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), figure: false });
  return runs;
}
