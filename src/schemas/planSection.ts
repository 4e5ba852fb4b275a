import { z } from 'astro/zod';
import { slug } from './common.ts';
import { figureSchema } from './task.ts';

/** Counts the 起草说明 states about the plan, checked against the content at build time. */
export const declaredCountsSchema = z.object({
  /** 共19条: numbered articles of the plan (总体要求 + 重点任务 + 保障措施 + 组织实施). */
  articles: z.int().positive(),
  /** 共设置22项目标指标. */
  indicators: z.int().positive(),
  /** 推动实施十大行动: the actions of 二、重点任务. */
  actions: z.int().positive(),
  /** 从标准、金融、财税、要素等四个方面强化保障: the measures of 三、保障措施. */
  measures: z.int().positive(),
  /** 主要目标指标值…设置5项. */
  main: z.int().nonnegative(),
  /** 具体目标指标值…最终设置17项. */
  specific: z.int().nonnegative(),
  /** 7项指标与市级保持一致. */
  aligned: z.int().nonnegative(),
  /** 3项为伍家岗区自主设定. */
  districtSet: z.int().nonnegative(),
  /** 10项指标占全市比重达到10%及以上. */
  shareAtLeast10: z.int().nonnegative(),
  /** 2项指标占全市比重均低于10%. */
  shareBelow10: z.int().nonnegative(),
});

/** A part of the plan text that is not an action or measure: preamble, 总体要求, 组织实施, 起草说明. */
export const planSectionSchema = z.object({
  /** Order on the full-text page: 0 preamble, 1 总体要求, 4 组织实施; the 起草说明 has its own page. */
  order: z.int().nonnegative(),
  /** preamble = 开头段落; section = a numbered part (一、… 四、); explanation = 起草说明. */
  kind: z.enum(['preamble', 'section', 'explanation'], { error: '应为 preamble、section 或 explanation' }),
  /** ASCII anchor of the section on /plan/ (sections only). */
  anchor: slug.optional(),
  /** The heading as the document writes it. */
  title: z.string().min(1),
  /** For the 起草说明: the counts it states, which the build checks against the indicators. */
  declares: declaredCountsSchema.optional(),
  /** Figures the section's text names (一、总体要求's 工作目标 for the main targets), each tied to its indicators, as actions do. */
  figures: z.array(figureSchema).default([]),
});

export type PlanSection = z.infer<typeof planSectionSchema>;
export type DeclaredCounts = z.infer<typeof declaredCountsSchema>;
