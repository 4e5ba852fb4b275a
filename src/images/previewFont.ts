/**
 * A CJK font for the preview images, from the npm package @fontsource/noto-sans-sc (SIL OFL 1.1),
 * so images render the same on a fresh machine with no system fonts. The package splits the font
 * into ~100 subsets by Unicode range; only the subsets a text needs are loaded, and each WOFF file
 * is unpacked to the plain OpenType data the renderer reads.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

export interface FontSubset {
  /** File name of the WOFF file inside the package's files/ folder. */
  file: string;
  /** Code point ranges, inclusive. */
  ranges: [number, number][];
}

/** Parses a CSS unicode-range value such as "U+4e00-4e0f,U+ff01". */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(from, 16), parseInt(to, 16)];
  });
}

/** The subsets (WOFF file and ranges) that a fontsource stylesheet declares. */
export function parseSubsets(css: string): FontSubset[] {
  const out: FontSubset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (file && range) out.push({ file, ranges: parseUnicodeRange(range) });
  }
  return out;
}

/**
 * The subsets needed to draw every character of `text`, each once, in declaration order. Where
 * ranges overlap, the last declared subset wins, as in CSS.
 */
export function subsetsFor(text: string, subsets: FontSubset[]): FontSubset[] {
  const needed = new Set<FontSubset>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const s = subsets.findLast((x) => x.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (s) needed.add(s);
  }
  return subsets.filter((s) => needed.has(s));
}

/** Unpacks a WOFF 1.0 file into the OpenType (sfnt) data it wraps. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('不是 WOFF 字体文件（not a WOFF file）');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + compLength);
    return {
      tag: src.subarray(at, at + 4),
      checksum: src.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((sum, t) => sum + pad(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  // Binary-search fields of the offset table, as the OpenType spec defines them.
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

const packageDir = () => dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));

/** resvg (the Node binding) reads fonts from files only, so unpacked subsets are cached here. */
const cacheDir = join(tmpdir(), 'liangxin-preview-fonts');

let cachedSubsets: FontSubset[] | undefined;
/** WOFF file name → path of its unpacked OpenType file. */
const unpacked = new Map<string, string>();

/** Paths of OpenType files of the Noto Sans SC subsets that cover `text`, unpacked on first use. */
export function fontFilesFor(text: string, weight: 400 | 700 = 700): string[] {
  const dir = packageDir();
  cachedSubsets ??= parseSubsets(readFileSync(join(dir, `${weight}.css`), 'utf8'));
  mkdirSync(cacheDir, { recursive: true });
  return subsetsFor(text, cachedSubsets).map((s) => {
    // Once per subset and process: thousands of pictures share the same few subsets.
    const known = unpacked.get(s.file);
    if (known) return known;
    const woff = readFileSync(join(dir, 'files', s.file));
    // Named by content hash, so a font package update never reuses a stale file.
    const hash = createHash('sha256').update(woff).digest('hex').slice(0, 16);
    const out = join(cacheDir, `${s.file.replace(/\.woff$/, '')}-${hash}.otf`);
    if (!existsSync(out)) {
      const tmp = `${out}.${process.pid}.tmp`;
      writeFileSync(tmp, woffToSfnt(woff));
      renameSync(tmp, out);
    }
    unpacked.set(s.file, out);
    return out;
  });
}
