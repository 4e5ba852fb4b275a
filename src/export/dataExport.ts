/**
 * The open-data downloads (/data/): one record per indicator, the columns of the CSV and the shape
 * of the JSON. Pure, so tests check every row against the content without a build.
 *
 * Adding a dataset is additive: define its record type and a `Column<Record>[]` list like
 * `indicatorDownloadColumns`, describe it in src/data/openDataRoutes.ts, and add one-line
 * endpoints next to src/pages/data/indicators.csv.ts. Existing columns never change name or
 * order; new ones go at the end.
 */
import { toCsv, type CsvValue } from './csv.ts';
import { numberRange } from '../model/counts.ts';
import { round2 } from '../model/format.ts';
import { districtShare, measureLabels, targetViews, typeLabels, type IndicatorLike } from '../model/indicators.ts';
import { levelNames, targetColumns, type TargetCell, type TargetKey } from '../model/targets.ts';
import { statusLabels, type Assessment, type Reading, type Status } from '../progress/assess.ts';
import type { RuleId } from '../model/rules.ts';
import { cellOrigin, type CellSource } from '../model/cells.ts';
import type { Revision } from '../schemas/progress.ts';

/**
 * Version of the download format: bump the major number only if a column changes meaning or goes,
 * the minor one when columns are added (1.1: the progress files' revision columns; 2.0: the
 * columns holding the site's readings say so in their header, and the JSON lists every field's kind;
 * 2.1: the 版本 column, and the JSON's list of the plan's versions; 4.0: those columns are the
 * district's 计算口径 — header note （计算口径）, kind 计算口径, the JSON's `rules` — and the 来源
 * columns (JSON `cellSources`) say which 指标类型, 责任单位 and 备注 cells the site filled).
 */
export const DATA_FORMAT_VERSION = '4.0';

/** Stable file names under /data/, relative to the site base. */
export const dataFiles = {
  indicatorsCsv: '/data/indicators.csv',
  indicatorsJson: '/data/indicators.json',
  indicatorCsv: (slug: string) => `/data/indicators/${slug}.csv`,
  indicatorJson: (slug: string) => `/data/indicators/${slug}.json`,
  progressCsv: '/data/progress.csv',
  progressJson: '/data/progress.json',
  indicatorProgressCsv: (slug: string) => `/data/progress/${slug}.csv`,
  indicatorProgressJson: (slug: string) => `/data/progress/${slug}.json`,
} as const;

/** One target cell, as written and as a number with its unit and qualifier. */
export interface TargetExport {
  /** The cell exactly as 附件2 writes it: "超6000辆", "/" (no target) or "" (blank). */
  raw: string;
  /** value = a figure; none = "/" (this level sets no target); blank = the cell is empty. */
  kind: TargetCell['kind'];
  /** The figure with 万 multiplied out (2万 → 20000); null unless kind is value. */
  value: number | null;
  /** Unit as written after the figure ("%", "个", "辆"); null unless kind is value. */
  unit: string | null;
  /** 超 (more than) or 以上 (at least), as the cell says; null when it says neither. */
  qualifier: '超' | '以上' | null;
}

/** The district's share of the city's target for a count, computed by the site and checked against 备注. */
export interface ShareExport {
  /** The year compared: the latest year both levels set. */
  year: 2024 | 2027;
  /** District target ÷ city target, in percent, two decimals. */
  computedPercent: number;
  /** The share 备注 states (占全市x%), or null when it states none. */
  statedPercent: number | null;
  /** Whether stated and computed agree to two decimals; null when 备注 states no share. */
  agrees: boolean | null;
}

