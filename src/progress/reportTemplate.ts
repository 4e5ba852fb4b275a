/**
 * Columns of the bureaus' progress spreadsheet (CSV or XLSX), with the Chinese headers as the
 * issue fixes them, and the reading aids the blank template adds (ignored on import).
 */
import { measureExplanations, headlineTarget, type IndicatorLike } from '../model/indicators.ts';

export const reportColumns = [
  { header: '指标编号', key: 'indicator', required: true, hint: '附件2中的指标序号（整数）', synonyms: ['序号', '指标序号'] },
  { header: '报告期', key: 'period', required: true, hint: '如 “2025年第四季度”“2025年上半年”“2025年”“2025年3月”', synonyms: [] },
  { header: '截至日期', key: 'asOf', required: true, hint: '日期 YYYY-MM-DD，如 2025-12-31', synonyms: ['截止日期', '统计截至日期', '统计截止日期'] },
  { header: '数值', key: 'value', required: true, hint: '按指标定义填写的数字，不带单位或带指标自己的单位', synonyms: ['完成值', '完成数'] },
  { header: '填报单位', key: 'department', required: true, hint: '部门名称，如 “区商务局”', synonyms: ['报送单位', '填报部门'] },
  { header: '备注', key: 'note', required: false, hint: '可不填', synonyms: ['说明'] },
] as const satisfies readonly ReportColumn[];

/** One column of the progress spreadsheet. */
export interface ReportColumn {
  /** The header the template writes, e.g. 截至日期. */
  header: string;
  /** English key used in code. */
  key: string;
  /** False only for 备注: a file without it is still complete. */
  required: boolean;
  /** What to write in the column, shown in the template and in errors. */
  hint: string;
  /**
   * Other headers bureaus write for the same column, accepted on import. Kept short on purpose:
   * 截止日期 is the common typo of 截至日期, 序号 the usual first column, 完成值 the usual word for
   * the figure, 报送单位 the usual word for the bureau. Anything broader risks taking the wrong column.
   */
  synonyms: readonly string[];
}

export type ReportKey = (typeof reportColumns)[number]['key'];

/** Columns the template adds to help the person filling it in; the import ignores them. */
export const aidColumns = ['指标名称', '单位', '数值含义'] as const;

export interface TemplateIndicator extends IndicatorLike {
  number: number;
  name: string;
}

/** What a value means for one indicator, in one sentence, with its target. */
export function valueMeaning(ind: TemplateIndicator): string {
  const t = headlineTarget(ind);
  const target = t && t.cell.kind === 'value' ? `区级${t.year}年目标为${t.cell.raw}。` : '';
  const unit = ind.unit === '%' ? '填百分数的数字部分（如 12.5 表示 12.5%）。' : `以“${ind.unit}”计。`;
  return `${measureExplanations[ind.measure]}${unit}${target}`;
}

/** The blank template: header plus one row per indicator with the reading aids filled in. */
export function templateRows(indicators: TemplateIndicator[]): string[][] {
  const header = [reportColumns[0].header, ...aidColumns, ...reportColumns.slice(1).map((c) => c.header)];
  const rows = [...indicators].sort((a, b) => a.number - b.number).map((i) => [String(i.number), i.name, i.unit, valueMeaning(i), '', '', '', '', '']);
  return [header, ...rows];
}
