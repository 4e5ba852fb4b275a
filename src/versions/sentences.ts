/**
 * The plan's text as the comparison reads it: an MDX body turned into paragraphs of plain text,
 * and a paragraph cut into sentences. Chinese prose ends its sentences with 。！？ and its clauses
 * with ；, and the plan packs whole lists into one sentence with ；, so clauses are the unit: a
 * changed figure then shows one clause, not a paragraph. The paragraphs are the one reading of a
 * body every page shares (src/model/bodyText.ts).
 */
import { bodyParagraphs } from '../model/bodyText.ts';

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
