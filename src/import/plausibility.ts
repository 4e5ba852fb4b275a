/**
 * Figures that are possible but almost certainly a mistake: a cumulative count that falls (46 台,
 * then 40 台), a count of the year that falls within that year, or a figure more than ten times its
 * target (a 万 counted twice, a value typed in the wrong unit). Each is refused unless the row says
 * it corrects an earlier figure (更正说明). A ratio outside 0–100 % is never possible and is refused
 * by the row check itself. Pure: judged on the reports as they would be after the batch.
 */
import type { Indicator } from '../schemas/indicator.ts';
import type { ProgressRow } from '../schemas/progress.ts';
import { parseTargetCell } from '../model/targets.ts';
import type { ImportError } from './importError.ts';
import type { RowFigure } from './progressRows.ts';

/** What the checks need of an indicator. */
export type PlausibleIndicator = Pick<Indicator, 'number' | 'name' | 'unit' | 'measure' | 'targets'>;

/** How many times its target a figure may be before it is taken for a typo. */
export const targetMultipleLimit = 10;

/** The largest district target the plan sets for the indicator, or null when none is a number. */
export function largestDistrictTarget(ind: PlausibleIndicator): { value: number; raw: string } | null {
  let best: { value: number; raw: string } | null = null;
  for (const raw of [ind.targets.district2024, ind.targets.district2027]) {
    const cell = parseTargetCell(raw);
    if (cell?.kind === 'value' && cell.value > 0 && (best === null || cell.value > best.value)) best = { value: cell.value, raw };
  }
  return best;
}

/**
 * Problems with the batch's figures, judged against every figure of the same indicator in `after`
 * (all reports as they would be once the batch is merged). Figures with a 更正说明 pass.
 */
export function implausibleFigures(incoming: readonly RowFigure[], after: readonly ProgressRow[], indicators: readonly PlausibleIndicator[]): ImportError[] {
  const byNumber = new Map(indicators.map((i) => [i.number, i]));
  const errors: ImportError[] = [];
  for (const f of incoming) {
    const ind = byNumber.get(f.indicator);
    if (f.value === null || f.correction !== '' || !ind) continue;
    const value = f.value;
    const fail = (expected: string) =>
      errors.push({
        file: f.at.file,
        sheet: f.at.sheet,
        row: f.at.row,
        column: f.columns.value,
        value: String(value),
        expected: `${expected}：请核对；如确为更正或确实如此，请在“${f.columns.correction}”列写明原因后重新导入`,
      });
    const label = `指标${ind.number}“${ind.name}”`;

    if (ind.measure === 'cumulative' || ind.measure === 'annual') {
      // The figures a later count may not fall below: all earlier ones (cumulative) or those of the same year (annual).
      const sameRun = (r: ProgressRow) =>
        r.indicator === f.indicator && r.asOf !== f.asOf && (ind.measure === 'cumulative' || r.asOf.slice(0, 4) === f.asOf.slice(0, 4));
      const others = after.filter(sameRun);
      const earlier = others.filter((r) => r.asOf < f.asOf && r.value > value).sort((a, b) => b.value - a.value)[0];
      const later = others.filter((r) => r.asOf > f.asOf && r.value < value).sort((a, b) => a.value - b.value)[0];
      const what = ind.measure === 'cumulative' ? '是自2024年1月1日起的累计数' : '是当年的累计数（每年从1月1日起计）';
      if (earlier) {
        fail(`${label}${what}，不应少于此前已报送的 ${earlier.value}${ind.unit}（截至 ${earlier.asOf}）（cumulative figure falls）`);
        continue;
      }
      if (later) {
        fail(`${label}${what}，不应多于此后已报送的 ${later.value}${ind.unit}（截至 ${later.asOf}）（cumulative figure falls）`);
        continue;
      }
    }

    const target = largestDistrictTarget(ind);
    if (target && ind.measure !== 'rate' && value > targetMultipleLimit * target.value) {
      const times = Math.round(value / target.value);
      fail(`${label}的区级目标是 ${target.raw}，本数是它的 ${times} 倍，疑似多写了位数或单位有误（如把“万”又乘了一次）（figure over ten times its target）`);
    }
  }
  return errors;
}
