/** Preview images: text wrapping, escaping, and the packaged CJK font read without system fonts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { fontFilesFor, parseSubsets, parseUnicodeRange, subsetsFor, woffToSfnt } from '../../src/images/previewFont.ts';
import { escapeXml, previewSvg, textWidth, wrapText } from '../../src/images/previewImage.ts';
import { previewRenderOptions, renderPreview } from '../../src/images/renderPreview.ts';

describe('wrapText', () => {
  it.each([
    ['fits on one line', '新增充电桩', 10, 3, ['新增充电桩']],
    ['Chinese breaks between characters', '一二三四五六', 4, 3, ['一二三四', '五六']],
    ['a number stays whole', '目标2027年', 3, 3, ['目标', '2027', '年']],
    ['too long ends in an ellipsis', '一二三四五六七八九十', 3, 2, ['一二三', '四五…']],
  ])('%s', (_, text, max, lines, expected) => expect(wrapText(text, max, lines)).toEqual(expected));
  it('never makes a line wider than asked', () => {
    for (const line of wrapText('伍家岗区推动大规模设备更新和消费品以旧换新行动方案（2024—2027年）', 15, 3)) {
      expect(textWidth(line)).toBeLessThanOrEqual(15);
    }
  });
});

it('escapes XML special characters in text', () => {
  expect(escapeXml(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;');
  expect(previewSvg({ kicker: 'k', title: 'A&B', figure: '', figureLabel: '', footer: 'f' })).toContain('>A&amp;B<');
});

describe('font subsets', () => {
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
  const subsets = parseSubsets(readFileSync(join(dir, '700.css'), 'utf8'));
  it('parses unicode-range lists', () => {
    expect(parseUnicodeRange('U+4e00-4e0f,U+ff01')).toEqual([
      [0x4e00, 0x4e0f],
      [0xff01, 0xff01],
    ]);
  });
  it('reads every subset the package declares, and covers the characters the site uses', () => {
    expect(subsets.length).toBeGreaterThan(50);
    const text = '伍家岗区「两新」行动方案专题：新增和改造充电桩（含自用桩）超6000辆2万户以上84.50%';
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      expect(subsetsFor(ch, subsets), `U+${cp.toString(16)} ${ch}`).toHaveLength(1);
    }
  });
  it('unpacks WOFF into an OpenType file with the same tables', () => {
    const woff = readFileSync(join(dir, 'files', subsetsFor('伍', subsets)[0]!.file));
    const sfnt = woffToSfnt(woff);
    const numTables = woff.readUInt16BE(12);
    expect(sfnt.readUInt16BE(4)).toBe(numTables);
    const tags = Array.from({ length: numTables }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toContain('glyf');
    expect(tags).toContain('cmap');
    // The head table's magic number proves table data landed where the directory says.
    const at = 12 + tags.indexOf('head') * 16;
    expect(sfnt.readUInt32BE(sfnt.readUInt32BE(at + 8) + 12)).toBe(0x5f0f3cf5);
  });
  it('rejects a file that is not WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, just text......................'))).toThrow(/WOFF/);
  });
  it('writes the needed subsets as font files', () => {
    const files = fontFilesFor('伍家岗区 2027');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(readFileSync(f).readUInt32BE(0)).toBe(0x00010000);
  });
});

describe('rendering', () => {
  const spec = { kicker: '目标指标 · 指标7', title: '新增和改造充电桩（含自用桩）', figure: '超6000辆', figureLabel: '伍家岗区2027年目标', footer: '伍家岗区「两新」行动方案专题' };
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
    const title = inkIn(previewRenderOptions(spec), 140, 215);
    const figure = inkIn(previewRenderOptions(spec), 340, 430);
    expect(title).toBeGreaterThan(5000);
    expect(figure).toBeGreaterThan(5000);
    // The same image with no font files draws no text at all: nothing comes from the machine.
    expect(inkIn({ font: { fontFiles: [], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }, 140, 215)).toBe(0);
  });
  it('is a 1200 × 630 PNG', async () => {
    const png = await renderPreview(spec);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
