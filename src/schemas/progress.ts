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
  /**
   * 报送日期 YYYY-MM-DD: the day this value was imported, shown on pages and in the downloads beside
   * the bureau. Reports written before rows carried it use the report's `imported`.
   */
  reported: z.iso.date({ error: '应为报送日期 YYYY-MM-DD，如 "2026-01-05"' }).optional(),
  /** 来源表格: spreadsheet file, sheet and row the value was imported from, for staff tracing; never published. */
  source: z.string().default(''),
  /**
   * 填报单位说明: the bureau's 更正说明 for a new figure that looks wrong but is right (a cumulative count
   * lower than an earlier one, a figure far above its target); shown beside the figure. Empty otherwise.
   */
  explanation: z.string().default(''),
});

/**
 * One change a re-import made to a figure: a corrected value or 备注, a figure removed on request
 * (value null) or restored after a removal (previous null), with the bureau's 更正说明. Written by
 * `npm run import:progress` (src/progress/revision.ts); kept in the report for good, so a changed
 * figure stays visibly changed.
 */
export const revisionSchema = z.object({
  /** 修订日期 YYYY-MM-DD: the day of the re-import that changed the figure (the import date). */
  revised: z.iso.date({ error: '应为修订日期 YYYY-MM-DD，如 "2026-01-15"' }),
  /** 指标编号 of the changed figure. */
  indicator: z.int({ error: '应为附件2中的指标序号（整数），如 7' }).min(1).max(maxNumber.indicators),
  /** 截至日期 YYYY-MM-DD of the changed figure; with the indicator it names the figure. */
  asOf: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2025-12-31"' }),
  /** 原数值: the value before this revision; null when the figure had been removed and this revision restores it. */
  previous: z.number({ error: '应为修订前的数值，如 1500；恢复此前删去的数值时为 null' }).nullable(),
  /** 修订后数值; null when this revision removed the figure. */
  value: z.number({ error: '应为修订后的数值，如 1600；删去该数值时为 null' }).nullable(),
  /** 原备注: the 备注 before this revision (kept when a re-import replaced it). */
  previousNote: z.string().default(''),
  /** 修订后备注: the 备注 this revision gave the figure. */
  note: z.string().default(''),
  /** 更正说明: the reason the bureau gave for the correction; empty for revisions made before it was asked for. */
  reason: z.string().default(''),
  /** Unit both values are in: the indicator's unit, as in the report's rows. */
  unit: z.string().min(1, { error: '应为计量单位，与指标的 unit 相同，如 "个" 或 "%"' }),
  /** 原数据来源文件: the spreadsheet the previous value was imported from (for staff; never published). */
  previousFrom: z.string().default(''),
  /** 修订来源文件: the spreadsheet of the re-import that made this revision (for staff; never published). */
  importedFrom: z.string().default(''),
});

/** One bureau's report for one reporting period, as written by `npm run import:progress`. */
export const progressReportSchema = z
  .object({
    /** 报告期 as the bureau writes it, e.g. 2025年第四季度. */
    period: z.string().trim().min(1, { error: '应为报告期，如 "2025年第四季度"' }),
    /** 填报单位: id of the reporting bureau in content/departments.json. */
    department: departmentRef,
    /** True only for demonstration data kept in examples/; the official build refuses it. */
    sample: z.boolean().default(false),
    /** Name of the spreadsheet last imported into the report, for staff tracing; never published (rows name their own `source`). */
    importedFrom: z.string().default(''),
    /**
     * Date the report was first imported (YYYY-MM-DD), shown in the RSS feed. A re-import keeps it:
     * what a re-import changed is dated by its revisions, so an unchanged figure never looks new.
     */
    imported: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
    /** The reported figures; empty only when every one was removed on request (the revisions keep them). */
    rows: z.array(progressRowSchema),
    /** 数据修订记录: every figure re-imports changed, removed or restored, oldest first; reports never re-imported have none. */
    revisions: z.array(revisionSchema).default([]),
  })
  .refine((r) => r.rows.length > 0 || r.revisions.length > 0, { error: '至少应有一行数据（rows 为空时须有删去这些数值的修订记录）', path: ['rows'] });

export type ProgressRow = z.infer<typeof progressRowSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type ProgressReport = z.infer<typeof progressReportSchema>;
