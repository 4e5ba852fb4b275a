/**
 * The plan's text as the comparison reads it: an MDX body turned into paragraphs of plain text,
 * and a paragraph cut into sentences. Chinese prose ends its sentences with 。！？ and its clauses
 * with ；, and the plan packs whole lists into one sentence with ；, so clauses are the unit: a
 * changed figure then shows one clause, not a paragraph.
 */

/** Paragraphs of plain text: blank lines split them, headings lose their #, tags are dropped. */
export function bodyParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/<[^>]*>/g, '')
        .replace(/^#{1,6}\s+/gm, '')
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter((p) => p !== '');
}

// A sentence ends at 。！？； (or ! ? ;), together with any closing quote or bracket right after it.
const sentenceEnd = /[^。！？；!?;]+(?:[。！？；!?;]+[”’」』）)]*|$)/g;

/** The sentences of one paragraph, each with its end mark; nothing is lost (joined they give the paragraph back). */
export function splitSentences(paragraph: string): string[] {
  return (paragraph.match(sentenceEnd) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** Every sentence of a body, in order. */
export function bodySentences(body: string): string[] {
  return bodyParagraphs(body).flatMap(splitSentences);
}

/** A block of a body as the frozen text page prints it: a heading, or a paragraph with its bold lead-in. */
export type BodyBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; lead: string; text: string };

/**
 * The blocks of an MDX body, for printing a frozen text without compiling it: the plan's bodies
 * are paragraphs, ## headings and a <strong> lead-in such as （一）指导思想。 (content safety
 * allows nothing more), so text is all a page needs; no markup from a file reaches the page.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p): BodyBlock => {
      if (/^#{1,6}\s/.test(p)) return { kind: 'heading', text: p.replace(/^#{1,6}\s+/, '').replace(/<[^>]*>/g, '') };
      const lead = /^<strong>([^<]*)<\/strong>/.exec(p);
      const rest = (lead ? p.slice(lead[0].length) : p).replace(/<[^>]*>/g, '').replace(/\s*\n\s*/g, '');
      return { kind: 'paragraph', lead: lead?.[1] ?? '', text: rest };
    });
}