/** One indicator as the downloads carry it. */
export interface IndicatorExport {
  number: number;
  slug: string;
  type: 'main' | 'specific';
  typeLabel: string;
  name: string;
  unit: string;
  measure: IndicatorLike['measure'];
  measureLabel: string;
  targets: Record<TargetKey, TargetExport>;
  /** 责任单位 as the table writes it. */
  responsibleText: string;
  /** The bureaus behind it (各牵头单位 expanded), by id and name. */
  responsible: { id: string; name: string }[];
  /** The action it belongs to, or null for plan-wide goals. */
  action: { slug: string; title: string } | null;
  /** 备注 as written. The public key stays `origin` (data format 1.x); in content it is `remark`. */
  origin: string;
  share: ShareExport | null;
  /** Absolute address of the indicator's page. */
  url: string;
  /** The text of the plan the targets come from, by its status (the current text's, e.g. 送审稿). */
  version: string;
  /**
   * Where the cells the site may fill come from: 原文 (written in 附件2's row), 按合并单元格补全
   * (blank in 附件2, filled from the row above) or 本站归类 (the 指标类型 of a row that has none).
   */
  cellSources: { type: CellSource; responsible: CellSource; remark: CellSource };
}

export interface IndicatorExportInput extends IndicatorLike {
  number: number;
  slug: string;
  name: string;
  responsibleText: string;
  /** Fields whose cell is blank in 附件2 and that the site fills (src/model/cells.ts). */
  inherited: readonly ('type' | 'responsible' | 'remark')[];
}

export function targetExport(cell: TargetCell): TargetExport {
  return cell.kind === 'value'
    ? { raw: cell.raw, kind: 'value', value: cell.value, unit: cell.unit, qualifier: cell.qualifier }
    : { raw: cell.raw, kind: cell.kind, value: null, unit: null, qualifier: null };
}

/** Whether a stated share (占全市x%) agrees with the computed one to two decimals; null when none is stated. */
export function shareAgreement(share: { percent: number; stated: number | null } | null): boolean | null {
  if (!share || share.stated === null) return null;
  return Math.abs(share.stated - share.percent) < 0.005 + 1e-9;
}

export function indicatorExport(
  ind: IndicatorExportInput,
  extra: { responsible: { id: string; name: string }[]; action: { slug: string; title: string } | null; url: string; version: string },
): IndicatorExport {
  const targets = Object.fromEntries(targetViews(ind).map((v) => [v.key, targetExport(v.cell)])) as Record<TargetKey, TargetExport>;
  const share = districtShare(ind);
  return {
    number: ind.number,
    slug: ind.slug,
    type: ind.type,
    typeLabel: typeLabels[ind.type],
    name: ind.name,
    unit: ind.unit,
    measure: ind.measure,
    measureLabel: measureLabels[ind.measure],
    targets,
    responsibleText: ind.responsibleText,
    responsible: extra.responsible,
    action: extra.action,
    origin: ind.remark,
    share: share && {
      year: share.year,
      computedPercent: share.percent,
      statedPercent: share.stated,
      agrees: shareAgreement(share),
    },
    url: extra.url,
    version: extra.version,
    cellSources: {
      type: cellOrigin(ind, 'type').source,
      responsible: cellOrigin(ind, 'responsible').source,
      remark: cellOrigin(ind, 'remark').source,
    },
  };
}

/**
 * Whose statement a column is (/about/#statement-kinds): the plan's words (原文), arithmetic or a
 * mechanical lookup (本站整理), a value counted by the district's 计算口径 where the document is
 * silent (/about/method/), or what a bureau reported (报送数据, the progress files only).
 */
export type ColumnKind = '原文' | '本站整理' | '计算口径' | '报送数据';

/** The header note that marks a column whose values apply a 计算口径. */
export const ruleHeaderNote = '计算口径';

/** A column of a CSV download: its header (Chinese, stable), what it holds, and how to read it. */
export interface Column<R> {
  /** Header text in the CSV; never changes once published. A 计算口径 column says so in it. */
  header: string;
  /** The matching field in the JSON, as a path. */
  jsonPath: string;
  /** What the column holds, for the data dictionary; a function where it names how many indicators there are. */
  description: string | ((indicatorCount: number) => string);
  /** Whose statement the column is. */
  kind: ColumnKind;
  /** The 计算口径 (src/model/rules.ts) the column's values rest on, also in a column of another kind. */
  rules?: RuleId[];
  value: (row: R) => CsvValue;
}

/** The number column's meaning, with the range the content's indicators run over: 1—22. */
const numberDescription = (indicatorCount: number) => `附件2“两新”指标任务清单中的序号，${numberRange(indicatorCount, '—')}。`;

