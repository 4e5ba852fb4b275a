/**
 * Synthetic progress reports for the benchmark's scaled content: what the site holds near the end
 * of the plan, when every bureau has reported every quarter. One report per bureau per quarter,
 * one row per indicator it is responsible for, with a value on a straight path towards the
 * district target. The figures are invented for timing builds only: they are marked sample, live
 * in the bench's temporary folder and are never published.
 */
import type { Indicator } from '../../src/schemas/indicator.ts';
import type { ProgressReport, ProgressRow } from '../../src/schemas/progress.ts';
import { parseTargetCell } from '../../src/model/targets.ts';

/** A reporting quarter: its 报告期 name, the file-name stem and the date its figures are as of. */
export interface Quarter {
  period: string;
  stem: string;
  asOf: string;
}

const quarterNames = ['第一季度', '第二季度', '第三季度', '第四季度'];
const quarterEnds = ['03-31', '06-30', '09-30', '12-31'];

/** Quarters from the first to the last (inclusive), as [year, quarter 1–4]. */
export function quarters(from: [number, number], to: [number, number]): Quarter[] {
  const out: Quarter[] = [];
  for (let [y, q] = from; y < to[0] || (y === to[0] && q <= to[1]); q === 4 ? ((y += 1), (q = 1)) : (q += 1)) {
    out.push({ period: `${y}年${quarterNames[q - 1]}`, stem: `${y}-q${q}`, asOf: `${y}-${quarterEnds[q - 1]}` });
  }
  return out;
}

/**
 * The quarters the bench models: from the first report in examples/ (2024 Q4) to 2026 Q3, so every
 * date lies before the day this generator was written and the content check (dates ≤ today)
 * accepts them on any later day; fixed, so figures stay comparable between bench runs.
 */
export const benchQuarters = quarters([2024, 4], [2026, 3]);

type IndicatorFields = Pick<Indicator, 'number' | 'unit' | 'measure' | 'targets' | 'responsible'>;

/** The district's numeric target an indicator is measured against: 2027's, else 2024's. */
function districtTarget(ind: IndicatorFields): number | null {
  for (const raw of [ind.targets.district2027, ind.targets.district2024]) {
    const cell = parseTargetCell(raw);
    if (cell?.kind === 'value') return cell.value;
  }
  return null;
}

/**
 * The value reported at a date: on a straight path from 0 on 2024-01-01 to the target at the end
 * of 2027 (cumulative counts, rates, growth), or from 0 to the target within each year (annual
 * counts). Whole numbers unless the unit is %; rates never above 100.
 */
export function syntheticValue(ind: Pick<IndicatorFields, 'unit' | 'measure'>, target: number, asOf: string): number {
  const [year, month] = asOf.split('-').map(Number) as [number, number];
  const share = ind.measure === 'annual' ? month / 12 : ((year - 2024) * 12 + month) / 48;
  const value = target * share;
  if (ind.unit !== '%') return Math.round(value);
  const rounded = Math.round(value * 10) / 10;
  return ind.measure === 'rate' ? Math.min(rounded, 100) : rounded;
}

/**
 * One report per bureau and quarter for the given indicators. An indicator is reported by its
 * first responsible bureau; indicators without one (各牵头单位) or without a numeric district
 * target are left out, as no single bureau would report them.
 */
export function syntheticReports(indicators: IndicatorFields[], periods: Quarter[] = benchQuarters): { file: string; report: ProgressReport }[] {
  const byDepartment = new Map<string, { ind: IndicatorFields; target: number }[]>();
  for (const ind of indicators) {
    const department = ind.responsible[0];
    const target = districtTarget(ind);
    if (!department || target === null) continue;
    const list = byDepartment.get(department) ?? [];
    list.push({ ind, target });
    byDepartment.set(department, list);
  }
  const out: { file: string; report: ProgressReport }[] = [];
  for (const q of periods) {
    for (const [department, list] of [...byDepartment].sort(([a], [b]) => a.localeCompare(b))) {
      const rows: ProgressRow[] = list.map(({ ind, target }) => ({
        indicator: ind.number,
        asOf: q.asOf,
        value: syntheticValue(ind, target, q.asOf),
        unit: ind.unit,
        note: '基准测试合成数据',
        source: '',
        explanation: '',
      }));
      out.push({
        file: `${q.stem}-${department}.json`,
        report: { period: q.period, department, sample: true, importedFrom: '基准测试合成数据（npm run bench）', imported: q.asOf, rows, revisions: [] },
      });
    }
  }
  return out;
}
