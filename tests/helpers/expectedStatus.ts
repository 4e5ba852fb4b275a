/**
 * A second derivation of each indicator's headline status, for the site tests: written from the
 * method as /progress/#method states it, deliberately without src/progress/ or src/model/, so a
 * mistake there shows up as a disagreement instead of being copied into the expected values.
 * It covers what the method says and nothing more:
 * - the target: the district's 2024 target during 2024, then its 2027 target (an indicator with
 *   only a 2024 target keeps it), taken from the text of the plan in force on the figure's date;
 * - its period: a 2024 target the year 2024; a 2027 target 2024-01-01–2027-12-31, except a count
 *   within a year (年度数量), whose period is 2027 — or, for a target named 每年, the year of the
 *   latest figure;
 * - the figure: the latest one dated inside the period and not after today;
 * - expected share: the elapsed share of the period (a 截至日期 counts its whole day); a rate or
 *   growth rate's 2027 target is reached from its 2024 target over 2025–2027;
 * - 已完成 when the target is met (超 asks for more), 滞后 when the period ended unmet, otherwise
 *   pace = share reached ÷ expected share: ≥ 0.95 进度正常, ≥ 0.6 需加快, below 滞后.
 */
import type { TestPlanText } from './planTexts.ts';

export type ExpectedStatus = 'done' | 'on-track' | 'speed-up' | 'behind' | 'no-data';

interface Indicator {
  slug: string;
  name: string;
  measure: string;
}

interface Figure {
  asOf: string;
  value: number;
}

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
/** Share of [start, end] elapsed by the end of `date`, 0–1. */
function elapsed(start: string, end: string, date: string): number {
  const total = day(end) - day(start) + 1;
  return Math.min(total, Math.max(0, day(date) - day(start) + 1)) / total;
}

/** "超6000辆" → { value: 6000, over: true }; "2万台套" → 20000; "/" or "" → null. */
function targetValue(cell: string | undefined): { value: number; over: boolean } | null {
  const m = /^(超)?([\d.]+)(万)?/.exec((cell ?? '').trim());
  if (!m) return null;
  return { value: Number(m[2]) * (m[3] ? 10_000 : 1), over: m[1] === '超' };
}

/** The text in force on `date`: each text takes over on its 发布日期, else on the day the one before it was frozen. */
function textOn(texts: readonly TestPlanText[], date: string): TestPlanText {
  let found = texts[0]!;
  texts.forEach((t, i) => {
    const from = i === 0 ? null : t.publishedDate || texts[i - 1]!.date;
    if (from === null || from <= date) found = t;
  });
  return found;
}

export function expectedStatus(ind: Indicator, texts: readonly TestPlanText[], figures: readonly Figure[], today: string): ExpectedStatus {
  const current = texts.at(-1)!.indicators.find((i) => i.slug === ind.slug)!.targets;
  const has2024 = targetValue(current['district2024']) !== null;
  const has2027 = targetValue(current['district2027']) !== null;
  const year = has2024 && (today <= '2024-12-31' || !has2027) ? 2024 : 2027;
  const inPlan = figures.filter((f) => f.asOf >= '2024-01-01' && f.asOf <= '2027-12-31' && f.asOf <= today).sort((a, b) => a.asOf.localeCompare(b.asOf));
  let [start, end] = year === 2024 ? ['2024-01-01', '2024-12-31'] : ['2024-01-01', '2027-12-31'];
  if (ind.measure === 'annual') {
    const latestYear = inPlan.at(-1)?.asOf.slice(0, 4);
    const y = ind.name.includes('每年') && latestYear ? latestYear : String(year);
    [start, end] = [`${y}-01-01`, `${y}-12-31`];
  }
  const figure = inPlan.filter((f) => f.asOf >= start && f.asOf <= end).at(-1);
  if (!figure) return 'no-data';

  const cells = textOn(texts, figure.asOf).indicators.find((i) => i.slug === ind.slug)?.targets ?? current;
  const target = targetValue(cells[`district${year}`])!;
  if (target.over ? figure.value > target.value : figure.value >= target.value) return 'done';
  if (figure.asOf >= end) return 'behind';
  let expectedValue = target.value * elapsed(start, end, figure.asOf);
  const from = targetValue(cells['district2024']);
  if ((ind.measure === 'rate' || ind.measure === 'growth') && year === 2027 && from) {
    expectedValue =
      figure.asOf <= '2024-12-31'
        ? from.value * elapsed('2024-01-01', '2024-12-31', figure.asOf)
        : from.value + (target.value - from.value) * elapsed('2025-01-01', '2027-12-31', figure.asOf);
  }
  const pace = figure.value / expectedValue;
  return pace >= 0.95 ? 'on-track' : pace >= 0.6 ? 'speed-up' : 'behind';
}
