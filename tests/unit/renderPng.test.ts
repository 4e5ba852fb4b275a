/**
 * Pictures as PNG: the indexed-colour encoding keeps every pixel of resvg's own encoding (decoded
 * independently, by resvg's PNG reader), and the on-disk cache returns the stored bytes for the
 * same input and draws again when anything the bytes depend on changes.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheName, cachedFile, imageCacheDir } from '../../src/images/imageCache.ts';
import { indexedPng } from '../../src/images/indexedPng.ts';
import { previewSvg } from '../../src/images/previewImage.ts';
import { previewRenderOptions } from '../../src/images/renderPreview.ts';
import { encodeRendered, renderKey } from '../../src/images/renderPng.ts';

const spec = {
  kicker: '目标指标 · 指标7',
  title: '新增和改造充电桩（含自用桩）',
  figure: '超6000辆',
  figureLabel: '伍家岗区2027年目标',
  footer: '伍家岗区「两新」行动方案专题',
};

/** The RGBA pixels of a PNG file, as resvg decodes an embedded image drawn at its own size. */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return { width, height, pixels: new Resvg(svg).render().pixels };
}

const colourType = (png: Buffer) => png[25];

describe('indexedPng', () => {
  it.each([
    ['a preview image', previewSvg(spec), previewRenderOptions()],
    [
      'flat colours',
      '<svg xmlns="http://www.w3.org/2000/svg" width="7" height="5"><rect width="7" height="5" fill="#9e1b1b"/><rect x="2" y="1" width="3" height="2" fill="#fff"/></svg>',
      {},
    ],
  ] as [string, string, ResvgRenderOptions][])('%s: the same pixels as resvg’s RGBA PNG', (_, svg, options) => {
    const image = new Resvg(svg, options).render();
    const rgba = image.asPng();
    const indexed = indexedPng(image.pixels, image.width, image.height)!;
    expect(colourType(rgba)).toBe(6);
    expect(colourType(indexed)).toBe(3);
    const a = decode(rgba);
    const b = decode(indexed);
    expect([b.width, b.height]).toEqual([a.width, a.height]);
    expect(b.pixels.equals(a.pixels)).toBe(true);
    expect(b.pixels.equals(image.pixels)).toBe(true);
  });

  it('makes a preview image at most 60% of the RGBA file', () => {
    const image = new Resvg(previewSvg(spec), previewRenderOptions()).render();
    expect(indexedPng(image.pixels, image.width, image.height)!.length).toBeLessThan(image.asPng().length * 0.6);
  });

  it('gives the same bytes for the same pixels', () => {
    const image = new Resvg(previewSvg(spec), previewRenderOptions()).render();
    expect(indexedPng(image.pixels, image.width, image.height)!.equals(indexedPng(image.pixels, image.width, image.height)!)).toBe(true);
  });

  it.each([
    [
      'a transparent pixel',
      [
        [0, 0, 0, 255],
        [0, 0, 0, 0],
      ],
    ],
    ['257 colours', Array.from({ length: 257 }, (_, i) => [i & 0xff, i >> 8, 0, 255])],
  ])('declines %s (the caller keeps RGBA)', (_, pixels) => {
    expect(indexedPng(Uint8Array.from(pixels.flat()), pixels.length, 1)).toBeNull();
  });

  it('rejects pixel data of the wrong length, naming the size', () => {
    expect(() => indexedPng(new Uint8Array(12), 2, 2)).toThrow(/2×2/);
  });

  it('keeps up to 256 colours in a palette', () => {
    const pixels = Array.from({ length: 256 }, (_, i) => [i, 255 - i, 7, 255]);
    const png = indexedPng(Uint8Array.from(pixels.flat()), 256, 1)!;
    expect(decode(png).pixels.equals(Buffer.from(pixels.flat()))).toBe(true);
  });
});

describe('image cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-image-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a file on the first call and returns it on the next without making it again', async () => {
    let made = 0;
    const make = () => (made++, Promise.resolve(Buffer.from('first')));
    expect((await cachedFile('png', ['a'], make, dir)).toString()).toBe('first');
    expect((await cachedFile('png', ['a'], () => Promise.resolve(Buffer.from('second')), dir)).toString()).toBe('first');
    expect(made).toBe(1);
    expect(readdirSync(dir)).toEqual([cacheName('png', ['a'])]);
  });

  it('makes the file every time when the cache is off', async () => {
    expect((await cachedFile('png', ['a'], () => Promise.resolve(Buffer.from('fresh')), null)).toString()).toBe('fresh');
  });

  it('two pages drawing the same picture at once both get it, and one file is stored', async () => {
    const sub = mkdtempSync(join(dir, 'same-'));
    const both = await Promise.all([1, 2].map(() => cachedFile('png', ['same'], () => Promise.resolve(Buffer.from('picture')), sub)));
    expect(both.map(String)).toEqual(['picture', 'picture']);
    expect(readdirSync(sub)).toEqual([cacheName('png', ['same'])]);
  });

  it.each([
    ['different text', ['ab'], ['ac']],
    ['parts split differently', ['a', 'bc'], ['ab', 'c']],
  ])('%s gives a different name', (_, a, b) => expect(cacheName('png', a)).not.toBe(cacheName('png', b)));

  it.each([
    [{}, join(process.cwd(), 'node_modules', '.cache', 'liangxin', 'images')],
    [{ IMAGE_CACHE_DIR: '/tmp/x' }, '/tmp/x'],
    [{ IMAGE_CACHE: 'off' }, null],
  ])('folder for %j', (env, expected) => expect(imageCacheDir(env)).toBe(expected));

  it('keys a render on the picture, the options and the font files’ contents', () => {
    const options = previewRenderOptions();
    const key = renderKey(previewSvg(spec), options);
    expect(renderKey(previewSvg(spec), previewRenderOptions())).toEqual(key);
    expect(renderKey(previewSvg({ ...spec, figure: '超6001辆' }), options)).not.toEqual(key);
    const font = options.font as { fontFiles: string[] };
    expect(renderKey(previewSvg(spec), { ...options, font: { ...font, fontFiles: [] } })).not.toEqual(key);
    // The same font bytes elsewhere (another checkout) give the same key; changed bytes do not.
    const copy = join(dir, 'same-font.otf');
    copyFileSync(font.fontFiles[0]!, copy);
    expect(renderKey(previewSvg(spec), { ...options, font: { ...font, fontFiles: [copy] } })).toEqual(key);
    const changed = join(dir, 'changed-font.otf');
    const bytes = readFileSync(font.fontFiles[0]!);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    writeFileSync(changed, bytes);
    expect(renderKey(previewSvg(spec), { ...options, font: { ...font, fontFiles: [changed] } })).not.toEqual(key);
  });

  it('a cached render is the same file as a fresh one', async () => {
    const svg = previewSvg(spec);
    const options = previewRenderOptions();
    const fresh = await encodeRendered(svg, options);
    const stored = await cachedFile('png', renderKey(svg, options), () => encodeRendered(svg, options), dir);
    expect((await cachedFile('png', renderKey(svg, options), () => Promise.resolve(Buffer.alloc(0)), dir)).equals(fresh)).toBe(true);
    expect(stored.equals(fresh)).toBe(true);
    expect(existsSync(join(dir, cacheName('png', renderKey(svg, options))))).toBe(true);
  });
});
