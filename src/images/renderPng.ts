/**
 * SVG → PNG for every picture the build draws (preview images, the 一图读懂 summary), with resvg
 * and the packaged font only (pictureFont.ts). Written as indexed colour where the picture allows
 * it (same pixels, half the bytes, faster: see indexedPng.ts), and kept in an on-disk cache keyed
 * by everything the bytes depend on, so a rebuild draws only the pictures whose text changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { cachedFile } from './imageCache.ts';
import { indexedPng } from './indexedPng.ts';

/**
 * Above this many pixels the picture is encoded by resvg directly: reading the pixels into
 * JavaScript copies the whole bitmap (4 bytes a pixel), which for a very tall summary picture
 * would double the build's peak memory.
 */
export const maxIndexedPixels = 8_000_000;

/** Bump when the encoding changes, so cached files made the old way are not reused. */
const encoding = 'indexed-rle-1';
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

const fontHashes = new Map<string, string>();
/** A font file's content hash, read once per file and process (a build draws thousands of pictures with one font). */
export function fontHash(file: string): string {
  let hash = fontHashes.get(file);
  if (!hash) {
    hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    fontHashes.set(file, hash);
  }
  return hash;
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
  return cachedFile('png', renderKey(svg, options), () => encodeRendered(svg, options));
}
