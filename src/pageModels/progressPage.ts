/**
 * What /progress/ shows: the status counts, the two charts and their tables, the indicator rows
 * grouped by action, the method and the working-out. Pure: the page passes what src/data returns
 * (content, progress data with its "today") and prints the result.
 */
import { formatPercent, itemMarker } from '../model/format.ts';
import { firstTargetYear as first, lastTargetYear as last } from '../model/targets.ts';
import {
  countByStatus,
  daysBetween,
  ON_TRACK,
  PLAN_END,
  PLAN_START,
  SPEED_UP,
  statusLabels,
  statusOrder,
  type Assessment,
  type Reading,
  type Status,
} from '../progress/assess.ts';
import { levelBars } from '../progress/chart.ts';
import { expectedAmount, explain, withUnit } from '../progress/text.ts';
import { rulesOf, type RuledText, type RuleId } from '../model/rules.ts';
import { withBase } from '../site/url.ts';
import { indicatorGroups, siteFiledMark } from '../site/indicatorGroups.ts';
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Action } from '../schemas/task.ts';

/** An indicator as src/data gives it (a collection entry) or the content reader does. */
export interface IndicatorEntryLike {
  data: Pick<Indicator, 'number' | 'slug' | 'name' | 'unit' | 'measure' | 'type' | 'remark' | 'targets' | 'action' | 'responsibleText'>;
}

/** The parts of src/data/content.ts's result this page reads. */
export interface ProgressPageContent<I extends IndicatorEntryLike> {
  /** The ten actions, by number. */
  actions: readonly { data: Pick<Action, 'slug' | 'number' | 'title'> }[];
  /** Every indicator, by number. */
  indicators: readonly I[];
  /** The bureaus responsible for an indicator, 各牵头单位 expanded. */
  indicatorDepartments: (indicator: I) => readonly { data: Pick<Department, 'id' | 'name'> }[];
  /** Whether the action's own text holds the indicator's sentences (src/data/join.ts); when not, the grouping is ours. */
  filedByPlan: (indicator: I) => boolean;
}

/** One indicator's figures and assessments, as src/data/progress.ts gives them. */
export interface IndicatorProgressLike<I> {
  indicator: I;
  /** Every reported figure, oldest first. */
  figures: readonly Reading[];
  assessments: readonly Assessment[];
  primary: Assessment | null;
}

/** The parts of src/data/progress.ts's result this page reads. */
export interface ProgressPageData<I> {
  /** The build date (YYYY-MM-DD). */
  today: string;
  latestAsOf: string | null;
  hasSample: boolean;
  /** Every reported figure; only whether there is any is read here. */
  figures: readonly unknown[];
  /** Every indicator, by number. */
  byIndicator: readonly IndicatorProgressLike<I>[];
}

/** A value with a line of small print under it; either may be missing. */
export interface Noted {
  text: string | null;
  note: string | null;
}

export interface ProgressRow {
  /** The row's id, a link target: progress-7. */
  id: string;
  number: number;
  name: string;
  /** 本站归类 when the row sits under an action the plan does not file it under; null otherwise. */
  filedMark: string | null;
  /** The rules behind the row's grouping (main targets under actions). */
  filedRules: RuleId[];
  href: string;
  /** The status badge; null when the indicator sets no district target (shown as —). */
  status: Status | null;
  /** What the status filter matches on. */
  filterStatus: Status;
  /** Ids of the responsible bureaus, space-separated, for the bureau filter. */
  departmentIds: string;
  target: string;
  latest: Noted;
  reached: string;
  expected: Noted;
  responsible: string;
}

export interface ProgressGroup {
  /** The heading's id: group-general, group-<action slug>. */
  id: string;
  title: string;
  rows: ProgressRow[];
  /** The 计算口径 behind the rows' 应完成比例 (the straight-line path, how each is counted), for the column's header. */
  expectedRules: RuleId[];
  /** The further rules behind the rows' statuses (超/以上, a year without a target), for the column's header. */
  statusRules: RuleId[];
}

