/**
 * Where a cell of 附件2's row that the site shows comes from. 附件2 writes the 指标类型 only in rows
 * 1, 6 and 12, and leaves some 责任单位 and 备注 cells blank below a filled one (merged cells). The
 * site fills them — the type from the row's group (本站归类), the others from the row above
 * (按合并单元格补全) — and every table, page and download that shows such a cell marks it and
 * links the rule 'merged-cells', so nothing filled passes for the document's words. Pure.
 */
import type { RuleId } from './rules.ts';

/** The fields of a row the site may fill. */
export type FilledField = 'type' | 'responsible' | 'remark';

/** Verbatim, filled from the merged cell above, or assigned by the site. */
export type CellSource = '原文' | '按合并单元格补全' | '本站归类';

export interface CellOrigin {
  source: CellSource;
  /** The mark printed beside the cell: （按合并单元格补全）, （本站归类）; '' for a verbatim cell. */
  mark: string;
  rules: RuleId[];
}

const verbatim: CellOrigin = { source: '原文', mark: '', rules: [] };

/** Where the indicator's `field` cell comes from. */
export function cellOrigin(ind: { inherited: readonly FilledField[] }, field: FilledField): CellOrigin {
  if (!ind.inherited.includes(field)) return verbatim;
  const source: CellSource = field === 'type' ? '本站归类' : '按合并单元格补全';
  return { source, mark: `（${source}）`, rules: ['merged-cells'] };
}
