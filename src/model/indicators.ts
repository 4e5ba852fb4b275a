/** Views of one indicator's targets that pages and downloads share. Pure. */
import { parseRemark, shareOfCity } from './remark.ts';
import { levelNames, parseTargetCell, targetColumns, type Level, type TargetCell, type TargetKey, type TargetYear } from './targets.ts';

/** The fields of an indicator these helpers read (structural, so tests can pass plain objects). */
export interface IndicatorLike {
  type: 'main' | 'specific';
  measure: 'growth' | 'rate' | 'annual' | 'cumulative';
  unit: string;
  remark: string;
  targets: Record<TargetKey, string>;
}

export const typeLabels = { main: '主要目标', specific: '具体目标' } as const;

export const measureLabels = {
  growth: '较2023年增长率',
  rate: '比率（占比）',
  annual: '当年数量',
  cumulative: '自2024年起累计数量',
} as const;

/** What a reported value means, in words a bureau clerk and a reader both understand. */
export const measureExplanations = {
  growth: '以2023年为基数计算的增长百分比，例如“增长25%”。',
  rate: '某一时点的比率或占比（百分比）。',
  annual: '一个自然年内完成的数量；“每年”“全年”类指标每年分别计算。',
  cumulative: '自2024年1月1日起累计完成的数量。',
} as const;

export interface TargetView {
  key: TargetKey;
  level: Level;
  year: TargetYear;
  cell: TargetCell;
}

export function targetViews(ind: IndicatorLike): TargetView[] {
  return targetColumns.map((c) => ({
    key: c.key,
    level: c.level,
    year: c.year,
    // Cells were validated by the schema, so a parse failure here means a bug, not bad content.
    cell: parseTargetCell(ind.targets[c.key]) ?? { kind: 'blank', raw: '' },
  }));
}

/**
 * What an indicator's card shows for one level: its 2024 and 2027 targets as labelled fields
 * ("区级 2024年" → "超75万辆"), a cell with no figure in words rather than a bare "/".
 */
export function levelFields(ind: IndicatorLike, level: Level): { label: string; text: string; set: boolean }[] {
  return targetViews(ind)
    .filter((v) => v.level === level)
    .map((v) => ({ label: `${levelNames[level]}级 ${v.year}年`, text: cellDescription(v.cell), set: v.cell.kind === 'value' }));
}

/** The district's own targets, 2024 then 2027, where set. */
export function districtTargets(ind: IndicatorLike): TargetView[] {
  return targetViews(ind).filter((t) => t.level === 'district' && t.cell.kind === 'value');
}

/** The target to headline: the district's 2027 target, else its 2024 one. */
export function headlineTarget(ind: IndicatorLike): TargetView | null {
  const d = districtTargets(ind);
  return d.find((t) => t.year === 2027) ?? d[0] ?? null;
}

/**
 * The district target as a share of the city's, for counts only (a share of a growth rate or a
 * ratio means nothing). Uses the year the 备注 share refers to: the latest year both are set.
 */
export function districtShare(ind: IndicatorLike): { year: TargetYear; percent: number; stated: number | null } | null {
  if (ind.measure === 'growth' || ind.measure === 'rate') return null;
  const views = targetViews(ind);
  const remark = parseRemark(ind.remark);
  for (const year of [2027, 2024] as const) {
    const d = views.find((v) => v.level === 'district' && v.year === year)?.cell;
    const c = views.find((v) => v.level === 'city' && v.year === year)?.cell;
    if (d?.kind === 'value' && c?.kind === 'value') {
      const percent = shareOfCity(d.value, c.value);
      if (percent !== null) return { year, percent, stated: remark?.kind === 'share' ? remark.percent : null };
    }
  }
  return null;
}

/** The cell as readers see it: the table's own text, "/" for no target, a word for a blank cell. */
export function cellText(cell: TargetCell): string {
  if (cell.kind === 'value') return cell.raw;
  return cell.kind === 'none' ? '/' : '（空白）';
}

/** What a screen reader should say for a cell that has no figure. */
export function cellDescription(cell: TargetCell): string {
  if (cell.kind === 'value') return cell.raw;
  return cell.kind === 'none' ? '不设此级目标' : '表中空白，未设目标';
}

/** Whether an annual count's name says 每年, so its target is read as applying to every year of the plan. */
export function namesEveryYear(ind: Pick<IndicatorLike, 'measure'> & { name: string }): boolean {
  return ind.measure === 'annual' && ind.name.includes('每年');
}
