import { z } from 'astro/zod';
import { slug, verbatim } from './common.ts';

/** A note on the source document as a whole, listed on the data-notes page. */
export const noteSchema = z.object({
  /** Stable ASCII id, used as the anchor on /about/. */
  id: slug,
  /** What part of the document the note is about, e.g. 起草说明 or 附件2. */
  topic: z.string().min(1, { error: '应为所涉部分，如 "附件2"' }),
  /** The note, in plain Chinese. */
  text: verbatim,
});

export type Note = z.infer<typeof noteSchema>;
