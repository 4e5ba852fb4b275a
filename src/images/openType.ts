/**
 * The parts of an OpenType font that placing its glyphs takes, read from the file's bytes: units
 * per em, the character map, advance widths, and the default layout features the pictures' font
 * has — ligatures (GSUB type 4) and pair kerning (GPOS type 2, x advance only). Enough to lay text
 * out exactly as resvg's shaper (rustybuzz) does for this font, so the build can place cached glyph
 * outlines itself instead of having resvg shape and outline every picture's text (outlineText.ts).
 * A font that needs more than this is reported as not supported, and its text is left to resvg.
 * Pure: it takes the bytes.
 */

/** A ligature: these glyphs after the first, in order, become `glyph`. */
export interface Ligature {
  rest: number[];
  glyph: number;
}

/** One pair-kerning subtable, in the font's order: the first that knows a pair decides it. */
export type PairKerning =
  | { format: 1; first: Map<number, Map<number, number>> }
  | { format: 2; covered: Set<number>; class1: Map<number, number>; class2: Map<number, number>; class1Count: number; class2Count: number; values: Int16Array };

export interface FontLayout {
  /** Font units in one em. */
  unitsPerEm: number;
  /** Code point → glyph, without the glyphs the font lacks. */
  cmap: Map<number, number>;
  /** A glyph's advance width in font units. */
  advance(glyph: number): number;
  /** Glyphs that are combining marks (GDEF class 3): text with one is left to resvg. */
  marks: Set<number>;
  /** Ligature lookups in the order they apply; each maps a first glyph to its ligatures, longest first as the font lists them. */
  ligatures: Map<number, Ligature[]>[];
  /** Pair-kerning lookups in the order they apply, each a list of subtables. */
  kerning: PairKerning[][];
}

/** Features a shaper applies by default to horizontal text (those rustybuzz turns on for every script). */
const defaultFeatures = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga', 'kern', 'mark', 'mkmk', 'dist', 'abvm', 'blwm', 'curs']);

/** Why the font cannot be laid out here (then its text is left to resvg). */
export class UnsupportedFont extends Error {}

type Reader = DataView;

function tables(font: Uint8Array): Map<string, Reader> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const found = new Map<string, Reader>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    found.set(tag, new DataView(font.buffer, font.byteOffset + view.getUint32(at + 8), view.getUint32(at + 12)));
  }
  return found;
}

