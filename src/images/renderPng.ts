/**
 * SVG → PNG for every picture the build draws (preview images, the 一图读懂 summary), with resvg
 * and the packaged font only (pictureFont.ts). The text is handed to resvg as glyph outlines placed
 * by the build (outlineText.ts), so resvg does not parse the font for each picture. Written as
 * indexed colour where the picture allows it (same pixels, half the bytes, faster: see
 * indexedPng.ts), and kept in an on-disk cache keyed by everything the bytes depend on, so a
 * rebuild draws only the pictures whose text changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { glyphOutlines } from './glyphOutlines.ts';
import { cachedFile } from './imageCache.ts';
import { indexedPng } from './indexedPng.ts';
import { readFontLayout, UnsupportedFont, type FontLayout } from './openType.ts';
import { outlineText, type GlyphOutlines } from './outlineText.ts';

/**
 * Above this many pixels the picture is encoded by resvg directly: reading the pixels into
 * JavaScript copies the whole bitmap (4 bytes a pixel), which for a very tall summary picture
 * would double the build's peak memory.
 */
export const maxIndexedPixels = 8_000_000;

/** Bump when the encoding changes, so cached files made the old way are not reused. */
const encoding = 'outlined-indexed-rle-1';
const resvgVersion = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;

/**
 * Draws off the main thread (resvg's renderAsync runs on libuv's thread pool), so with
 * build.concurrency above 1 in astro.config.mjs several pictures are drawn at once while the main
 * thread encodes and renders pages.
 */
export async function encodeRendered(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  const image = await renderAsync(svg, options);
  const { width, height } = image;
  if (width * height <= maxIndexedPixels) {
    const png = indexedPng(image.pixels, width, height);
    if (png) return png;
  }
  return image.asPng();
}

interface LoadedFont {
  hash: string;
  /** Null when the font needs layout features openType.ts does not read: then resvg lays its text out. */
  layout: FontLayout | null;
  outlines: GlyphOutlines | null;
}

const fonts = new Map<string, LoadedFont>();
/** A font file read once per process (a build draws thousands of pictures with one font). */
function loadFont(file: string): LoadedFont {
  let font = fonts.get(file);
  if (!font) {
    const bytes = readFileSync(file);
    let layout: FontLayout | null = null;
    try {
      layout = readFontLayout(bytes);
    } catch (e) {
      if (!(e instanceof UnsupportedFont)) throw e;
    }
    font = { hash: createHash('sha256').update(bytes).digest('hex'), layout, outlines: layout && glyphOutlines(file, layout.unitsPerEm) };
    fonts.set(file, font);
  }
  return font;
}

/** A font file's content hash. */
export function fontHash(file: string): string {
  return loadFont(file).hash;
}

/**
 * The SVG and options resvg is given: with one font file, the text as glyph outlines and no font
 * at all, unless some text had to stay text (see outlineText.ts).
 */
export function outlined(svg: string, options: ResvgRenderOptions): { svg: string; options: ResvgRenderOptions } {
  const files = options.font && 'fontFiles' in options.font ? (options.font.fontFiles ?? []) : [];
  const font = files.length === 1 ? loadFont(files[0]!) : null;
  if (!font?.layout || !font.outlines) return { svg, options };
  const paths = outlineText(svg, font.layout, font.outlines);
  return paths.includes('<text') ? { svg: paths, options } : { svg: paths, options: { ...options, font: { ...options.font, fontFiles: [] } } };
}

/**
 * What the PNG bytes depend on. Font files stand in the key by their contents, so a changed font
 * draws every picture again, and the folder the project sits in does not matter.
 */
export function renderKey(svg: string, options: ResvgRenderOptions): string[] {
  const fontFiles = (options.font && 'fontFiles' in options.font ? (options.font.fontFiles ?? []) : []).map(fontHash);
  return [encoding, `resvg ${resvgVersion}`, JSON.stringify({ ...options, font: { ...options.font, fontFiles } }), svg];
}

export function renderPng(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  return cachedFile('png', renderKey(svg, options), () => {
    const drawn = outlined(svg, options);
    return encodeRendered(drawn.svg, drawn.options);
  });
}
