/** The arithmetic of a progress assessment in plain Chinese, for the method section and indicator pages. Pure. */
import { formatNumber, formatPercent, round2 } from '../model/format.ts';
import { firstTargetYear, lastTargetYear } from '../model/targets.ts';
import { ON_TRACK, PLAN_END, SPEED_UP, statusLabels, type Assessment, type PathPoint } from './assess.ts';

/** A value with its unit: 1,050个, 84.5%. */
export function withUnit(value: number, unit: string): string {
  return `${formatNumber(round2(value))}${unit}`;
}

const share = (x: number) => formatPercent(x * 100);

/** What a revision did to a figure, in a phrase: 由1,500个修订为1,600个, 删去（原为1,500个）, 恢复为1,600个. */
export function revisionPhrase(v: { previous: number | null; value: number | null; unit: string }): string {
  if (v.value === null) return v.previous === null ? '删去' : `删去（原为${withUnit(v.previous, v.unit)}）`;
  if (v.previous === null) return `恢复为${withUnit(v.value, v.unit)}`;
  if (v.previous === v.value) return `数值不变（${withUnit(v.value, v.unit)}），备注有修改`;
  return `由${withUnit(v.previous, v.unit)}修订为${withUnit(v.value, v.unit)}`;
}

function windowText(p: PathPoint): string {
  return `${p.window.start}至${p.window.end}`;
}

/** How the path's expected value at a date is reached, in words. */
export function expectedText(a: Assessment, p: PathPoint, date: string): string {
  const unit = a.indicatorUnit;
  const t = withUnit(a.target.value, unit);
  const elapsed = `时间进度 ${p.elapsedDays} 天 ÷ ${p.totalDays} 天 = ${share(p.elapsed)}（${windowText(p)}）`;
  if (p.elapsedDays === 0) return `目标期为${windowText(p)}，到${date}尚未开始`;
  const rateBetween = (a.measure === 'rate' || a.measure === 'growth') && a.target.year === lastTargetYear && p.window.end === PLAN_END;
  if (rateBetween && Math.abs(p.expectedValue - a.target.value * p.elapsed) > 1e-9) {
    return `按${firstTargetYear}年目标到${lastTargetYear}年目标的直线路径，到${date}应达到 ${withUnit(p.expectedValue, unit)}，即目标 ${t} 的 ${share(p.expectedShare)}`;
  }
  return `${elapsed}，到${date}应完成目标 ${t} 的 ${share(p.expectedShare)}，即 ${withUnit(p.expectedValue, unit)}`;
}

/**
 * The steps from the reported figure to the status, one sentence each. `today` is the build
 * date; `named` starts the first step with the target, for lists that cover several targets.
 */
export function explain(a: Assessment, today: string, named = true): string[] {
  const unit = a.indicatorUnit;
  const t = named ? `${a.target.year}年目标 ${a.target.raw}：` : '';
  if (!a.reading || !a.atReading || a.reached === null || a.pace === null) {
    return [`${t}目标期内暂无报送数据，状态为“${statusLabels['no-data']}”。`, `${expectedText(a, a.atToday, `今天（${today}）`)}。`];
  }
  const steps = [
    `${t}截至 ${a.reading.asOf} 报送 ${withUnit(a.reading.value, unit)}，完成比例 ${withUnit(a.reading.value, unit)} ÷ ${withUnit(a.target.value, unit)} = ${share(a.reached)}。`,
    `${expectedText(a, a.atReading, a.reading.asOf)}。`,
  ];
  if (a.met) {
    steps.push(`已达到目标${a.target.qualifier === '超' ? '（“超”须高于目标值）' : ''}，状态为“${statusLabels.done}”。`);
  } else if (a.ended) {
    steps.push(`目标期已结束，未达到目标，状态为“${statusLabels.behind}”。`);
  } else {
    const pace = a.pace.toFixed(2);
    const band = a.pace >= ON_TRACK ? `不低于 ${ON_TRACK}` : a.pace >= SPEED_UP ? `在 ${SPEED_UP}–${ON_TRACK} 之间` : `低于 ${SPEED_UP}`;
    steps.push(`进度比 ${share(a.reached)} ÷ ${share(a.atReading.expectedShare)} = ${pace}，${band}，状态为“${statusLabels[a.status]}”。`);
  }
  return steps;
}