/** The 版本 column's meaning: what the row's text is, and where the list of texts is. */
function versionDescription(which: string): string {
  return `${which}；各版本见 JSON 的 versions。`;
}

/** The indicator page's address, in both downloads. */
function urlColumn<R extends { url: string }>(): Column<R> {
  return {
    header: '网址',
    jsonPath: 'url',
    description: '本站该指标页面的网址（未设网站地址的本地预览构建中为从网站根目录起的路径）。',
    kind: '本站整理',
    value: (r) => r.url,
  };
}

/** A column's meaning for the data dictionary, for a table of `indicatorCount` indicators. */
export function columnDescription(column: Pick<Column<never>, 'description'>, indicatorCount: number): string {
  return typeof column.description === 'function' ? column.description(indicatorCount) : column.description;
}

/** What a JSON download says of each field: its kind and the 计算口径 it rests on. */
export interface FieldKind {
  path: string;
  kind: ColumnKind;
  rules: RuleId[];
}

export function fieldKinds<R>(columns: readonly Column<R>[]): FieldKind[] {
  return columns.map((c) => ({ path: c.jsonPath, kind: c.kind, rules: c.rules ?? [] }));
}

const qualifierText = (q: TargetExport['qualifier']) => q ?? '';

/** Four columns per target cell: as written, number, unit, qualifier. */
const targetColumnsFor = (key: TargetKey, label: string): Column<IndicatorExport>[] => [
  {
    header: `${label}（原文）`,
    jsonPath: `targets.${key}.raw`,
    kind: '原文',
    // The demo's invented values carry their mark here too; official pages never spell the word (see figureKindLabels).
    description: `${label}目标，照录附件2原文；“/”表示不设此级目标，空白表示原表单元格为空。演示版本中虚构的目标值另带标注，正式网站不会出现。`,
    value: (r) => r.targets[key].raw,
  },
  {
    header: `${label}（数值）`,
    jsonPath: `targets.${key}.value`,
    description: `${label}目标的数值，“万”已换算（2万 → 20000）；无数值时为空。`,
    kind: '本站整理',
    value: (r) => r.targets[key].value,
  },
  {
    header: `${label}（单位）`,
    jsonPath: `targets.${key}.unit`,
    description: `${label}目标数值后的单位（%、个、辆等）。`,
    kind: '本站整理',
    value: (r) => r.targets[key].unit,
  },
  {
    header: `${label}（限定词）`,
    jsonPath: `targets.${key}.qualifier`,
    description: `${label}目标的限定词：“超”（超过）或“以上”（不少于）；未写则为空。`,
    kind: '本站整理',
    value: (r) => qualifierText(r.targets[key].qualifier),
  },
];

