/**
 * The plan's MDX bodies as plain text, one reading for every use: /plan/'s paragraph ids and the
 * quotes found in them (src/site/planParagraphs.ts), the comparison of versions sentence by
 * sentence and the frozen text pages (src/versions/). The bodies hold paragraphs, ## headings and
 * a <strong> lead-in such as （一）指导思想。 (content safety allows nothing more), so text is all
 * anyone needs: blocks between blank lines, heading marks, tags and emphasis marks dropped, the
 * lines of a paragraph joined (Chinese text has no spaces between them). Pure.
 */

/** A block of a body: a heading, or a paragraph with its bold lead-in (empty when it has none). */
export type BodyBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; lead: string; text: string };

const plain = (s: string) =>
  s
    .replace(/<[^>]*>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s*\n\s*/g, '')
    .trim();

/** Every block of a body, in order; a block left empty once markup is gone is dropped. */
export function bodyBlocks(body: string): BodyBlock[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .map((p): BodyBlock => {
      if (/^#{1,6}\s/.test(p)) return { kind: 'heading', text: plain(p.replace(/^#{1,6}\s+/, '')) };
      const lead = /^<strong>([^<]*)<\/strong>/.exec(p);
      return { kind: 'paragraph', lead: plain(lead?.[1] ?? ''), text: plain(lead ? p.slice(lead[0].length) : p) };
    })
    .filter((b) => (b.kind === 'heading' ? b.text : b.lead + b.text) !== '');
}

/** The text of each block, headings included, a paragraph with its lead-in. */
export function bodyParagraphs(body: string): string[] {
  return bodyBlocks(body).map((b) => (b.kind === 'heading' ? b.text : b.lead + b.text));
}
