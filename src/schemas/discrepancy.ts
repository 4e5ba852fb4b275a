import { z } from 'astro/zod';
import { parseTargetCell } from '../model/targets.ts';
import { slug, verbatim } from './common.ts';

/** One side of a disagreement: where in the document, and its words. */
const sideSchema = z.object({
  /** Where the words are, e.g. 方案正文 二、（五）教育设施信息化升级行动 or 附件2 第20行. */
  where: z.string().trim().min(1, { error: '应写出处，如 "附件2 第20行"' }),
  /** The document's words there, verbatim (checked against the document by tests/unit/discrepancies.test.ts). */
  text: verbatim,
});

/**
 * One district target cell of 附件2 that disagrees with the figure the plan's text gives for it,
 * exactly as the content check finds it (src/checks/targetTextCheck.ts): a cell that disagrees
 * with the text and is not listed in some entry is taken for a typo, and a listed one that no
 * longer disagrees (corrected in a later text) is reported as stale.
 */
const cellSchema = z.object({
  /** 序号 of the indicator, e.g. 12; the entry's `indicators` lists it too. */
  indicator: z.int({ error: '应为指标序号，如 12' }).min(1),
  /** The column: district2024 (区2024年目标) or district2027 (区2027年目标). */
  cell: z.enum(['district2024', 'district2027'], { error: '应为 district2024（区2024年目标）或 district2027（区2027年目标）' }),
  /** The cell as 附件2 writes it, e.g. 10台; "/" or "" when the table sets no target the text gives. */
  tableValue: z.string().refine((t) => parseTargetCell(t) !== null, { error: '应照录附件2的单元格，如 "10台"、"/" 或 ""' }),
  /** The number and unit as the text writes them, e.g. 10台套. */
  textValue: z.string().refine((t) => parseTargetCell(t)?.kind === 'value', { error: '应照录正文的数值和单位，如 "10台套"' }),
});

/**
 * One entry of content/discrepancies.json: a place where the document disagrees with itself (the
 * text and 附件2, or two sentences), for the staff review to settle with the drafting office before
 * the plan is issued. Never listed on a public page: where a reader sees a number, one neutral line
 * says which the site uses (an indicator's `notes`).
 */
export const discrepancySchema = z.object({
  /** Stable ASCII id. */
  id: slug,
  /** What it is about, e.g. 指标20 or 部门名称. */
  topic: z.string().trim().min(1, { error: '应为所涉内容，如 "指标20"' }),
  /** The sides that disagree, at least two. */
  sides: z.array(sideSchema).min(2, { error: '至少应有两处不一致的原文' }),
  /** Which side the site shows where it can show only one (a title, a headline, a picture), and where it shows the other. */
  shown: z.string().trim().min(1, { error: '应说明本站在标题、图片等只能取一处时采用哪一处' }),
  /** 序号 of the indicators it concerns. */
  indicators: z.array(z.int({ error: '应为指标序号，如 20' }).min(1)).default([]),
  /** Other pages it concerns, by path without the base, e.g. "/actions/transport/". */
  pages: z.array(z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: '应为本站页面路径，如 "/actions/transport/"' })).default([]),
  /** Target cells of 附件2 that disagree with the text's figure, one by one; the content check refuses any other. */
  cells: z.array(cellSchema).default([]),
});

export type Discrepancy = z.infer<typeof discrepancySchema>;
export type DiscrepantCell = z.infer<typeof cellSchema>;
