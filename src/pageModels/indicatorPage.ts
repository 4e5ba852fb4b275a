/**
 * What an indicator's page (/indicators/<slug>/) shows above its progress: the facts of the row
 * of 附件2, the four levels' targets, the district's share of the city's target, the plan's words
 * and the notes. Pure: the page passes the indicator and what src/data/content.ts joins to it.
 */
import { formatPercent, itemMarker } from '../model/format.ts';
import { cellOrigin, type CellOrigin } from '../model/cells.ts';
import { cellRules, districtShare, headlineTarget, measureExplanations, measureLabels, measureRules, targetViews, typeLabels } from '../model/indicators.ts';
import { rulesOf, type RuleId } from '../model/rules.ts';
import { levelNames, sampleMark, type Level, type TargetCell } from '../model/targets.ts';
import { withBase } from '../site/url.ts';
import { goals, indicatorGroups, siteFiledMark } from '../site/indicatorGroups.ts';
import { spotFragment, type PlanSpot } from '../site/planParagraphs.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Action } from '../schemas/task.ts';

type IndicatorData = Pick<
  Indicator,
  | 'number'
  | 'slug'
  | 'name'
  | 'type'
  | 'measure'
  | 'unit'
  | 'remark'
  | 'targets'
  | 'responsibleText'
  | 'allActionLeads'
  | 'source'
  | 'notes'
  | 'inherited'
  | 'action'
>;

/** The parts of src/data/content.ts's result this page reads. */
export interface IndicatorPageContent<I, A, D> {
  actionOf: (indicator: I) => A | null;
  indicatorDepartments: (indicator: I) => D[];
  /** Whether the action's own text holds the indicator's sentences (src/data/join.ts). */
  filedByPlan: (indicator: I) => boolean;
  /** The paragraph of /plan/ that holds a quote. */
  planSpot: (quote: string) => PlanSpot | null;
}

/** One place the indicator is grouped: 总体目标 (the plan's), or an action, with 本站归类 when the filing is ours. */
export interface GroupText {
  text: string;
  href: string | null;
  /** 本站归类, or null when the plan itself groups it so. */
  mark: string | null;
  /** The rule the grouping applies, when it is ours. */
  rules: RuleId[];
}

export interface LevelRow {
  /** The row's id: level-city. */
  id: string;
  label: string;
  /** Null where the level has no 2024 column (the national level lists 2027 only). */
  y2024: TargetCell | null;
  y2027: TargetCell;
}

/** 区级目标占市级目标的比重: the sentence's lead, the figure in bold, and the check against the 备注. */
export interface ShareText {
  lead: string;
  percent: string;
  check: string | null;
}

export interface IndicatorPage<D> {
  /** 指标7：新增和改造充电桩（含自用桩）, the page's title and heading. */
  title: string;
  name: string;
  description: string;
  /** Bureau names, the search filter's values. */
  bureaus: string[];
  typeLabel: string;
  /** Whether the type is written in 附件2's row or assigned by the site (本站归类). */
  typeOrigin: CellOrigin;
  measureLabel: string;
  measureExplanation: string;
  /** The 计算口径 behind the 计量方式 (counted from 2024-01-01, 每年 …). */
  measureRules: RuleId[];
  unit: string;
  /** The responsible bureaus, linked; wrapped in 各牵头单位（…） when the table says so. */
  departments: D[];
  departmentsBefore: string;
  departmentsAfter: string;
  /** Whether 责任单位 is written in the row or filled from the merged cell above. */
  responsibleOrigin: CellOrigin;
  /** The rules behind the bureaus listed: 各牵头单位 expanded, a filled cell. */
  responsibleRules: RuleId[];
  /** 所属行动: 总体目标 for the main targets, the action (marked 本站归类 when the filing is ours). */
  groups: GroupText[];
  remark: string;
  remarkOrigin: CellOrigin;
  /** The district's headline target, when it is a figure. */
  headline: { label: string; figure: string } | null;
  levels: LevelRow[];
  /** The rules behind reading the table's "/" and blank cells, for its legend. */
  levelRules: RuleId[];
  share: ShareText | null;
  /**
   * The plan's sentences the indicator comes from, each with a link to the paragraph of /plan/
   * that holds it (and a text directive highlighting it).
   */
  source: { quote: string; href: string }[];
  notes: string[];
  tableHref: string;
  citation: { title: string; path: string; shortPath: string };
}

