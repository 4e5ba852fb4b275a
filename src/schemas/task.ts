import { z } from 'astro/zod';
import { maxNumber } from './limits.ts';
import { departmentRefs, slug, verbatim } from './common.ts';

/** A figure the text of an action names, tied to the indicators that measure it. */
export const figureSchema = z.object({
  /** The words of the plan that state the figure, copied exactly (they must occur in the action's text). */
  text: verbatim,
  /** Numbers (序号) of the indicators in 附件2 that track this figure. */
  indicators: z.array(z.int().min(1).max(maxNumber.indicators), { error: '应为指标序号列表，如 [7]' }),
});

/** Fields shared by the actions (重点任务) and the support measures (保障措施). */
const taskFields = {
  /** Position in the plan: （一） is 1. */
  number: z.int({ error: '应为整数序号，如 1' }).min(1, { error: '序号应从 1 开始' }),
  /** Stable ASCII slug for the page URL; never change it once published. */
  slug,
  /** The title as the plan writes it, without the trailing 。, e.g. 制造业设备改造行动. */
  title: verbatim,
  /** 牵头单位: ids of the leading bureaus, in the order the plan lists them. */
  lead: departmentRefs.min(1, { error: '至少应有一个牵头单位' }),
  /** 责任单位: ids of the responsible bureaus, in the order the plan lists them (may be empty). */
  responsible: departmentRefs,
};

/** One of the actions of 二、重点任务 (十大行动); the MDX body is the action's text, verbatim. */
export const actionSchema = z.object({
  ...taskFields,
  number: taskFields.number.max(maxNumber.actions, { error: `行动序号应在 1–${maxNumber.actions} 之间` }),
  /** Figures the text names (targets), each linked to its indicators. */
  figures: z.array(figureSchema).default([]),
});

/** One of the support measures of 三、保障措施; the MDX body is its text, verbatim. */
export const measureSchema = z.object({
  ...taskFields,
  number: taskFields.number.max(maxNumber.measures, { error: `保障措施序号应在 1–${maxNumber.measures} 之间` }),
});

export type Action = z.infer<typeof actionSchema>;
export type Measure = z.infer<typeof measureSchema>;
