/**
 * Data for the progress charts and the tables beside them, and the one-sentence summary each
 * chart carries. Pure; the same numbers go into the server-rendered table and the chart.
 */
import { formatPercent, round2 } from '../model/format.ts';
import { pathAt, type Assessment, type IndicatorForProgress, type Reading } from './assess.ts';
import { expectedAmount, withUnit } from './text.ts';
import { firstTargetYear, lastTargetYear, levelNames, targetColumns, type Level } from '../model/targets.ts';
import { parseTargetCell } from '../model/targets.ts';

export interface LinePoint {
  date: string;
  /** Reported value on that date, if any. */
  reported: number | null;
  /** The straight-line path's value on that date. */
  path: number;
}

/** Dates where the path bends or restarts: the first and last day of each year of the target's period. */
function pathDates(a: Assessment): string[] {
  const last = a.target.year === firstTargetYear && !a.everyYear ? firstTargetYear : lastTargetYear;
  const out: string[] = [];
  for (let y: number = firstTargetYear; y <= last; y++) out.push(`${y}-01-01`, `${y}-12-31`);
  return out;
}

/** Rows of the chart and its table: every path bend and every reported figure, by date. */
export function lineSeries(ind: IndicatorForProgress, a: Assessment, readings: Reading[]): LinePoint[] {
  const last = pathDates(a).at(-1)!;
  const dates = [...new Set([...pathDates(a), ...readings.filter((r) => r.asOf <= last).map((r) => r.asOf)])].sort();
  return dates.map((date) => ({
    date,
    reported: readings.find((r) => r.asOf === date)?.value ?? null,
    path: round2(pathAt(ind, a.target, date).expectedValue),
  }));
}

/** One sentence saying what the line chart shows. */
export function lineSummary(name: string, a: Assessment): string {
  const unit = a.indicatorUnit;
  const t = `${a.target.year}年目标${a.target.raw}`;
  if (!a.reading || a.reached === null || !a.atReading) {
    return `“${name}”尚无报送数据；按直线路径，到本页生成日期应完成${t}的${formatPercent(a.atToday.expectedShare * 100)}（${expectedAmount(a.atToday.expectedValue, unit, a.measure)}）。`;
  }
  return `“${name}”截至${a.reading.asOf}为${withUnit(a.reading.value, unit)}，完成${t}的${formatPercent(a.reached * 100)}，按直线路径此时应完成${formatPercent(a.atReading.expectedShare * 100)}。`;
}

export interface LevelBar {
  level: Level;
  label: string;
  y2024: number | null;
  y2027: number | null;
}

/** The four levels' targets, where the indicator is a percentage (counts differ by orders of magnitude). */
export function levelBars(ind: IndicatorForProgress): LevelBar[] | null {
  if (ind.unit !== '%') return null;
  const value = (key: string | undefined) => {
    if (!key) return null;
    const cell = parseTargetCell(ind.targets[key as keyof typeof ind.targets]);
    return cell?.kind === 'value' ? cell.value : null;
  };
  const levels: Level[] = ['national', 'province', 'city', 'district'];
  return levels.map((level) => ({
    level,
    label: `${levelNames[level]}级`,
    y2024: value(targetColumns.find((c) => c.level === level && c.year === 2024)?.key),
    y2027: value(targetColumns.find((c) => c.level === level && c.year === 2027)?.key),
  }));
}

export function levelSummary(name: string, bars: LevelBar[]): string {
  const parts = bars.filter((b) => b.y2027 !== null).map((b) => `${b.label}${formatPercent(b.y2027!)}`);
  const d2024 = bars.find((b) => b.level === 'district')?.y2024;
  return parts.length > 0
    ? `“${name}”2027年目标：${parts.join('、')}${d2024 != null ? `；区级2024年目标${formatPercent(d2024)}` : ''}。`
    : `“${name}”只设2024年目标：${bars
        .filter((b) => b.y2024 !== null)
        .map((b) => `${b.label}${formatPercent(b.y2024!)}`)
        .join('、')}。`;
}
