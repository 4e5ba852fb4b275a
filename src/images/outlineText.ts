/**
 * A picture's text drawn as glyph outlines: each `<text>` element becomes `<use>`s of glyph paths
 * defined once in the picture, placed by shapeText.ts. resvg then draws paths only and never opens
 * the font, which was most of the time of a picture: it parsed the 3 MB font and outlined every
 * glyph from CFF again for each picture (about 55 of a preview image's 80 ms). The outlines come
 * from resvg itself, once per glyph and build (glyphOutlines.ts), so the picture looks as before.
 * Pure: the layout and the outlines are given.
 *
 * Only the text elements the pictures write are converted — x, y, font-size in px, fill, and a
 * font-family or font-weight, which change nothing with one font — holding plain text. Any other
 * text element, or text shapeText.ts cannot lay out, is left as it is for resvg to draw.
 */
import { escapeXml } from '../model/xml.ts';
import type { FontLayout } from './openType.ts';
import { shapeText, type PlacedGlyph } from './shapeText.ts';

/** Outline path data (`d`, in font units, y down from the baseline) for each glyph; '' for none. */
export type GlyphOutlines = (glyphs: PlacedGlyph[]) => Map<number, string>;

const allowed = new Set(['x', 'y', 'font-size', 'fill', 'font-family', 'font-weight']);
const number = /^-?\d+(\.\d+)?$/;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an element as SVG displays it by default: entities read, white space collapsed and trimmed. */
function displayedText(content: string): string | null {
  const entity = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
  // An entity other than XML's own, or a bare &, is not plain text.
  if (content.replace(entity, (e, name: string) => (name.startsWith('#') || name in entities ? '' : e)).includes('&')) return null;
  const text = content.replace(entity, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e]!,
  );
  return text
    .replace(/[\r\n]/g, '')
    .replace(/\t/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

function attributes(list: string): Map<string, string> | null {
  const attrs = new Map<string, string>();
  const rest = list.replace(/\s([\w:-]+)="([^"]*)"/g, (_, name: string, value: string) => (attrs.set(name, value), ''));
  return rest.trim() === '' ? attrs : null;
}

export function outlineText(svg: string, font: FontLayout, outlines: GlyphOutlines): string {
  const defs = new Map<number, string>();
  const body = svg.replace(/<text(\s[^>]*)?>([^<]*)<\/text>/g, (element, list: string | undefined, content: string) => {
    const attrs = attributes(list ?? '');
    const text = displayedText(content);
    if (!attrs || text === null || [...attrs.keys()].some((a) => !allowed.has(a))) return element;
    const [x, y, size] = [attrs.get('x') ?? '0', attrs.get('y') ?? '0', attrs.get('font-size')];
    if (!size || ![x, y, size].every((v) => number.test(v))) return element;
    const glyphs = shapeText(text, font);
    if (!glyphs) return element;
    const paths = outlines(glyphs);
    const uses: string[] = [];
    let pen = 0;
    for (const g of glyphs) {
      const d = paths.get(g.glyph)!;
      if (d) {
        if (!defs.has(g.glyph)) defs.set(g.glyph, `<path id="g${g.glyph}" d="${d}"/>`);
        uses.push(`<use href="#g${g.glyph}"${pen ? ` x="${pen}"` : ''}/>`);
      }
      pen += g.advance;
    }
    if (uses.length === 0) return '';
    const scale = Number(size) / font.unitsPerEm;
    const fill = attrs.has('fill') ? ` fill="${escapeXml(attrs.get('fill')!)}"` : '';
    return `<g transform="matrix(${scale} 0 0 ${scale} ${x} ${y})"${fill}>${uses.join('')}</g>`;
  });
  if (defs.size === 0) return body;
  // The definitions go first inside the root element, before anything that uses them.
  return body.replace(/^(\s*(<\?xml[^>]*>\s*)?<svg[^>]*>)/, `$1<defs>${[...defs.values()].join('')}</defs>`);
}
