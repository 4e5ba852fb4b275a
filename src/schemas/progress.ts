import { z } from 'astro/zod';
import { departmentRef } from './common.ts';
import { maxNumber } from './limits.ts';

/** One reported figure: an indicator's value as of a date. */
export const progressRowSchema = z.object({
  /** 指标编号: the indicator's 序号 in 附件2. */
  indicator: z.int({ error: '应为附件2中的指标序号（整数），如 7' }).min(1).max(maxNumber.indicators),
  /** 截至日期 YYYY-MM-DD: the date the value is measured at (end of that day). */
  asOf: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2025-12-31"' }),
  /** 数值: a number as the indicator's measure defines it (cumulative count, count within the year, rate or growth in %). */
  value: z.number({ error: '应为数值，如 1050 或 84.5' }),
  /** Unit the value is in; must equal the indicator's unit (written by the import script from the indicator). */
  unit: z.string().min(1, { error: '应为计量单位，与指标的 unit 相同，如 "个" 或 "%"' }),
  /** 备注 from the bureau; empty when none. */
  note: z.string().default(''),
});

/**
 * One figure a re-import changed or dropped: the value it had, the value it has now and the files
 * each came from. Written by `npm run import:progress` (src/progress/revision.ts); kept in the
 * report for good, so a changed figure stays visibly changed.
 */
export const revisionSchema = z.object({
  /** 修订日期 YYYY-MM-DD: the day of the re-import that changed the figure (the import date). */
  revised: z.iso.date({ error: '应为修订日期 YYYY-MM-DD，如 "2026-01-15"' }),
  /** 指标编号 of the changed figure. */
  indicator: z.int({ error: '应为附件2中的指标序号（整数），如 7' }).min(1).max(maxNumber.indicators),
  /** 截至日期 YYYY-MM-DD of the changed figure; with the indicator it names the figure. */
  asOf: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2025-12-31"' }),
  /** 原数值: the value before this revision. */
  previous: z.number({ error: '应为修订前的数值，如 1500' }),
  /** 修订后数值; null when the corrected report no longer has the figure. */
  value: z.number({ error: '应为修订后的数值，如 1600；修订后的报告不再含该数值时为 null' }).nullable(),
  /** Unit both values are in: the indicator's unit, as in the report's rows. */
  unit: z.string().min(1, { error: '应为计量单位，与指标的 unit 相同，如 "个" 或 "%"' }),
  /** 原数据来源文件: the spreadsheet the previous value was imported from. */
  previousFrom: z.string().default(''),
  /** 修订来源文件: the spreadsheet of the re-import that made this revision. */
  importedFrom: z.string().default(''),
});

/** One bureau's report for one reporting period, as written by `npm run import:progress`. */
export const progressReportSchema = z.object({
  /** 报告期 as the bureau writes it, e.g. 2025年第四季度. */
  period: z.string().trim().min(1, { error: '应为报告期，如 "2025年第四季度"' }),
  /** 填报单位: id of the reporting bureau in content/departments.json. */
  department: departmentRef,
  /** True only for demonstration data kept in examples/; the official build refuses it. */
  sample: z.boolean().default(false),
  /** Name of the spreadsheet the report's current figures were imported from, for tracing. */
  importedFrom: z.string().default(''),
  /**
   * Date the report was first imported (YYYY-MM-DD), shown in the RSS feed. A re-import keeps it:
   * what a re-import changed is dated by its revisions, so an unchanged figure never looks new.
   */
  imported: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
  /** The reported figures. */
  rows: z.array(progressRowSchema).min(1, { error: '至少应有一行数据' }),
  /** 数据修订记录: every figure re-imports changed or dropped, oldest first; reports never re-imported have none. */
  revisions: z.array(revisionSchema).default([]),
});

export type ProgressRow = z.infer<typeof progressRowSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type ProgressReport = z.infer<typeof progressReportSchema>;
