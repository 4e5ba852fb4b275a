import { z } from 'astro/zod';
import { maxNumber } from './limits.ts';
import { parseRemark } from '../model/remark.ts';
import { parseTargetCell } from '../model/targets.ts';
import { departmentRef, departmentRefs, slug, verbatim } from './common.ts';

/** A cell of the target table, exactly as 附件2 writes it. */
const targetCell = z
  .string({ error: '应为表格原文字符串，如 "1050个"、"超6000辆"、"/" 或 ""' })
  .refine((raw) => parseTargetCell(raw) !== null, { error: '应为 "/"（不设）、""（空白）或 数值加单位，如 "25%"、"1050个"、"2万户以上"、"超75万辆"' });

/** The seven target columns of 附件2: national 2027; province, city and district for 2024 and 2027. */
export const targetsSchema = z.object({
  /** 国家指标 2027年. */
  national2027: targetCell,
  /** 省指标 2024年. */
  province2024: targetCell,
  /** 省指标 2027年. */
  province2027: targetCell,
  /** 市指标 2024年. */
  city2024: targetCell,
  /** 市指标 2027年. */
  city2027: targetCell,
  /** 区指标 2024年. */
  district2024: targetCell,
  /** 区指标 2027年. */
  district2027: targetCell,
});

/** One row of 附件2 “两新”指标任务清单. */
export const indicatorSchema = z.object({
  /** 序号 in the table: 1, 2, … without a gap (checked against the 起草说明's count). */
  number: z.int({ error: '应为整数序号，如 7' }).min(1).max(maxNumber.indicators),
  /** Stable ASCII slug for /indicators/<slug>/. */
  slug,
  /** 指标类型: main = 主要目标, specific = 具体目标. */
  type: z.enum(['main', 'specific'], { error: '应为 main（主要目标）或 specific（具体目标）' }),
  /** 指标名称, verbatim. */
  name: verbatim,
  /** Unit of the target values: "%" for growth and rates, otherwise the table's unit (个, 台套 …). */
  unit: z.string().min(1, { error: '应为计量单位，如 "个" 或 "%"' }),
  /** growth = 较2023年增长; rate = 比率/占比; annual = 每年/全年数量; cumulative = 自2024年起累计. */
  measure: z.enum(['growth', 'rate', 'annual', 'cumulative'], {
    error: '应为 growth（增长率）、rate（比率）、annual（当年数量）或 cumulative（累计数量）',
  }),
  /** The seven target cells, verbatim. */
  targets: targetsSchema,
  /** 责任单位 as the table shows it (after resolving merged cells), e.g. 区商务局 or 各牵头单位. */
  responsibleText: verbatim,
  /** Ids of the responsible bureaus; empty only when allActionLeads is true. */
  responsible: departmentRefs,
  /** True when the table says 各牵头单位: every action's lead bureau shares the indicator. */
  allActionLeads: z.boolean().default(false),
  /**
   * 填报单位调整: bureaus the district has assigned to report this indicator's figures besides its
   * 责任单位, each with the decision that did so. Not a cell of 附件2; empty until staff record one.
   */
  reporters: z
    .array(
      z.object({
        /** Id of the reporting bureau in content/departments.json. */
        department: departmentRef,
        /** 起始日期 YYYY-MM-DD: imports on or after this day accept the bureau's figures for the indicator. */
        since: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2026-01-01"' }),
        /** 依据: the notice, minutes or letter that assigned it, with its 文号 or date, e.g. 区“两新”工作专班2026年第1次会议纪要. */
        basis: z.string().trim().min(1, { error: '应写明调整的依据，如会议纪要或通知的名称和日期' }),
      }),
    )
    .default([]),
  /** 备注: 与市保持一致, 伍家岗区自主设定 or 占全市x%. */
  remark: z.string().refine((t) => parseRemark(t) !== null, {
    error: '应为 "与市保持一致"、"伍家岗区自主设定" 或 "占全市x%"（如 "占全市10%"）',
  }),
  /**
   * Fields whose cell is blank in 附件2 (merged cells) and that the site fills: 责任单位 and 备注 from
   * the row above (shown marked 按合并单元格补全), the 指标类型 from the group the row sits in (shown
   * marked 本站归类). Every page and download that shows such a cell marks it (src/model/cells.ts).
   */
  inherited: z.array(z.enum(['type', 'responsible', 'remark'], { error: '应为 type（指标类型）、responsible（责任单位）或 remark（备注）' })).default([]),
  /** Slug of the action the indicator belongs to; null for plan-wide goals. */
  action: slug.nullable(),
  /** The sentences of the plan text the indicator comes from, verbatim (checked against the text). */
  source: z.array(verbatim).default([]),
  /** Notes for readers: discrepancies in the document, merged cells, how a value is read. */
  notes: z.array(verbatim).default([]),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type MeasureKind = Indicator['measure'];
