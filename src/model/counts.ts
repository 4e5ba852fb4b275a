/**
 * How the site names the plan's counted parts. The numbers are always the content's (how many
 * actions, measures and indicators it holds), never written into a template or a check: the plan
 * calls its ten actions 十大行动, and were an eleventh added the site would say 十一大行动.
 */
import { chineseNumeral } from './format.ts';
import { parseRemark } from './remark.ts';

/** How many of each part the content holds. */
export interface PlanCounts {
  actions: number;
  measures: number;
  indicators: number;
}

/** The counts of the lists as loaded. */
export function planCounts(content: { actions: readonly unknown[]; measures: readonly unknown[]; indicators: readonly unknown[] }): PlanCounts {
  return { actions: content.actions.length, measures: content.measures.length, indicators: content.indicators.length };
}

/**
 * The indicators' counts as the 起草说明 defines them: main and specific targets, and by 备注 those
 * aligned with the city's, set by the district, and at or below 10% of the city's. Stated on
 * /indicators/ and checked against the 起草说明's `declares` (src/checks/crossCheck.ts).
 */
export function indicatorCounts(indicators: readonly { type: 'main' | 'specific'; remark: string }[]) {
  const remarks = indicators.map((i) => parseRemark(i.remark));
  const shares = remarks.filter((o) => o?.kind === 'share');
  return {
    indicators: indicators.length,
    main: indicators.filter((i) => i.type === 'main').length,
    specific: indicators.filter((i) => i.type === 'specific').length,
    aligned: remarks.filter((o) => o?.kind === 'aligned').length,
    districtSet: remarks.filter((o) => o?.kind === 'district').length,
    shareAtLeast10: shares.filter((o) => o.percent >= 10).length,
    shareBelow10: shares.filter((o) => o.percent < 10).length,
  };
}

/** The plan's name for its actions: 10 → 十大行动. */
export function actionsName(n: number): string {
  return `${chineseNumeral(n)}大行动`;
}

/** The support measures counted in words: 4 → 四项保障措施. */
export function measuresName(n: number): string {
  return `${chineseNumeral(n)}项保障措施`;
}

/** The indicators counted in figures, as the plan counts them: 22 → 22项目标指标. */
export function indicatorsName(n: number): string {
  return `${n}项目标指标`;
}

/** The range of a numbering that starts at 1: 22 → 1–22 (1 → 1). */
export function numberRange(n: number, dash = '–'): string {
  return n <= 1 ? '1' : `1${dash}${n}`;
}
