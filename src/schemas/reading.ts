import { z } from 'astro/zod';
import { slug } from './common.ts';

const oneLine = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `不能为空，应写${what}` })
    .refine((t) => !t.includes('\n'), { error: `应为一句话（${what}），不换行` });

/**
 * One entry of content/readings.json: a 计算口径 — how the site counts where the document is
 * silent or could be read two ways. /about/method/ states each entry once (title and explanation);
 * every place that applies it links there, found from the code that applies it (src/model/rules.ts),
 * never listed here. The content check holds the register to the rules the code knows.
 */
export const readingSchema = z.object({
  /** Stable ASCII id, one of the rules in src/model/rules.ts: the anchor /about/method/#rule-<id>. */
  id: slug,
  /** The rule, in one plain line as the public page states it, e.g. 数量类目标自2024年1月1日起累计计算. */
  title: oneLine('口径的内容'),
  /** The rule explained in plain words for the public page, quoting the document where it helps. */
  reason: oneLine('口径的说明'),
  /** For staff only (the review, never a public page): the other way to read the document, or null when there is none. */
  alternative: oneLine('另一种读法').nullable(),
  /**
   * 确认记录: the responsible bureau's confirmation of the reading. Until it is filled in, the staff
   * review (`npm run review`) lists the entry with its alternative reading.
   */
  confirmation: z
    .object({
      /** 确认单位, e.g. 区卫健局. */
      by: z.string().trim().min(1, { error: '不能为空，应写确认的单位' }),
      /** 确认日期 YYYY-MM-DD. */
      date: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
      /** 依据: the letter, minutes or message that confirmed it, e.g. 区卫健局2026年3月2日复函. */
      basis: z.string().trim().min(1, { error: '不能为空，应写确认依据，如复函或会议纪要' }),
    })
    .optional(),
});

export type ReadingEntry = z.infer<typeof readingSchema>;
