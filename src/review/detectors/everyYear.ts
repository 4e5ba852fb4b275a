/**
 * 每年 targets whose table has no yearly figure: an indicator set "every year" (its name in 附件2
 * says 每年, or the text's sentence that gives its figure does) for which 附件2 gives a district
 * figure in one of its two years only, so the years in between and the other column have none.
 */
import type { Indicator } from '../../schemas/indicator.ts';
import { parseTargetCell } from '../../model/targets.ts';
import { clauses } from './text.ts';

export interface EveryYearGap {
  indicator: Indicator;
  /** The words that make it a yearly target: the name, or the text's clause. */
  yearlyBy: { kind: 'name' | 'text'; words: string };
  /** The one year 附件2 sets, and its cell as written, e.g. 2024 and 150户. */
  set: { year: 2024 | 2027; cell: string };
  /** The year whose district cell is "/" or blank. */
  missing: 2024 | 2027;
}

/** Whether `clause` states the number of the cell `raw` (150户 → 150, 2万户以上 → 2), not as part of a longer number. */
function statesFigure(clause: string, raw: string): boolean {
  const digits = /\d+(?:\.\d+)?/.exec(raw)?.[0];
  if (!digits) return false;
  return new RegExp(`(?<![0-9.])${digits.replace('.', '\\.')}(?![0-9.])`).test(clause);
}

export function everyYearGaps(indicators: readonly Indicator[]): EveryYearGap[] {
  return indicators.flatMap((ind) => {
    const cells = ([2024, 2027] as const).map((year) => ({ year, cell: parseTargetCell(ind.targets[`district${year}`]) }));
    const withValue = cells.filter((c) => c.cell?.kind === 'value');
    if (withValue.length !== 1) return [];
    const [set] = withValue;
    const cell = set!.cell!;
    if (cell.kind !== 'value') return [];
    const textClause = ind.source.flatMap(clauses).find((c) => c.includes('每年') && statesFigure(c, cell.raw));
    const yearlyBy = ind.name.includes('每年') ? { kind: 'name' as const, words: ind.name } : textClause ? { kind: 'text' as const, words: textClause } : null;
    if (!yearlyBy) return [];
    return [{ indicator: ind, yearlyBy, set: { year: set!.year, cell: cell.raw }, missing: set!.year === 2024 ? 2027 : 2024 }];
  });
}