function characterMap(cmap: Reader): Map<number, number> {
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0, n = cmap.getUint16(2); i < n; i++) {
    const offset = cmap.getUint32(8 + i * 8);
    subtables.push({ platform: cmap.getUint16(4 + i * 8), encoding: cmap.getUint16(6 + i * 8), offset, format: cmap.getUint16(offset) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const pick = subtables.find((s) => unicode(s) && s.format === 12) ?? subtables.find((s) => unicode(s) && s.format === 4);
  if (!pick) throw new UnsupportedFont('no Unicode cmap subtable of format 12 or 4');
  const map = new Map<number, number>();
  const at = pick.offset;
  if (pick.format === 12) {
    for (let i = 0, n = cmap.getUint32(at + 12); i < n; i++) {
      const group = at + 16 + i * 12;
      const [start, end, glyph] = [cmap.getUint32(group), cmap.getUint32(group + 4), cmap.getUint32(group + 8)];
      for (let cp = start; cp <= end; cp++) if (glyph + cp - start !== 0) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [cmap.getUint16(starts + s * 2), cmap.getUint16(ends + s * 2)];
    const [delta, rangeOffset] = [cmap.getInt16(deltas + s * 2), cmap.getUint16(rangeOffsets + s * 2)];
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph = rangeOffset === 0 ? cp : cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
      if (rangeOffset === 0 || glyph !== 0) glyph = (glyph + delta) & 0xffff;
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Glyphs of a Coverage table, in coverage-index order. */
function coverage(t: Reader, at: number): number[] {
  const glyphs: number[] = [];
  const format = t.getUint16(at);
  const count = t.getUint16(at + 2);
  for (let i = 0; i < count; i++) {
    if (format === 1) glyphs.push(t.getUint16(at + 4 + i * 2));
    else for (let g = t.getUint16(at + 4 + i * 6), end = t.getUint16(at + 6 + i * 6); g <= end; g++) glyphs.push(g);
  }
  if (format !== 1 && format !== 2) throw new UnsupportedFont(`coverage format ${format}`);
  return glyphs;
}

/** Glyph → class of a ClassDef table (glyphs not listed are class 0). */
function classDef(t: Reader, at: number): Map<number, number> {
  const classes = new Map<number, number>();
  const format = t.getUint16(at);
  if (format === 1) {
    const first = t.getUint16(at + 2);
    for (let i = 0, n = t.getUint16(at + 4); i < n; i++) classes.set(first + i, t.getUint16(at + 6 + i * 2));
  } else if (format === 2) {
    for (let i = 0, n = t.getUint16(at + 2); i < n; i++) {
      const r = at + 4 + i * 6;
      for (let g = t.getUint16(r), end = t.getUint16(r + 2); g <= end; g++) classes.set(g, t.getUint16(r + 4));
    }
  } else throw new UnsupportedFont(`class definition format ${format}`);
  return classes;
}

/** The lookups (by index, in the order they apply) of the default features, which must be the same for every script. */
function defaultLookups(t: Reader): number[] {
  const scripts = t.getUint16(4);
  const features = t.getUint16(6);
  const featureTags: string[] = [];
  const featureLookups: number[][] = [];
  for (let i = 0, n = t.getUint16(features); i < n; i++) {
    const r = features + 2 + i * 6;
    featureTags.push(String.fromCharCode(t.getUint8(r), t.getUint8(r + 1), t.getUint8(r + 2), t.getUint8(r + 3)));
    const f = features + t.getUint16(r + 4);
    featureLookups.push(Array.from({ length: t.getUint16(f + 2) }, (_, j) => t.getUint16(f + 4 + j * 2)));
  }
  let chosen: string | undefined;
  for (let i = 0, n = t.getUint16(scripts); i < n; i++) {
    const script = scripts + t.getUint16(scripts + 2 + i * 6 + 4);
    const langSys = t.getUint16(script);
    if (t.getUint16(script + 2) !== 0) throw new UnsupportedFont('language-specific features');
    const lookups = new Set<number>();
    if (langSys) {
      const l = script + langSys;
      if (t.getUint16(l + 2) !== 0xffff) throw new UnsupportedFont('a required feature');
      for (let j = 0, m = t.getUint16(l + 4); j < m; j++) {
        const f = t.getUint16(l + 6 + j * 2);
        if (defaultFeatures.has(featureTags[f]!)) for (const lookup of featureLookups[f]!) lookups.add(lookup);
      }
    }
    const list = [...lookups].sort((a, b) => a - b).join(',');
    if (chosen !== undefined && chosen !== list) throw new UnsupportedFont('scripts with different features');
    chosen = list;
  }
  return chosen ? chosen.split(',').map(Number) : [];
}

/** Each lookup's type, flag and subtable offsets (extension subtables are not supported). */
function lookup(t: Reader, index: number): { type: number; subtables: number[] } {
  const list = t.getUint16(8);
  const at = list + t.getUint16(list + 2 + index * 2);
  if (t.getUint16(at + 2) !== 0) throw new UnsupportedFont(`lookup ${index} has flags`);
  return { type: t.getUint16(at), subtables: Array.from({ length: t.getUint16(at + 4) }, (_, i) => at + t.getUint16(at + 6 + i * 2)) };
}

function ligatureLookup(t: Reader, subtables: number[]): Map<number, Ligature[]> {
  const byFirst = new Map<number, Ligature[]>();
  for (const st of subtables) {
    if (t.getUint16(st) !== 1) throw new UnsupportedFont('ligature substitution format');
    coverage(t, st + t.getUint16(st + 2)).forEach((first, k) => {
      if (byFirst.has(first)) return; // an earlier subtable already decides this glyph
      const set = st + t.getUint16(st + 6 + k * 2);
      byFirst.set(
        first,
        Array.from({ length: t.getUint16(set) }, (_, j) => {
          const lig = set + t.getUint16(set + 2 + j * 2);
          return { glyph: t.getUint16(lig), rest: Array.from({ length: t.getUint16(lig + 2) - 1 }, (_, c) => t.getUint16(lig + 4 + c * 2)) };
        }),
      );
    });
  }
  return byFirst;
}

function pairLookup(t: Reader, subtables: number[]): PairKerning[] {
  return subtables.map((st) => {
    const format = t.getUint16(st);
    if (t.getUint16(st + 4) !== 4 || t.getUint16(st + 6) !== 0) throw new UnsupportedFont('pair adjustment other than the first glyph’s x advance');
    const covered = coverage(t, st + t.getUint16(st + 2));
    if (format === 1) {
      const first = new Map<number, Map<number, number>>();
      covered.forEach((g, k) => {
        const set = st + t.getUint16(st + 10 + k * 2);
        first.set(g, new Map(Array.from({ length: t.getUint16(set) }, (_, j) => [t.getUint16(set + 2 + j * 4), t.getInt16(set + 4 + j * 4)])));
      });
      return { format: 1, first };
    }
    if (format !== 2) throw new UnsupportedFont(`pair adjustment format ${format}`);
    const [class1Count, class2Count] = [t.getUint16(st + 12), t.getUint16(st + 14)];
    const values = new Int16Array(class1Count * class2Count);
    for (let i = 0; i < values.length; i++) values[i] = t.getInt16(st + 16 + i * 2);
    return {
      format: 2,
      covered: new Set(covered),
      class1: classDef(t, st + t.getUint16(st + 8)),
      class2: classDef(t, st + t.getUint16(st + 10)),
      class1Count,
      class2Count,
      values,
    };
  });
}

export function readFontLayout(font: Uint8Array): FontLayout {
  const t = tables(font);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new UnsupportedFont(`no ${tag} table`);
    return table;
  };
  const hmtx = need('hmtx');
  const longMetrics = need('hhea').getUint16(34);
  const gdef = t.get('GDEF');
  const glyphClasses = gdef && gdef.getUint16(4) ? classDef(gdef, gdef.getUint16(4)) : new Map<number, number>();
  const ligatures: Map<number, Ligature[]>[] = [];
  const gsub = t.get('GSUB');
  for (const index of gsub ? defaultLookups(gsub) : []) {
    const { type, subtables } = lookup(gsub!, index);
    if (type !== 4) throw new UnsupportedFont(`GSUB lookup type ${type}`);
    ligatures.push(ligatureLookup(gsub!, subtables));
  }
  const kerning: PairKerning[][] = [];
  const gpos = t.get('GPOS');
  for (const index of gpos ? defaultLookups(gpos) : []) {
    const { type, subtables } = lookup(gpos!, index);
    // Mark attachment (4–6) moves marks only, and text with a mark is left to resvg.
    if (type === 2) kerning.push(pairLookup(gpos!, subtables));
    else if (type < 4 || type > 6) throw new UnsupportedFont(`GPOS lookup type ${type}`);
  }
  return {
    unitsPerEm: need('head').getUint16(18),
    cmap: characterMap(need('cmap')),
    // Glyphs past the last long metric share its advance (the hmtx rule).
    advance: (glyph) => hmtx.getUint16(Math.min(glyph, longMetrics - 1) * 4),
    marks: new Set([...glyphClasses].filter(([, c]) => c === 3).map(([g]) => g)),
    ligatures,
    kerning,
  };
}
