import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * One line of content/changelog.json, the 更新记录 on /about/: a content change staff published.
 * The file lists changes oldest first (a new change goes at the end); the content check refuses
 * dates out of order or later than the build date (src/checks/changelogCheck.ts).
 */
export const changelogEntrySchema = z.object({
  /** Stable ASCII id, the date then a few words, e.g. "2026-12-01-policy-facts"; the anchor on /about/. */
  id: slug,
  /** 日期 YYYY-MM-DD: the day the change was published. */
  date: z.iso.date({ error: '应为日期 YYYY-MM-DD，如 "2026-12-01"' }),
  /** 更新说明: what changed, in one line of plain Chinese. */
  summary: z
    .string()
    .trim()
    .min(1, { error: '应为一句话的更新说明' })
    .max(120, { error: '应为一句话，不超过 120 个字' })
    .refine((s) => !/[\r\n]/.test(s), { error: '应为一行，不能换行' }),
});

export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
