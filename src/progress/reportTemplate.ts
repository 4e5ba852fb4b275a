/**
 * Columns of the bureaus' progress spreadsheet (CSV or XLSX), with the Chinese headers as the
 * issue fixes them, and the reading aids the blank template adds (ignored on import).
 */
import { measureExplanations, headlineTarget, type IndicatorLike } from '../model/indicators.ts';

export const reportColumns = [
  { header: '指标编号', key: 'indicator', required: false, hint: '附件2中的指标序号（整数）', synonyms: ['指标序号', '序号'] },
  { header: '指标名称', key: 'name', required: false, hint: '附件2中的指标名称；与指标编号都填时须一致', synonyms: ['指标', '指标项目'] },
  { header: '报告期', key: 'period', required: true, hint: '如 “2025年第四季度”“2025年上半年”“2025年”“2025年3月”', synonyms: [] },
  { header: '截至日期', key: 'asOf', required: true, hint: '日期 YYYY-MM-DD，如 2025-12-31', synonyms: ['截止日期', '统计截至日期', '统计截止日期'] },
  {
    header: '数值',
    key: 'value',
    required: true,
    hint: '按指标定义填写的数字，不带单位或带指标自己的单位；没有数可不填',
    synonyms: ['完成值', '完成数', '完成', '实际完成'],
  },
  { header: '填报单位', key: 'department', required: true, hint: '部门名称，如 “区商务局”', synonyms: ['报送单位', '填报部门'] },
  { header: '备注', key: 'note', required: false, hint: '可不填', synonyms: ['说明'] },
  {
    header: '更正说明',
    key: 'correction',
    required: false,
    hint: '更正已报送的数值时填写原因；写“删除”并说明原因可删去一个数值',
    synonyms: ['更正原因', '修正说明', '更正'],
  },
] as const satisfies readonly ReportColumn[];

/** One column of the progress spreadsheet. */
export interface ReportColumn {
  /** The header the template writes, e.g. 截至日期. */
  header: string;
  /** English key used in code. */
  key: string;
  /**
   * False for the columns a complete file may leave out: 备注 and 更正说明, and each of 指标编号 and
   * 指标名称 (a row names its indicator by either or both; header.ts requires one of the two).
   */
  required: boolean;
  /** What to write in the column, shown in the template and in errors. */
  hint: string;
  /**
   * Other headers bureaus write for the same column, accepted on import. Kept short on purpose:
   * 截止日期 is the common typo of 截至日期, 完成值 the usual word for the figure, 报送单位 the usual
   * word for the bureau. 序号 is taken for 指标编号 only when no 指标编号 column exists, and then must
   * agree with 指标名称 row by row (a row counter would not). Anything broader risks taking the wrong column.
   */
  synonyms: readonly string[];
}

export type ReportKey = (typeof reportColumns)[number]['key'];

/** Columns the template adds to help the person filling it in; the import ignores them. */
export const aidColumns = ['单位', '数值含义', '目标', '目标值', '计量单位'] as const;

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

/** The blank template: header plus one row per indicator with its number, name and reading aids filled in. */
export function templateRows(indicators: TemplateIndicator[]): string[][] {
  const [number, name, ...rest] = reportColumns.map((c): string => c.header);
  const header = [number!, name!, ...aidColumns.slice(0, 2), ...rest];
  const blanks = rest.map(() => '');
  const rows = [...indicators].sort((a, b) => a.number - b.number).map((i) => [String(i.number), i.name, i.unit, valueMeaning(i), ...blanks]);
  return [header, ...rows];
}