export const indicatorDownloadColumns: Column<IndicatorExport>[] = [
  { header: '序号', jsonPath: 'number', description: numberDescription, kind: '原文', value: (r) => r.number },
  { header: '标识', jsonPath: 'slug', description: '本站网址中使用的固定英文标识，不随内容修改而变化。', kind: '本站整理', value: (r) => r.slug },
  {
    header: '指标类型',
    jsonPath: 'typeLabel',
    description: '主要目标或具体目标（JSON 中 type 为 main / specific）；附件2只在第1、6、12行写出，其余各行按所在分组标注，见“指标类型来源”列。',
    kind: '原文',
    rules: ['merged-cells'],
    value: (r) => r.typeLabel,
  },
  { header: '指标名称', jsonPath: 'name', description: '指标名称，照录原文。', kind: '原文', value: (r) => r.name },
  { header: '计量单位', jsonPath: 'unit', description: '指标的计量单位，取自目标单元格；增长率和比率为“%”。', kind: '本站整理', value: (r) => r.unit },
  {
    header: '计量方式（计算口径）',
    jsonPath: 'measureLabel',
    description:
      '按计算口径，文件没有此列：较2023年增长率、比率（占比）、当年数量或自2024年起累计数量（JSON 中 measure 为 growth / rate / annual / cumulative）；累计的起算日和“每年”的适用年份见“计算口径”页。',
    kind: '计算口径',
    rules: ['cumulative-base', 'every-year-2024-target', 'every-year-2027-target', 'cumulative-despite-every-year'],
    value: (r) => r.measureLabel,
  },
  ...targetColumns.flatMap((c) => targetColumnsFor(c.key, `${levelNames[c.level]}级${c.year}年`)),
  {
    header: '责任单位',
    jsonPath: 'responsibleText',
    description: '责任单位，照录附件2；原表空白的单元格按合并单元格补全（按上一行），见“责任单位来源”列。',
    kind: '原文',
    rules: ['merged-cells'],
    value: (r) => r.responsibleText,
  },
  {
    header: '责任单位（展开，计算口径）',
    jsonPath: 'responsible[].name',
    description: '按计算口径，文件没有此列：责任单位逐一列出，“各牵头单位”展开为方案各项行动的牵头单位，以“、”分隔。',
    kind: '计算口径',
    rules: ['all-action-leads', 'merged-cells'],
    value: (r) => r.responsible.map((d) => d.name).join('、'),
  },
  {
    header: '所属行动（计算口径）',
    jsonPath: 'action.title',
    description: '按计算口径，文件没有此列：指标目标所在段落的行动；主要目标2—5在正文中只见于“工作目标”，按计算口径归入行动；指标1为空。',
    kind: '计算口径',
    rules: ['main-targets-under-actions'],
    value: (r) => r.action?.title ?? '',
  },
  {
    header: '备注',
    jsonPath: 'origin',
    description:
      '附件2备注，照录：与市保持一致、伍家岗区自主设定或占全市x%；原表空白的按合并单元格补全（按上一行），见“备注来源”列。演示版本中虚构的备注另带标注，正式网站不会出现。',
    kind: '原文',
    rules: ['merged-cells'],
    value: (r) => r.origin,
  },
  {
    header: '区占市比重年份',
    jsonPath: 'share.year',
    description: '计算区占市比重所用的年份（区、市两级均有数值的最近年份）；增长率和比率类指标不计算，为空。',
    kind: '本站整理',
    value: (r) => r.share?.year ?? null,
  },
  {
    header: '区占市比重（计算，%）',
    jsonPath: 'share.computedPercent',
    description: '本站计算：区级目标 ÷ 市级目标 × 100，保留两位小数。',
    kind: '本站整理',
    value: (r) => r.share?.computedPercent ?? null,
  },
  {
    header: '区占市比重（备注，%）',
    jsonPath: 'share.statedPercent',
    description: '备注“占全市x%”中的百分数；备注未写比重时为空。',
    kind: '原文',
    value: (r) => r.share?.statedPercent ?? null,
  },
  {
    header: '计算与备注是否一致',
    jsonPath: 'share.agrees',
    description: '“一致”或“不一致”（精确到两位小数）；无法比较时为空。',
    kind: '本站整理',
    value: (r) => (r.share?.agrees == null ? '' : r.share.agrees ? '一致' : '不一致'),
  },
  urlColumn(),
  // Added in format 2.1, so at the end.
  {
    header: '版本',
    jsonPath: 'version',
    description: versionDescription('目标取自的方案文本（本站显示的文本，即最后一个版本）的文件状态，如“送审稿”'),
    kind: '本站整理',
    value: (r) => r.version,
  },
  // Added in format 4.0, at the end: which cells the site filled, so none passes for the document's words.
  ...(
    [
      ['type', '指标类型', '“原文”：附件2该行写有指标类型；“本站归类”：该行单元格为空白，按所在分组（第1—5行主要目标，其余具体目标）标注。'],
      ['responsible', '责任单位', '“原文”：照录附件2；“按合并单元格补全”：该行单元格为空白，按上一行补全。'],
      ['remark', '备注', '“原文”：照录附件2；“按合并单元格补全”：该行单元格为空白，按上一行补全。'],
    ] as const
  ).map(([field, label, description]): Column<IndicatorExport> => ({
    header: `${label}来源`,
    jsonPath: `cellSources.${field}`,
    description: `“${label}”列的来源。${description}`,
    kind: '本站整理',
    rules: ['merged-cells'],
    value: (r) => r.cellSources[field],
  })),
];

