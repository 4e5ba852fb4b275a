/**
 * Glyph outlines of a font, taken from resvg once per glyph and process: resvg shapes and outlines
 * the glyph's own characters at one unit per font unit, and its usvg tree, written back as SVG,
 * holds the outline as path data. Using resvg's own outlines keeps the pictures' letter shapes
 * exactly as resvg drew them from `<text>`; outlineText.ts places them.
 */
import { Resvg } from '@resvg/resvg-js';
import { escapeXml } from '../model/xml.ts';
import type { GlyphOutlines } from './outlineText.ts';

/** An outline source for one font file; `unitsPerEm` is the font's, so path data is in font units. */
export function glyphOutlines(fontFile: string, unitsPerEm: number): GlyphOutlines {
  const known = new Map<number, string>();
  return (glyphs) => {
    const missing = new Map<number, string>();
    for (const g of glyphs) if (!known.has(g.glyph) && !missing.has(g.glyph)) missing.set(g.glyph, g.text);
    if (missing.size > 0) {
      // All new glyphs in one tree, each in a group named after it, so the font is opened once.
      const groups = [...missing].map(([glyph, text]) => `<g id="g${glyph}"><text font-size="${unitsPerEm}">${escapeXml(text)}</text></g>`);
      const tree = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">${groups.join('')}</svg>`, {
        font: { fontFiles: [fontFile], loadSystemFonts: false },
      }).toString();
      const found = new Map<number, string>();
      for (const part of tree.split('<g id="g').slice(1)) {
        const glyph = Number(/^\d+/.exec(part)![0]);
        found.set(glyph, [...part.matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join(' '));
      }
      for (const glyph of missing.keys()) {
        if (!found.has(glyph)) throw new Error(`字形 ${glyph} 的轮廓未取得（glyph outline missing from resvg's tree）`);
        known.set(glyph, found.get(glyph)!);
      }
    }
    return new Map(glyphs.map((g) => [g.glyph, known.get(g.glyph)!]));
  };
}