const levels: Level[] = ['national', 'province', 'city', 'district'];

/** The district's share of the city's target (counts only), and whether the 备注's share says the same. */
export function shareText(ind: Pick<Indicator, 'measure' | 'unit' | 'type' | 'remark' | 'targets'>): ShareText | null {
  const share = districtShare(ind);
  if (!share) return null;
  // Within 0.01 percentage points counts as the same, as this page has always said; the tables
  // and downloads use shareAgreement's 0.005 (no indicator falls between the two, see the test).
  const agree = share.stated !== null && Math.abs(share.stated - share.percent) < 0.01;
  return {
    lead: `区级目标占市级目标的比重（本站计算，${share.year}年）：`,
    percent: `${formatPercent(share.percent)}${share.sample ? sampleMark : ''}`,
    check: share.stated === null ? null : `；表中备注为“${ind.remark}”，${agree ? '二者一致' : '二者不一致'}。`,
  };
}

export function indicatorPage<I extends { data: IndicatorData }, D extends { data: { name: string } }>(
  indicator: I,
  content: IndicatorPageContent<I, { data: Pick<Action, 'slug' | 'number' | 'title'> }, D>,
  base: string,
): IndicatorPage<D> {
  const ind = indicator.data;
  const action = content.actionOf(indicator);
  const departments = content.indicatorDepartments(indicator);
  const views = targetViews(ind);
  const headline = headlineTarget(ind);
  const responsibleOrigin = cellOrigin(ind, 'responsible');
  const title = `指标${ind.number}：${ind.name}`;
  const headlineValue = headline && headline.cell.kind === 'value' ? { year: headline.year, raw: headline.cell.raw } : null;
  return {
    title,
    name: ind.name,
    description: `指标${ind.number}“${ind.name}”${headlineValue ? `：伍家岗区${headlineValue.year}年目标${headlineValue.raw}` : ''}。`,
    bureaus: departments.map((d) => d.data.name),
    typeLabel: typeLabels[ind.type],
    typeOrigin: cellOrigin(ind, 'type'),
    measureLabel: measureLabels[ind.measure],
    measureExplanation: measureExplanations[ind.measure],
    measureRules: measureRules(ind),
    unit: ind.unit,
    departments,
    departmentsBefore: ind.allActionLeads ? `${ind.responsibleText}（` : '',
    departmentsAfter: ind.allActionLeads ? '）' : '',
    responsibleOrigin,
    responsibleRules: rulesOf(ind.allActionLeads ? ['all-action-leads'] : [], responsibleOrigin),
    groups: indicatorGroups(ind, action?.data ?? null, content.filedByPlan(indicator)).map((g) =>
      g.kind === 'goals'
        ? { text: `${goals.label}（${goals.where}）`, href: null, mark: null, rules: [] }
        : { text: `${itemMarker(g.number)}${g.title}`, href: withBase(base, `/actions/${g.slug}/`), mark: g.ours ? siteFiledMark : null, rules: g.rules },
    ),
    remark: ind.remark,
    remarkOrigin: cellOrigin(ind, 'remark'),
    headline: headlineValue ? { label: `伍家岗区${headlineValue.year}年目标`, figure: headlineValue.raw } : null,
    levels: levels.map((level) => ({
      id: `level-${level}`,
      label: `${levelNames[level]}级`,
      y2024: views.find((v) => v.level === level && v.year === 2024)?.cell ?? null,
      y2027: views.find((v) => v.level === level && v.year === 2027)!.cell,
    })),
    levelRules: rulesOf(...views.map((v) => cellRules(v.cell))),
    share: shareText(ind),
    source: ind.source.map((quote) => {
      const spot = content.planSpot(quote);
      // The content check refuses a quote the plan does not hold; the whole text is the fallback.
      return { quote: `“${quote}”`, href: withBase(base, spot ? `/plan/#${spotFragment(spot)}` : '/plan/') };
    }),
    notes: ind.notes,
    tableHref: withBase(base, `/indicators/#indicator-${ind.number}`),
    citation: { title, path: `/indicators/${ind.slug}/`, shortPath: `/i/${ind.number}/` },
  };
}
