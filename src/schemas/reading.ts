import { z } from 'astro/zod';
import { slug } from './common.ts';

/** A page of the site by its path without the base, e.g. /progress/ or /departments/commerce/. */
const pagePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: '应为本站页面路径，以 / 开头和结尾，如 "/progress/"' });

const oneLine = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `不能为空，应写${what}` })
    .refine((t) => !t.includes('\n'), { error: `应为一句话（${what}），不换行` });

/**
 * One entry of content/readings.json: a reading (本站解读) — something the site states where the
 * document is silent or can be read two ways. Pages mark each place they show it and link here;
 * the content check compares `indicators` and `pages` with where the site's code shows it
 * (src/model/readingUses.ts), so an entry can neither be missing nor apply to nothing.
 */
export const readingSchema = z.object({
  /** Stable ASCII id: the anchor /about/#reading-<id> and the id pages mark it with. */
  id: slug,
  /** What the site states, in one line, e.g. 数量类具体目标按“自2024年1月1日起累计”计算. */
  title: oneLine('本站的解读是什么'),
  /** Why: what the document says or leaves open, quoting it, in one line. */
  reason: oneLine('理由，引用文件原文'),
  /** The other reading, or null when the site knows none. */
  alternative: oneLine('另一种读法').nullable(),
  /** 序号 of the indicators whose pages show the reading. */
  indicators: z.array(z.int({ error: '应为指标序号，如 7' }).min(1)).default([]),
  /** Other pages that show it, by path without the base, e.g. "/progress/". */
  pages: z.array(pagePath).default([]),
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