/** A dataset as CSV, with the columns in their fixed order. */
export function datasetCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((r) => columns.map((c) => c.value(r))),
  );
}

/** Facts every JSON download starts with. */
export interface DatasetMeta {
  /** Generation date, YYYY-MM-DD (the build date). */
  generated: string;
  /** Title of the plan the data comes from. */
  source: string;
  /** The plan's status, e.g. 送审稿. */
  status: string;
  /** Address of the data dictionary page. */
  dictionary: string;
  /** Every text of the plan, oldest first, the current text last. */
  versions: VersionExport[];
}

/** One text of the plan as the JSON downloads list it. */
export interface VersionExport {
  /** 征求意见稿, 送审稿…; 当前文本 (a draft) or 现行文本 (issued) for the current content. */
  name: string;
  /** Its document status (the value of the 版本 column for rows taken from it). */
  status: string;
  /** The day it was frozen, YYYY-MM-DD; null for the current text. */
  frozen: string | null;
  /** Its 发布日期, YYYY-MM-DD; null while not published. */
  published: string | null;
  /** The day progress starts to be judged against it (its 发布日期, else the day the text before it was frozen); null for the oldest text. */
  inForceFrom: string | null;
  /** Whether a later text replaced it. */
  superseded: boolean;
  /** Absolute address of its full text. */
  url: string;
}

/**
 * A dataset as JSON: version and generation date first, then `fields` (each record field's kind:
 * 原文, 本站整理, 计算口径 or 报送数据, and the rules it rests on), then the records under `key`.
 */
