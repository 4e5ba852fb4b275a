import { z } from 'astro/zod';
import { slug } from './common.ts';

/** One bureau named anywhere in the plan, its 起草说明 or its indicator table. */
export const departmentSchema = z.object({
  /** Stable ASCII id used in URLs (/departments/<id>/) and in every reference to the bureau. */
  id: slug,
  /** The name exactly as the document writes it, e.g. 区商务局. */
  name: z.string().min(2, { error: '应为部门名称，如 "区商务局"' }),
  /** Other spellings the document uses for the same bureau, e.g. 区市场监督管理局. */
  aliases: z.array(z.string().min(2)).default([]),
  /**
   * 全称: the bureau's full official name, e.g. 伍家岗区发展和改革局, accepted by the progress import
   * and kept here so staff can correct it. Left out where the short name does not settle it.
   */
  fullName: z.string().min(4, { error: '应为部门全称，如 "伍家岗区发展和改革局"' }).optional(),
});

export type Department = z.infer<typeof departmentSchema>;