export interface ChartSpec {
  type: 'bar';
  unit: string;
  labels: string[];
  series: { label: string; data: (number | null)[] }[];
}

export interface ShareRow {
  id: string;
  label: string;
  reached: string;
  expected: string;
  asOf: string;
}

export interface LevelRow {
  id: string;
  label: string;
  /** One per level, national to district; value null when the level sets no 2027 target. */
  cells: { label: string; value: string | null }[];
}

export interface Option {
  value: string;
  label: string;
}

export interface ProgressPage {
  description: string;
  /** How many indicators the plan sets (22). */
  indicatorCount: number;
  latestAsOf: string;
  today: string;
  /** 方案实施期时间进度, e.g. 73.27%（2024-01-01至2027-12-31，已过 1071 天，共 1461 天）. */
  planElapsed: string;
  hasFigures: boolean;
  hasSample: boolean;
  statusCounts: { status: Status; count: number }[];
  /** Share reached against share expected, for indicators with a figure; null when none has one. */
  shareChart: { summary: string; spec: ChartSpec; rows: ShareRow[]; expectedRules: RuleId[] } | null;
  filters: { statuses: Option[]; departments: Option[] };
  groups: ProgressGroup[];
  levelChart: { summary: string; spec: ChartSpec; headers: string[]; rows: LevelRow[] };
  /** The paragraphs of 计算方法, each with the 计算口径 it rests on. */
  method: RuledText[];
  arithmetic: { id: string; title: string; steps: RuledText[] }[];
  downloads: { xlsx: string; csv: string; rss: string };
  aboutData: string;
}

/** A share (0–1) as the chart draws it: per cent, rounded to two decimals. */
export const chartPercent = (share: number) => Math.round(share * 10000) / 100;

const levelNamesShort = ['国家', '省', '市', '区'];

function expectedCell(a: Assessment | null, unit: string): Noted {
  if (!a) return { text: '—', note: null };
  if (a.atReading) return { text: formatPercent(a.atReading.expectedShare * 100), note: null };
  if (a.atToday.elapsedDays === 0) return { text: null, note: `目标期（${a.atToday.window.start.slice(0, 4)}年）尚未开始` };
  const amount = expectedAmount(a.atToday.expectedValue, unit, a.measure);
  return { text: formatPercent(a.atToday.expectedShare * 100), note: `到本页生成日期，${/^[约不]/.test(amount) ? amount : `即 ${amount}`}` };
}

function latestCell(p: IndicatorProgressLike<unknown>, unit: string): Noted {
  const reading = p.primary?.reading;
  if (reading) return { text: withUnit(reading.value, unit), note: `截至${reading.asOf}` };
  // A figure outside the target's period (e.g. for 2024 only, now that the 2027 target applies).
  const latest = p.figures.at(-1);
  if (latest) return { text: withUnit(latest.value, unit), note: `截至${latest.asOf}，不在目标期内` };
  return { text: '暂无报送', note: null };
}

/**
 * The 计算方法 section, in the terms of src/progress/assess.ts: the arithmetic of the columns. The
 * 计算口径 it rests on are stated on /about/method/, once; each paragraph carries the rules it
 * applies, for the page to mark, instead of restating them.
 */
export function methodText(today: string): RuledText[] {
  return [
    {
      text: '每项指标按区级目标计算。数值以各单位报送的“截至日期”为准，取目标期内最近一次报送的数值。',
      rules: ['blank-cells', 'cumulative-reports', 'text-in-force'],
    },
    { text: '完成比例 = 报送数值 ÷ 目标值。', rules: [] },
    {
      text: `应完成比例 = 按直线路径到截至日期应达到的数值 ÷ 目标值。${first}年目标的期限为${first}年1月1日至12月31日，${last}年目标为${first}年1月1日至${last}年12月31日，“当年数量”类指标为目标所在的自然年；数量类指标应完成的数量取整。`,
      rules: ['straight-line-path', 'cumulative-base', 'every-year-2024-target', 'every-year-2027-target'],
    },
    {
      text: `进度比 = 完成比例 ÷ 应完成比例。状态：达到目标为“已完成”；进度比不低于 ${ON_TRACK} 为“进度正常”；在 ${SPEED_UP} 至 ${ON_TRACK} 之间为“需加快”；低于 ${SPEED_UP}，或目标期已结束仍未达到目标，为“滞后”；目标期内没有报送数据为“暂无数据”。`,
      rules: ['exceed'],
    },
    { text: `尚无报送数据的指标，按本页生成日期 ${today} 计算应完成比例。截至日期晚于生成日期的数值不计入。`, rules: [] },
  ];
}

