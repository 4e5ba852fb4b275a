/** Views of one indicator's targets that pages and downloads share. Pure. */
import { parseRemark, shareOfCity } from './remark.ts';
import type { RuleId } from './rules.ts';
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
export function districtShare(ind: IndicatorLike): { year: TargetYear; percent: number; stated: number | null; sample?: true } | null {
  if (ind.measure === 'growth' || ind.measure === 'rate') return null;
  const views = targetViews(ind);
  const remark = parseRemark(ind.remark);
  for (const year of [2027, 2024] as const) {
    const d = views.find((v) => v.level === 'district' && v.year === year)?.cell;
    const c = views.find((v) => v.level === 'city' && v.year === year)?.cell;
    if (d?.kind === 'value' && c?.kind === 'value') {
      const percent = shareOfCity(d.value, c.value);
      // A share computed from a value the demo invented is invented too, and says so.
      const sample = d.sample === true || c.sample === true;
      if (percent !== null) return { year, percent, stated: remark?.kind === 'share' ? remark.percent : null, ...(sample ? { sample: true as const } : {}) };
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

/** The 计算口径 behind reading a target cell: a "/" or a blank cell is read as no target ('blank-cells'). */
export function cellRules(cell: TargetCell): RuleId[] {
  return cell.kind === 'value' ? [] : ['blank-cells'];
}

/** Whether an annual count's name says 每年, so its target is read as applying to every year of the plan. */
export function namesEveryYear(ind: Pick<IndicatorLike, 'measure'> & { name: string }): boolean {
  return ind.measure === 'annual' && ind.name.includes('每年');
}

/** The 计算口径 a kind of measure may apply, for pages that explain the kinds (the data dictionary). */
export function measureKindRules(measure: IndicatorLike['measure']): RuleId[] {
  if (measure === 'cumulative') return ['cumulative-base', 'cumulative-despite-every-year'];
  if (measure === 'annual') return ['every-year-2024-target', 'every-year-2027-target'];
  return [];
}

/**
 * The 计算口径 behind how an indicator is measured (its 计量方式, the period its progress is counted
 * over): a count from 2024-01-01; a 每年 target set for one year only, applied to every year; a
 * count whose sentence says 每年 though its name does not, counted as a total. `source` is the
 * plan's sentences for the indicator (absent: none).
 */
export function measureRules(ind: Pick<IndicatorLike, 'measure' | 'targets'> & { name: string; source?: readonly string[] | undefined }): RuleId[] {
  const rules: RuleId[] = [];
  if (ind.measure === 'cumulative') {
    rules.push('cumulative-base');
    if ((ind.source ?? []).some((s) => s.includes('每年'))) rules.push('cumulative-despite-every-year');
  }
  if (namesEveryYear(ind)) {
    const years = targetColumns
      .filter((c) => c.level === 'district' && parseTargetCell(ind.targets[c.key])?.kind === 'value')
      .map((c) => c.year)
      .join();
    if (years === '2024') rules.push('every-year-2024-target');
    if (years === '2027') rules.push('every-year-2027-target');
  }
  return rules;
}
