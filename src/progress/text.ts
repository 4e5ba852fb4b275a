/**
 * The arithmetic of a progress assessment in plain Chinese, for the method section and indicator
 * pages. Each step carries the 计算口径 it applies (src/model/rules.ts), for the page to mark. Pure.
 */
import { formatCount, formatNumber, formatPercent, round2 } from '../model/format.ts';
import type { RuledText } from '../model/rules.ts';
import { firstTargetYear, lastTargetYear, sampleMark } from '../model/targets.ts';
import { ON_TRACK, PLAN_END, SPEED_UP, statusLabels, type Assessment, type PathPoint } from './assess.ts';

/** A value with its unit: 1050个, 84.5%. */
export function withUnit(value: number, unit: string): string {
  return `${formatNumber(round2(value))}${unit}`;
}

/** The target's value with its unit, and the 示例数据 mark when the demo invented it: 3000个, 750台（示例数据）. */
export function targetAmount(a: Pick<Assessment, 'target' | 'indicatorUnit'>): string {
  return `${withUnit(a.target.value, a.indicatorUnit)}${a.target.sample ? sampleMark : ''}`;
}

/**
 * A figure's 报告期 as the pages print it. The import read the bureau's words (第三季度, Q3, 9月) as
 * the period up to that date (前三季度): the rule 'cumulative-reports'.
 */
export function periodView(f: { period: string }): RuledText {
  return { text: f.period, rules: ['cumulative-reports'] };
}

/** Whether a measure counts things (台, 个, 户 …) rather than a rate in per cent. */
export const countsThings = (measure: Assessment['measure']) => measure === 'annual' || measure === 'cumulative';

/**
 * What the straight-line path expects, as a reader sees it: a rate with its decimals (58.7%); a
 * count of things rounded (约73台套), never 73.37台套.
 */
export function expectedAmount(value: number, unit: string, measure: Assessment['measure']): string {
  return countsThings(measure) ? formatCount(value, unit) : withUnit(value, unit);
}

const share = (x: number) => formatPercent(x * 100);

/** What a revision did to a figure, in a phrase: 由1500个修订为1600个, 删去（原为1500个）, 恢复为1600个. */
export function revisionPhrase(v: { previous: number | null; value: number | null; unit: string }): string {
  if (v.value === null) return v.previous === null ? '删去' : `删去（原为${withUnit(v.previous, v.unit)}）`;
  if (v.previous === null) return `恢复为${withUnit(v.value, v.unit)}`;
  if (v.previous === v.value) return `数值不变（${withUnit(v.value, v.unit)}），备注有修改`;
  return `由${withUnit(v.previous, v.unit)}修订为${withUnit(v.value, v.unit)}`;
}

function windowText(p: PathPoint): string {
  return `${p.window.start}至${p.window.end}`;
}

/**
 * How the path's expected value at a date is reached, in words. A count says the share of time
 * elapsed and the rounded count (约73台套, 不足1家), never a fraction of a thing.
 */
export function expectedText(a: Assessment, p: PathPoint, date: string): string {
  const unit = a.indicatorUnit;
  const t = targetAmount(a);
  const elapsed = `时间进度 ${p.elapsedDays} 天 ÷ ${p.totalDays} 天 = ${share(p.elapsed)}（${windowText(p)}）`;
  if (p.elapsedDays === 0) return `目标期为${windowText(p)}，到${date}尚未开始`;
  const rateBetween = (a.measure === 'rate' || a.measure === 'growth') && a.target.year === lastTargetYear && p.window.end === PLAN_END;
  if (rateBetween && Math.abs(p.expectedValue - a.target.value * p.elapsed) > 1e-9) {
    return `按${firstTargetYear}年目标到${lastTargetYear}年目标的直线路径，到${date}应达到 ${withUnit(p.expectedValue, unit)}，即目标 ${t} 的 ${share(p.expectedShare)}`;
  }
  const amount = expectedAmount(p.expectedValue, unit, a.measure);
  return `${elapsed}，到${date}应完成目标 ${t} 的 ${share(p.expectedShare)}，${/^[约不]/.test(amount) ? amount : `即 ${amount}`}`;
}

/**
 * The steps from the reported figure to the status, one sentence each, each with the 计算口径 it
 * applies. `today` is the build date; `named` starts the first step with the target, for lists
 * that cover several targets.
 */
export function explain(a: Assessment, today: string, named = true): RuledText[] {
  const unit = a.indicatorUnit;
  const t = named ? `${a.target.year}年目标 ${a.target.raw}：` : '';
  const path = (p: PathPoint, date: string): RuledText => ({ text: `${expectedText(a, p, date)}。`, rules: a.pathRules });
  if (!a.reading || !a.atReading || a.reached === null || a.pace === null) {
    return [{ text: `${t}目标期内暂无报送数据，状态为“${statusLabels['no-data']}”。`, rules: [] }, path(a.atToday, `本页生成日期（${today}）`)];
  }
  const steps: RuledText[] = [
    {
      text: `${t}截至 ${a.reading.asOf} 报送 ${withUnit(a.reading.value, unit)}，完成比例 ${withUnit(a.reading.value, unit)} ÷ ${targetAmount(a)} = ${share(a.reached)}。`,
      rules: [],
    },
    path(a.atReading, a.reading.asOf),
  ];
  // Whether the target is met is read by its 超 or 以上 (the rule 'exceed'), met or not.
  const judged: RuledText['rules'] = a.target.qualifier ? ['exceed'] : [];
  if (a.met) {
    steps.push({ text: `已达到目标${a.target.qualifier === '超' ? '（“超”须高于目标值）' : ''}，状态为“${statusLabels.done}”。`, rules: judged });
  } else if (a.ended) {
    steps.push({ text: `目标期已结束，未达到目标，状态为“${statusLabels.behind}”。`, rules: judged });
  } else {
    const pace = a.pace.toFixed(2);
    const band = a.pace >= ON_TRACK ? `不低于 ${ON_TRACK}` : a.pace >= SPEED_UP ? `在 ${SPEED_UP}–${ON_TRACK} 之间` : `低于 ${SPEED_UP}`;
    steps.push({
      text: `进度比 ${share(a.reached)} ÷ ${share(a.atReading.expectedShare)} = ${pace}，${band}，状态为“${statusLabels[a.status]}”。`,
      rules: judged,
    });
  }
  return steps;
}
