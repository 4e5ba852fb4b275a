/**
 * Text → glyphs and their advances in the pictures' font, as resvg's shaper (rustybuzz, after
 * HarfBuzz) lays them out with the font's default features: the character map, then ligatures
 * (such as —— into one long dash), then pair kerning (such as A V). Null for text this does not
 * lay out exactly — a character the font lacks, a combining mark — which is then left to resvg.
 * Pure.
 */
import type { FontLayout, PairKerning } from './openType.ts';

export interface PlacedGlyph {
  glyph: number;
  /** The characters it draws (more than one for a ligature). */
  text: string;
  /** How far the pen moves after it, in font units, kerning included. */
  advance: number;
}

function kern(table: PairKerning, first: number, second: number): number | undefined {
  if (table.format === 1) return table.first.get(first)?.get(second);
  if (!table.covered.has(first)) return undefined;
  const c1 = table.class1.get(first) ?? 0;
  const c2 = table.class2.get(second) ?? 0;
  return c1 < table.class1Count && c2 < table.class2Count ? table.values[c1 * table.class2Count + c2]! : undefined;
}

export function shapeText(text: string, font: FontLayout): PlacedGlyph[] | null {
  let glyphs: { glyph: number; text: string }[] = [];
  for (const ch of text) {
    const glyph = font.cmap.get(ch.codePointAt(0)!);
    if (glyph === undefined || font.marks.has(glyph)) return null;
    glyphs.push({ glyph, text: ch });
  }
  for (const lookup of font.ligatures) {
    const out: typeof glyphs = [];
    for (let i = 0; i < glyphs.length;) {
      const match = lookup.get(glyphs[i]!.glyph)?.find((l) => l.rest.every((g, k) => glyphs[i + 1 + k]?.glyph === g));
      const length = match ? match.rest.length + 1 : 1;
      out.push(
        match
          ? {
              glyph: match.glyph,
              text: glyphs
                .slice(i, i + length)
                .map((g) => g.text)
                .join(''),
            }
          : glyphs[i]!,
      );
      i += length;
    }
    glyphs = out;
  }
  const placed = glyphs.map((g) => ({ ...g, advance: font.advance(g.glyph) }));
  for (const lookup of font.kerning) {
    for (let i = 0; i + 1 < placed.length; i++) {
      for (const table of lookup) {
        const value = kern(table, placed[i]!.glyph, placed[i + 1]!.glyph);
        if (value !== undefined) {
          placed[i]!.advance += value;
          break;
        }
      }
    }
  }
  return placed;
}