export function datasetJson<R>(meta: DatasetMeta, key: string, rows: readonly R[], columns: readonly Column<R>[]): string {
  return `${JSON.stringify({ version: DATA_FORMAT_VERSION, ...meta, fields: fieldKinds(columns), [key]: rows }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Progress reports: one record per reported figure.

/** The district targets a figure can be assessed against, as keys of `ProgressExport.assessments`. */
export const progressTargetYears = ['2024', '2027'] as const;
export type ProgressTargetYear = (typeof progressTargetYears)[number];

/**
 * One district target of the figure's indicator and, when this figure is the one the site's
 * status for that target rests on, the numbers /progress/ and the indicator page show.
 */
export interface ProgressAssessmentExport {
  /** The district target as 附件2 writes it, e.g. 3000个. */
  target: string;
  /** Whether the site's status for this target rests on this figure (the latest one in the target's period up to the build date). */
  basis: boolean;
  /** Value ÷ target × 100, two decimals; null unless basis. */
  reachedPercent: number | null;
  /** Where the straight-line path stands at the figure's 截至日期, as a percentage of the target, two decimals; null unless basis. */
  expectedPercent: number | null;
  /** reached ÷ expected, two decimals; null unless basis. */
  pace: number | null;
  /** done / on-track / speed-up / behind; null unless basis. */
  status: Status | null;
  /** The status in Chinese (已完成、进度正常、需加快、滞后); null unless basis. */
  statusLabel: string | null;
}

/** One reported figure as the downloads carry it. */
export interface ProgressExport {
  /** The indicator's 序号 in 附件2. */
  indicator: number;
  indicatorSlug: string;
  indicatorName: string;
  unit: string;
  measure: IndicatorLike['measure'];
  measureLabel: string;
  /** 报告期 as the bureau writes it. */
  period: string;
  /** 截至日期, YYYY-MM-DD. */
  asOf: string;
  /** 数值, in `unit`, as the indicator's measure defines it. */
  value: number;
  /** 填报单位. */
  department: { id: string; name: string };
  /** 备注 from the bureau. */
  note: string;
  /** 报送日期 YYYY-MM-DD: the day the figure's current value was imported. */
  reported: string;
  /** Date the report was first imported, YYYY-MM-DD (a re-import keeps it; see `revisions`). */
  imported: string;
  /** True for example data (demo build only): the figure is invented, not reported. */
  sample: boolean;
  /** Each district target, or null when the district sets none for that year. */
  assessments: Record<ProgressTargetYear, ProgressAssessmentExport | null>;
  /** Absolute address of the indicator's page. */
  url: string;
  /** Re-imports that changed this figure, latest first; empty when it was never revised. */
  revisions: ProgressRevisionExport[];
  /** The text of the plan in force on the figure's 截至日期, by its status: the one its targets come from. */
  version: string;
}

/** One change of a figure by a re-import, as the downloads carry it. */
export interface ProgressRevisionExport {
  /** 修订日期 YYYY-MM-DD: the day the corrected report was imported. */
  revised: string;
  /** 原数值: the value before this revision; null when the revision restored a figure removed earlier. */
  previous: number | null;
  /** The value this revision gave it (the figure's `value` when it is the latest revision). */
  value: number;
  /** 更正说明: the reason the bureau gave; empty for revisions made before it was asked for. */
  reason: string;
}

export interface ProgressFigureInput extends Reading {
  period: string;
  department: { id: string; name: string };
  note: string;
  reported: string;
  imported: string;
  sample: boolean;
  /** Revisions of this figure, latest first; none when left out. */
  revisions?: readonly Revision[];
}

export interface ProgressIndicatorInput extends IndicatorLike {
  number: number;
  slug: string;
  name: string;
}

/**
 * The assessment columns for one figure. `assessments` are the indicator's, as the pages compute
 * them (assessIndicator over all its figures at the build date); a target's numbers go on the
 * row of the figure its reading is, so the download repeats the pages' status, never a new one.
 * The content check allows one figure per indicator and 截至日期, so the date identifies it.
 */
export function assessmentExport(
  figure: Reading,
  assessments: readonly Assessment[],
  inForce: Partial<Record<TargetKey, string>> = {},
): Record<ProgressTargetYear, ProgressAssessmentExport | null> {
  const one = (year: ProgressTargetYear): ProgressAssessmentExport | null => {
    const a = assessments.find((x) => String(x.target.year) === year);
    if (!a) return null;
    const basis = a.reading?.asOf === figure.asOf && a.atReading !== null && a.reached !== null && a.pace !== null;
    // Another row's assessment may rest on a text not in force on this row's date: the row shows its own text's target.
    const own = inForce[`district${year}`];
    return {
      target: basis || !own ? a.target.raw : own,
      basis,
      reachedPercent: basis ? round2(a.reached! * 100) : null,
      expectedPercent: basis ? round2(a.atReading!.expectedShare * 100) : null,
      pace: basis ? round2(a.pace!) : null,
      status: basis ? a.status : null,
      statusLabel: basis ? statusLabels[a.status] : null,
    };
  };
  return { '2024': one('2024'), '2027': one('2027') };
}

/**
 * The revisions of a figure that is in its report, latest first, back to the last time it was
 * dropped: a figure re-added after a correction dropped it starts afresh (its earlier revisions
 * were of the dropped one, and the indicator page lists them), so `value` is never null here.
 */
function revisionsSinceDrop(revisions: readonly Revision[]): ProgressRevisionExport[] {
  const drop = revisions.findIndex((v) => v.value === null);
  return (drop === -1 ? revisions : revisions.slice(0, drop)).map((v) => ({
    revised: v.revised,
    previous: v.previous,
    value: v.value!,
    reason: v.reason,
  }));
}

/** The text of the plan in force on a figure's 截至日期: its status and the indicator's target cells in it. */
export interface TextForRow {
  status: string;
  targets: Partial<Record<TargetKey, string>>;
}

export function progressExport(
  ind: ProgressIndicatorInput,
  figure: ProgressFigureInput,
  assessments: readonly Assessment[],
  url: string,
  text: TextForRow,
): ProgressExport {
  return {
    indicator: ind.number,
    indicatorSlug: ind.slug,
    indicatorName: ind.name,
    unit: ind.unit,
    measure: ind.measure,
    measureLabel: measureLabels[ind.measure],
    period: figure.period,
    asOf: figure.asOf,
    value: figure.value,
    department: figure.department,
    note: figure.note,
    reported: figure.reported,
    imported: figure.imported,
    sample: figure.sample,
    assessments: assessmentExport(figure, assessments, text.targets),
    url,
    revisions: revisionsSinceDrop(figure.revisions ?? []),
    version: text.status,
  };
}

/** Stable row order: by indicator, then 截至日期, then 填报单位. */
export function compareProgress(a: ProgressExport, b: ProgressExport): number {
  return a.indicator - b.indicator || a.asOf.localeCompare(b.asOf) || a.department.id.localeCompare(b.department.id);
}

/**
 * What the 数据性质 column says. The demo label is 示例数据, as everywhere on the demo site; the
 * official site's pages never contain that word (tests/site/progress.test.ts), so text shown there
 * describes the demo value without spelling it out.
 */
export const figureKindLabels = { reported: '正式报送', sample: '示例数据（虚构）' } as const;

const progressAssessmentColumns = (year: ProgressTargetYear): Column<ProgressExport>[] => {
  const a = (r: ProgressExport) => r.assessments[year];
  const only = '仅在本站该目标状态所依据的那一行（目标期内截至生成日期的最新数值）填写，其余行为空';
  return [
    {
      header: `区级${year}年目标`,
      jsonPath: `assessments.${year}.target`,
      description: `该指标的区级${year}年目标，照录附件2原文；区级不设${year}年目标时为空（JSON 中 assessments.${year} 为 null）。`,
      kind: '原文',
      value: (r) => a(r)?.target ?? '',
    },
    {
      header: `${year}年目标完成比例（%）`,
      jsonPath: `assessments.${year}.reachedPercent`,
      description: `本站计算：数值 ÷ 区级${year}年目标 × 100，保留两位小数；${only}。`,
      kind: '本站整理',
      value: (r) => a(r)?.reachedPercent ?? null,
    },
    {
      header: `${year}年目标应完成比例（%，计算口径）`,
      jsonPath: `assessments.${year}.expectedPercent`,
      description: `按计算口径：按直线路径，到截至日期应完成目标的百分比，保留两位小数，方法见“建设进展”页“计算方法”；${only}。`,
      kind: '计算口径',
      rules: ['straight-line-path', 'cumulative-base', 'every-year-2024-target', 'every-year-2027-target'],
      value: (r) => a(r)?.expectedPercent ?? null,
    },
    {
      header: `${year}年目标进度比（计算口径）`,
      jsonPath: `assessments.${year}.pace`,
      description: `按计算口径：完成比例 ÷ 应完成比例（后者按直线路径），保留两位小数；${only}。`,
      kind: '计算口径',
      rules: ['straight-line-path'],
      value: (r) => a(r)?.pace ?? null,
    },
    {
      header: `${year}年目标状态（计算口径）`,
      jsonPath: `assessments.${year}.statusLabel`,
      kind: '计算口径',
      rules: ['straight-line-path'],
      description: `按计算口径：按直线路径判断，与“建设进展”页和指标页显示的状态相同：已完成、进度正常、需加快或滞后（JSON 中 status 为 done / on-track / speed-up / behind）；${only}。`,
      value: (r) => a(r)?.statusLabel ?? '',
    },
  ];
};

export const progressDownloadColumns: Column<ProgressExport>[] = [
  { header: '指标序号', jsonPath: 'indicator', description: numberDescription, kind: '原文', value: (r) => r.indicator },
  {
    header: '指标标识',
    jsonPath: 'indicatorSlug',
    description: '本站网址中该指标的固定英文标识，与 indicators.csv 的“标识”列相同。',
    kind: '本站整理',
    value: (r) => r.indicatorSlug,
  },
  { header: '指标名称', jsonPath: 'indicatorName', description: '指标名称，照录原文。', kind: '原文', value: (r) => r.indicatorName },
  {
    header: '计量单位',
    jsonPath: 'unit',
    description: '数值的计量单位，与指标的计量单位相同；增长率和比率为“%”（数值为百分数的数字部分）。',
    kind: '本站整理',
    value: (r) => r.unit,
  },
  {
    header: '计量方式（计算口径）',
    jsonPath: 'measureLabel',
    kind: '计算口径',
    rules: ['cumulative-base', 'every-year-2024-target', 'every-year-2027-target', 'cumulative-despite-every-year'],
    description:
      '按计算口径，数值的含义：较2023年增长率、比率（占比）、当年数量或自2024年起累计数量（JSON 中 measure 为 growth / rate / annual / cumulative）。',
    value: (r) => r.measureLabel,
  },
  {
    header: '报告期（计算口径）',
    jsonPath: 'period',
    description: '按计算口径：报告期按统一写法，填报单位写的“第三季度”“9月”等读作截至该期末的累计报告，如“2025年前三季度”。',
    kind: '计算口径',
    rules: ['cumulative-reports'],
    value: (r) => r.period,
  },
  { header: '截至日期', jsonPath: 'asOf', description: '数值的截至日期（YYYY-MM-DD，含当天）。', kind: '报送数据', value: (r) => r.asOf },
  { header: '数值', jsonPath: 'value', description: '填报单位报送的数值，按计量方式填写，不含单位。', kind: '报送数据', value: (r) => r.value },
  { header: '填报单位', jsonPath: 'department.name', description: '报送该数值的部门名称。', kind: '报送数据', value: (r) => r.department.name },
  { header: '填报单位标识', jsonPath: 'department.id', description: '填报单位在本站的固定英文标识。', kind: '本站整理', value: (r) => r.department.id },
  { header: '备注', jsonPath: 'note', description: '填报单位的备注，照录；没有则为空。', kind: '报送数据', value: (r) => r.note },
  {
    header: '报送日期',
    jsonPath: 'reported',
    description: '本数值（当前的值）由填报单位报送、导入本站的日期（YYYY-MM-DD）；更正后的数值为更正的日期。',
    kind: '本站整理',
    value: (r) => r.reported,
  },
  {
    header: '导入日期',
    jsonPath: 'imported',
    kind: '本站整理',
    description:
      '该报告首次导入本站的日期（YYYY-MM-DD）。更正后重新导入不改变它：改动过的数值另有修订日期（见“最近修订日期”），未改动的数值不因重新导入而显得更新。',
    value: (r) => r.imported,
  },
  {
    header: '数据性质',
    jsonPath: 'sample',
    kind: '本站整理',
    description: `“${figureKindLabels.reported}”表示责任单位正式报送的数值（JSON 中 sample 为 false）。演示版本中虚构的数值在此列另有标明（sample 为 true），正式网站不会出现。`,
    value: (r) => (r.sample ? figureKindLabels.sample : figureKindLabels.reported),
  },
  ...progressTargetYears.flatMap(progressAssessmentColumns),
  urlColumn(),
  // Added in format 1.1, so at the end. The JSON's revisions array holds every revision, latest first.
  {
    header: '修订次数',
    jsonPath: 'revisions.length',
    kind: '本站整理',
    description:
      '填报单位更正后重新导入、改动本数值的次数；从未修订为 0。每次修订的日期、原数值和更正说明见 JSON 的 revisions 数组（最近的在前）和指标页“数据修订记录”。',
    value: (r) => r.revisions.length,
  },
  {
    header: '最近修订日期',
    jsonPath: 'revisions.0.revised',
    kind: '本站整理',
    description: '最近一次修订本数值的日期（YYYY-MM-DD），即更正后的报告导入本站的日期；从未修订为空。',
    value: (r) => r.revisions[0]?.revised ?? '',
  },
  {
    header: '最近修订前数值',
    jsonPath: 'revisions.0.previous',
    kind: '报送数据',
    description: '最近一次修订之前的数值，单位同“计量单位”；从未修订、或最近一次是恢复此前删去的数值时为空。',
    value: (r) => r.revisions[0]?.previous ?? null,
  },
  {
    header: '最近更正说明',
    jsonPath: 'revisions.0.reason',
    kind: '报送数据',
    description: '填报单位对最近一次修订所写的更正说明；从未修订或未写明时为空。',
    value: (r) => r.revisions[0]?.reason ?? '',
  },
  // Added in format 2.1, so at the end.
  {
    header: `版本（${ruleHeaderNote}）`,
    jsonPath: 'version',
    description: versionDescription('按计算口径：截至日期当天有效的方案文本的文件状态，本行目标和状态按它计算'),
    kind: '计算口径',
    rules: ['text-in-force'],
    value: (r) => r.version,
  },
];