/** 方案实施期时间进度 on `today`: the share of the plan's days elapsed, and the days. */
export function planElapsed(today: string): string {
  const totalDays = daysBetween(PLAN_START, PLAN_END) + 1;
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(PLAN_START, today) + 1));
  return `${formatPercent((elapsedDays / totalDays) * 100)}（${PLAN_START}至${PLAN_END}，已过 ${elapsedDays} 天，共 ${totalDays} 天）`;
}

export function progressPage<I extends IndicatorEntryLike>(content: ProgressPageContent<I>, progress: ProgressPageData<I>, base: string): ProgressPage {
  const { today, byIndicator } = progress;
  const counts = countByStatus(byIndicator.map((p) => p.primary?.status ?? 'no-data'));

  // Bureaus in the order the rows first name them, for the filter.
  const departments = new Map<string, string>();
  const row = (p: IndicatorProgressLike<I>): ProgressRow => {
    const a = p.primary;
    const ind = p.indicator.data;
    const ds = content.indicatorDepartments(p.indicator);
    ds.forEach((d) => departments.set(d.data.id, d.data.name));
    const action = content.actions.find((x) => x.data.slug === ind.action)?.data ?? null;
    const filed = indicatorGroups(ind, action, content.filedByPlan(p.indicator)).find((g) => g.kind === 'action');
    const ours = filed?.kind === 'action' && filed.ours;
    return {
      id: `progress-${ind.number}`,
      number: ind.number,
      name: ind.name,
      filedMark: ours ? siteFiledMark : null,
      filedRules: filed?.kind === 'action' ? filed.rules : [],
      href: withBase(base, `/indicators/${ind.slug}/#progress`),
      status: a?.status ?? null,
      filterStatus: a?.status ?? 'no-data',
      departmentIds: ds.map((d) => d.data.id).join(' '),
      target: a ? `${a.target.year}年 ${a.target.raw}` : '—',
      latest: latestCell(p, ind.unit),
      reached: a?.reached != null ? formatPercent(a.reached * 100) : '—',
      expected: expectedCell(a, ind.unit),
      responsible: ind.responsibleText,
    };
  };
  const rows = new Map(byIndicator.map((p) => [p, row(p)]));
  const rowsOf = (action: string | null) => byIndicator.filter((p) => p.indicator.data.action === action).map((p) => rows.get(p)!);
  const assessmentsOf = (action: string | null) => byIndicator.filter((p) => p.indicator.data.action === action).flatMap((p) => (p.primary ? [p.primary] : []));
  const group = (id: string, title: string, action: string | null): ProgressGroup => {
    const list = assessmentsOf(action);
    const expectedRules = rulesOf(...list.map((a) => a.pathRules));
    return { id, title, rows: rowsOf(action), expectedRules, statusRules: rulesOf(...list).filter((r) => !expectedRules.includes(r)) };
  };
  const groups = [
    group('group-general', '总体目标', null),
    ...content.actions.map((a) => group(`group-${a.data.slug}`, `${itemMarker(a.data.number)}${a.data.title}`, a.data.slug)),
  ].filter((g) => g.rows.length > 0);

  const reported = byIndicator.flatMap((p) =>
    p.primary?.reached != null && p.primary.atReading && p.primary.reading
      ? [
          {
            ind: p.indicator.data,
            reached: p.primary.reached,
            expectedShare: p.primary.atReading.expectedShare,
            asOf: p.primary.reading.asOf,
            status: p.primary.status,
            pathRules: p.primary.pathRules,
          },
        ]
      : [],
  );
  const behind = reported.filter((r) => r.status === 'behind' || r.status === 'speed-up').length;
  const shareChart =
    reported.length === 0
      ? null
      : {
          summary: `${reported.length} 项指标有报送数据，其中 ${counts.done} 项已完成，${behind} 项完成比例明显低于时间进度（需加快或滞后）。`,
          spec: {
            type: 'bar' as const,
            unit: '%',
            labels: reported.map((r) => `指标${r.ind.number}`),
            series: [
              { label: '完成比例', data: reported.map((r) => chartPercent(r.reached)) },
              { label: '按时间进度应完成比例', data: reported.map((r) => chartPercent(r.expectedShare)) },
            ],
          },
          rows: reported.map((r) => ({
            id: `share-${r.ind.number}`,
            label: `指标${r.ind.number}：${r.ind.name}`,
            reached: formatPercent(r.reached * 100),
            expected: formatPercent(r.expectedShare * 100),
            asOf: r.asOf,
          })),
          expectedRules: rulesOf(...reported.map((r) => r.pathRules)),
        };

  // Four levels side by side for the indicators measured in per cent (counts differ too much to share an axis).
  const levelRows = content.indicators.filter((i) => i.data.unit === '%').map((i) => ({ ind: i.data, bars: levelBars(i.data)! }));
  const sameAsCity = levelRows.filter((r) => r.bars[3]!.y2027 !== null && r.bars[3]!.y2027 === r.bars[2]!.y2027).length;

  return {
    description: `伍家岗区“两新”${content.indicators.length}项目标指标的完成进展：报送数值、完成比例、时间进度与状态。`,
    indicatorCount: content.indicators.length,
    latestAsOf: progress.latestAsOf ?? '尚无报送数据',
    today,
    planElapsed: planElapsed(today),
    hasFigures: progress.figures.length > 0,
    hasSample: progress.hasSample,
    statusCounts: statusOrder.map((status) => ({ status, count: counts[status] })),
    shareChart,
    filters: {
      statuses: statusOrder.map((s) => ({ value: s, label: statusLabels[s] })),
      departments: [...departments].map(([value, label]) => ({ value, label })),
    },
    groups,
    levelChart: {
      summary: `${levelRows.length} 项以百分比计的指标中，区级2027年目标与市级相同的有 ${sameAsCity} 项；以数量计的指标各级相差悬殊，见各指标页的四级目标表。`,
      spec: {
        type: 'bar',
        unit: '%',
        labels: levelRows.map((r) => `指标${r.ind.number}`),
        series: levelNamesShort.map((name, li) => ({ label: `${name}级2027年目标`, data: levelRows.map((r) => r.bars[li]!.y2027) })),
      },
      headers: levelNamesShort.map((n) => `${n}级`),
      rows: levelRows.map((r) => ({
        id: `level-chart-${r.ind.number}`,
        label: `指标${r.ind.number}：${r.ind.name}`,
        cells: r.bars.map((b, i) => ({ label: `${levelNamesShort[i]}级`, value: b.y2027 === null ? null : formatPercent(b.y2027) })),
      })),
    },
    method: methodText(today),
    arithmetic: byIndicator.map((p) => ({
      id: `arithmetic-${p.indicator.data.number}`,
      title: `指标${p.indicator.data.number}：${p.indicator.data.name}`,
      steps: p.assessments.flatMap((a) => explain(a, today)),
    })),
    downloads: {
      xlsx: withBase(base, '/progress/template.xlsx'),
      csv: withBase(base, '/progress/template.csv'),
      rss: withBase(base, '/progress/rss.xml'),
    },
    aboutData: `进展数据由各责任单位定期报送，经导入检查后发布；本页按计划定时重新生成。${
      progress.hasSample ? '本演示站的数值为虚构的示例数据，正式网站不包含这些数据。' : '本站只发布各单位正式报送的数据，不包含任何示例或估算数值。'
    }`,
  };
}
