import { z } from 'astro/zod';
import { slug } from './common.ts';
import { maxNumber } from './limits.ts';

/** One reported figure: an indicator's value as of a date. */
export const progressRowSchema = z.object({
  /** 指标编号: the indicator's 序号 in 附件2 (1–22). */
  indicator: z.int({ error: '应为指标序号（整数 1–22），如 7' }).min(1).max(maxNumber.indicators),
  /** 截至日期 YYYY-MM-DD: the date the value is measured at (end of that day). */
  asOf: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2025-12-31"' }),
  /** 数值: a number as the indicator's measure defines it (cumulative count, count within the year, rate or growth in %). */
  value: z.number({ error: '应为数值，如 1050 或 84.5' }),
  /** Unit the value is in; must equal the indicator's unit (written by the import script from the indicator). */
  unit: z.string().min(1, { error: '应为计量单位，与指标的 unit 相同，如 "个" 或 "%"' }),
  /** 备注 from the bureau; empty when none. */
  note: z.string().default(''),
});

/** One bureau's report for one reporting period, as written by `npm run import:progress`. */
export const progressReportSchema = z.object({
  /** 报告期 as the bureau writes it, e.g. 2025年第四季度. */
  period: z.string().trim().min(1, { error: '应为报告期，如 "2025年第四季度"' }),
  /** 填报单位: id of the reporting bureau in content/departments.json. */
  department: slug,
  /** True only for demonstration data kept in examples/; the official build refuses it. */
  sample: z.boolean().default(false),
  /** Name of the spreadsheet the report was imported from, for tracing. */
  importedFrom: z.string().default(''),
  /** Date the report was imported (YYYY-MM-DD), shown in the RSS feed. */
  imported: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
  /** The reported figures. */
  rows: z.array(progressRowSchema).min(1, { error: '至少应有一行数据' }),
});

export type ProgressRow = z.infer<typeof progressRowSchema>;
export type ProgressReport = z.infer<typeof progressReportSchema>;
