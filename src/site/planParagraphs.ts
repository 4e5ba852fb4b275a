/**
 * The paragraphs of the plan's full text (/plan/) and where a quoted sentence lives in them.
 * Every paragraph of a part gets a stable id on /plan/, <part>-p<n> (general-p2: the second
 * paragraph of 一、总体要求; components/NumberedParagraphs.astro), and this file numbers the raw
 * bodies the same way, so an indicator's 见方案全文 link can point at the paragraph that holds its quote, and, in
 * browsers that support URL text fragments, highlight the sentence itself. Pure.
 */
import { bodyBlocks } from '../model/bodyText.ts';

/** One part of the plan text as it appears on /plan/: the id prefix of its paragraphs and its MDX body. */
export interface PlanPart {
  /** general, action-manufacturing, measure-finance … (the part's heading id), or preamble. */
  prefix: string;
  body: string;
}

export interface PlanParagraph {
  /** The paragraph's id on the page: general-p2. */
  id: string;
  /** The id prefix of its part: general. */
  part: string;
  /** Its text, markup removed. */
  text: string;
}

/** Where a quote is on /plan/: the paragraph's id and the text directive that highlights it. */
export interface PlanSpot {
  id: string;
  /** text=… (already percent-encoded), to follow `#<id>:~:`. */
  directive: string;
}

/** The id prefix of a part of the plan that is not a task: its heading's anchor, or preamble. */
export function planPartPrefix(section: { kind: string; anchor?: string | undefined }): string {
  return section.anchor ?? section.kind;
}

/** The id of the n-th paragraph (from 1) of a part. */
export function paragraphId(prefix: string, n: number): string {
  return `${prefix}-p${n}`;
}

/**
 * Gives the paragraphs of a rendered body their ids: each bare `<p>` (MDX writes its paragraphs
 * without attributes, and the plan's bodies are paragraphs only) becomes `<p id="<prefix>-p<n>">`.
 */
export function numberParagraphs(html: string, prefix: string): string {
  let n = 0;
  return html.replace(/<p>/g, () => `<p id="${paragraphId(prefix, ++n)}">`);
}

/** Each part's paragraphs, numbered as /plan/ numbers its <p>s: a heading is not one. */
export function planParagraphs(parts: PlanPart[]): PlanParagraph[] {
  return parts.flatMap((part) =>
    bodyBlocks(part.body)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.lead + b.text] : []))
      .map((text, i) => ({ id: paragraphId(part.prefix, i + 1), part: part.prefix, text })),
  );
}

/** Whitespace does not count when a quote is looked for (the plan's text has none inside sentences). */
export const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * Percent-encodes a text directive's term: everything encodeURIComponent encodes, and `-`, which
 * the URL Fragment Text Directives spec reserves (with `&` and `,`) as syntax.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Below this many characters a quote is its own textStart; above, a textStart,textEnd pair keeps the link short. */
const shortQuote = 16;

/**
 * Where a browser would highlight `text=start,end` (or `text=start` when end is null): the first
 * start, then the first end after it, as the spec searches. Returns [from, to) in `page`, or null.
 */
export function directiveRange(page: string, start: string, end: string | null): [number, number] | null {
  const from = page.indexOf(start);
  if (from < 0) return null;
  if (end === null) return [from, from + start.length];
  const at = page.indexOf(end, from + start.length);
  return at < 0 ? null : [from, at + end.length];
}

/**
 * The text directive for a quote on a page whose text (paragraphs in order) is `page`: the whole
 * quote when short; else its first and last clauses (cut at Chinese punctuation, which is always a
 * word boundary, so the browser's word-boundary rule holds), taking more clauses until the pair
 * picks out exactly the quote's first occurrence. Returns null when the quote is not on the page.
 */
export function textDirective(page: string, quote: string): string | null {
  const at = page.indexOf(quote);
  if (at < 0) return null;
  const whole = `text=${encodeTextTerm(quote)}`;
  if (quote.length <= shortQuote) return whole;
  // Clauses keep their trailing punctuation, so start + middle + end is the quote again.
  const clauses = quote.match(/[^，、；：。]+[，、；：。]?/g) ?? [quote];
  const pairs: [string, string][] = [];
  for (let i = 1; i < clauses.length; i++) {
    for (let j = 1; i + j <= clauses.length; j++) {
      // Without the start's trailing punctuation: a term ends on a word, not on a mark.
      const start = clauses
        .slice(0, i)
        .join('')
        .replace(/[，、；：。]$/, '');
      const end = clauses.slice(clauses.length - j).join('');
      pairs.push([start, end]);
    }
  }
  pairs.sort((a, b) => a[0].length + a[1].length - (b[0].length + b[1].length));
  for (const [start, end] of pairs) {
    if (start.length + end.length >= quote.length) break;
    const range = directiveRange(page, start, end);
    if (range && range[0] === at && range[1] === at + quote.length) return `text=${encodeTextTerm(start)},${encodeTextTerm(end)}`;
  }
  return whole;
}

/**
 * Finds quotes in the plan (see findQuote), with the paragraphs' text squashed and joined once:
 * every indicator page looks up its sentences, and redoing that work per lookup made the lookups
 * grow with the square of the plan's size (10 s of a ×100 build, docs/performance.md).
 */
export function quoteFinder(paragraphs: PlanParagraph[]): (quote: string) => PlanSpot | null {
  const squashed = paragraphs.map((p) => squash(p.text));
  const page = squashed.join('\n');
  const found = new Map<string, PlanSpot | null>();
  const find = (q: string): PlanSpot | null => {
    const at = squashed.findIndex((text) => text.includes(q));
    if (at < 0) return null;
    const directive = textDirective(page, q);
    return directive === null ? null : { id: paragraphs[at]!.id, directive };
  };
  return (quote) => {
    const q = squash(quote);
    if (!found.has(q)) found.set(q, find(q));
    return found.get(q)!;
  };
}

/**
 * The paragraph of the plan that holds a quote (its first occurrence, as a browser's text search
 * finds it) and the directive that highlights it; null when the plan text does not hold it.
 */
export function findQuote(paragraphs: PlanParagraph[], quote: string): PlanSpot | null {
  return quoteFinder(paragraphs)(quote);
}

/** The fragment of a link to a spot: general-p2:~:text=… (a fragment id and a text directive). */
export function spotFragment(spot: PlanSpot): string {
  return `${spot.id}:~:${spot.directive}`;
}
