import { z } from 'astro/zod';

/**
 * One row of content/search-synonyms.json: everyday words residents type, and the word the site
 * uses for them. A search for any of `words` also searches for `term`.
 */
export const searchSynonymSchema = z.object({
  /** Everyday words, as residents type them, e.g. ["洗衣机", "电视"]. */
  words: z
    .array(z.string().trim().min(1, { error: '不能为空' }).max(20, { error: '应为一个词语，不超过 20 个字' }), {
      error: '应为日常说法的列表，如 ["洗衣机", "电视"]',
    })
    .min(1, { error: '至少应有一个日常说法' }),
  /** The site's own word, which some page must contain, e.g. "家电". */
  term: z.string().trim().min(1, { error: '应为网站用语，如 "家电"' }).max(20, { error: '应为一个词语，不超过 20 个字' }),
});

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
