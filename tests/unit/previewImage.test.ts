/** Preview images: escaping, and the packaged CJK font read without system fonts. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { pictureFontOptions, pictureFontPath } from '../../src/images/pictureFont.ts';
import { escapeXml } from '../../src/model/xml.ts';
import { previewSvg } from '../../src/images/previewImage.ts';
import { previewRenderOptions, renderPreview } from '../../src/images/renderPreview.ts';
import { contentChars } from '../helpers/contentChars.ts';

it('escapes XML special characters in text', () => {
  expect(previewSvg({ kicker: 'k', title: 'A&B', figure: '', figureLabel: '', footer: '<f>' })).toContain('>A&amp;B<');
  expect(previewSvg({ kicker: 'k', title: 'A&B', figure: '', figureLabel: '', footer: '<f>' })).toContain('>&lt;f&gt;<');
});

describe('the packaged font', () => {
  it('draws every character of the content, each with ink of its own', () => {
    const chars = contentChars();
    expect(chars.length).toBeGreaterThan(500);
    // One character per 40 × 40 cell, so a missing glyph shows as an empty cell.
    const cols = 30;
    const rows = Math.ceil(chars.length / cols);
    const cells = chars.map((ch, i) => `<text x="${(i % cols) * 40 + 8}" y="${Math.floor(i / cols) * 40 + 30}" font-size="24">${escapeXml(ch)}</text>`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * 40}" height="${rows * 40}"><rect width="100%" height="100%" fill="#fff"/>${cells.join('')}</svg>`;
    const img = new Resvg(svg, previewRenderOptions()).render();
    const { width, pixels } = { width: img.width, pixels: img.pixels };
    const blank = chars.filter((_, i) => {
      const [x0, y0] = [(i % cols) * 40, Math.floor(i / cols) * 40];
      for (let y = y0; y < y0 + 40; y++) for (let x = x0; x < x0 + 40; x++) if (pixels[(y * width + x) * 4]! < 160) return false;
      return true;
    });
    expect(blank.map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase()} ${ch}`)).toEqual([]);
  });

  it('is one font file, read by its path relative to the project, with the licence beside it', () => {
    const options = pictureFontOptions();
    expect(options.fontFiles).toEqual([join(process.cwd(), pictureFontPath)]);
    expect(options.loadSystemFonts).toBe(false);
    expect(readFileSync(pictureFontPath).readUInt32BE(0)).toBe(0x4f54544f); // 'OTTO': OpenType with CFF outlines
    expect(readFileSync(join(dirname(pictureFontPath), 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });
});

describe('rendering', () => {
  const spec = {
    kicker: '目标指标 · 指标7',
    title: '新增和改造充电桩（含自用桩）',
    figure: '超6000辆',
    figureLabel: '伍家岗区2027年目标',
    footer: '伍家岗区「两新」行动方案专题',
  };
  /** Inked pixels (dark or red: low green) in a horizontal band of the rendered image. */
  const inkIn = (opts: ResvgRenderOptions, top: number, bottom: number) => {
    const img = new Resvg(previewSvg(spec), opts).render();
    // Read the getters once: each access copies the whole bitmap.
    const { width, pixels } = { width: img.width, pixels: img.pixels };
    let dark = 0;
    for (let y = top; y < bottom; y++) for (let x = 0; x < width; x++) if (pixels[(y * width + x) * 4 + 1]! < 128) dark++;
    return dark;
  };
  it('draws the title and the figure with the packaged font, without any system font', () => {
    const title = inkIn(previewRenderOptions(), 140, 215);
    const figure = inkIn(previewRenderOptions(), 340, 430);
    expect(title).toBeGreaterThan(5000);
    expect(figure).toBeGreaterThan(5000);
    // The same image with no font files draws no text at all: nothing comes from the machine.
    expect(inkIn({ font: { ...pictureFontOptions(), fontFiles: [] } }, 140, 215)).toBe(0);
  });
  it('is a 1200 × 630 PNG', async () => {
    const png = await renderPreview(spec);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
