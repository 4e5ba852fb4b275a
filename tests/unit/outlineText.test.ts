/**
 * Text drawn as glyph outlines placed by the build (outlineText.ts, shapeText.ts, openType.ts)
 * gives the same pixels as resvg drawing the `<text>` with the font itself — the independent
 * reference — for every character of the content, every title, the 一图读懂 picture and the cases
 * the layout must get right (kerning, ligatures, white space, entities); and what it cannot lay out
 * stays text for resvg.
 */
import { readFileSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { escapeXml } from '../../src/model/xml.ts';
import { glyphOutlines } from '../../src/images/glyphOutlines.ts';
import { readFontLayout } from '../../src/images/openType.ts';
import { outlineText } from '../../src/images/outlineText.ts';
import { pictureFontOptions, pictureFontPath } from '../../src/images/pictureFont.ts';
import { previewSvg } from '../../src/images/previewImage.ts';
import { outlined } from '../../src/images/renderPng.ts';
import { shapeText } from '../../src/images/shapeText.ts';
import { summarySvg } from '../../src/images/summaryGraphic.ts';
import { contentChars } from '../helpers/contentChars.ts';
import { summaryOfContent } from '../helpers/summaryOfContent.ts';

const font = readFontLayout(readFileSync(pictureFontPath));
const withFont: ResvgRenderOptions = { font: pictureFontOptions() };
const { content } = readContent();

/** Pixels resvg draws from the SVG with the font, and from its outlined form (which must need no font). */
function bothWays(svg: string): { text: Buffer; outlines: Buffer; drawn: ReturnType<typeof outlined> } {
  const drawn = outlined(svg, withFont);
  return { text: new Resvg(svg, withFont).render().pixels, outlines: new Resvg(drawn.svg, drawn.options).render().pixels, drawn };
}

/**
 * The same picture to the eye: anti-aliasing may round a few edge pixels of a glyph differently
 * (a glyph is placed by a matrix rather than by resvg's own sum), so up to 40 bytes of RGBA may
 * differ by more than 2 levels, by at most 32. A glyph misplaced by one font unit (0.03 px at
 * 30 px) changes over 1 000 bytes, by up to 57 levels: measured when this test was written.
 */
function expectSamePixels(a: Buffer, b: Buffer): void {
  expect(a.length).toBe(b.length);
  let count = 0;
  let most = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (d > 2) count++;
    most = Math.max(most, d);
  }
  expect(count).toBeLessThan(40);
  expect(most).toBeLessThanOrEqual(32);
}

const lines = (texts: string[], size = 30) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1300" height="${texts.length * size * 1.4 + 20}"><rect width="100%" height="100%" fill="#fff"/>${texts
    .map((t, i) => `<text x="10" y="${(i + 1) * size * 1.4}" font-size="${size}" fill="#1f1f1f">${escapeXml(t)}</text>`)
    .join('')}</svg>`;

// Each test draws a picture twice: seconds on a busy machine.
describe('the same pixels as resvg drawing the text', { timeout: 60_000 }, () => {
  it('for every character of the content, and none is left to resvg', () => {
    const chars = contentChars();
    expect(chars.length).toBeGreaterThan(500);
    const rows = Array.from({ length: Math.ceil(chars.length / 40) }, (_, r) => chars.slice(r * 40, r * 40 + 40).join(''));
    const { text, outlines, drawn } = bothWays(lines(rows));
    expect(drawn.svg).not.toContain('<text');
    expect(drawn.options.font).toMatchObject({ fontFiles: [] });
    expectSamePixels(text, outlines);
  });

  it('for every title of an action, a measure and an indicator', () => {
    const titles = [...content.actions.map((a) => a.data.title), ...content.measures.map((m) => m.data.title), ...content.indicators.map((i) => i.data.name)];
    const { text, outlines, drawn } = bothWays(lines(titles, 24));
    expect(drawn.svg).not.toContain('<text');
    expectSamePixels(text, outlines);
  });

  it.each([
    ['Latin kerning', 'AVATAR To Wa Ty LTV'],
    ['ligatures', '行动——牵头———单位— office ffl fi'],
    ['kana kerning', 'あいうえおかきくけこャヤ'],
    ['digits and percent', '2027年 84.50% 超6000辆'],
    ['white space collapsed and trimmed', '  a   b  c  '],
    ['entities', 'A & V <c> "d" \'e\''],
  ])('%s: %s', (_, t) => {
    const { text, outlines, drawn } = bothWays(previewSvg({ kicker: t, title: t, figure: t, figureLabel: t, footer: t }));
    expect(drawn.svg).not.toContain('<text');
    expectSamePixels(text, outlines);
  });

  it('for the 一图读懂 picture', () => {
    const svg = summarySvg(summaryOfContent(content));
    const { text, outlines, drawn } = bothWays(svg);
    expect(drawn.svg).not.toContain('<text x');
    expectSamePixels(text, outlines);
  });
});

describe('left to resvg', () => {
  it.each([
    ['a character the font lacks', '<text x="0" y="30" font-size="30">𠀀字</text>'],
    ['a combining mark', '<text x="0" y="30" font-size="30">e\u0301</text>'],
    ['an attribute the layout does not apply', '<text x="0" y="30" font-size="30" text-anchor="middle">字</text>'],
    ['a font size with a unit', '<text x="0" y="30" font-size="2em">字</text>'],
    ['a text with spans', '<text x="0" y="30" font-size="30">字<tspan>字</tspan></text>'],
    ['an entity XML does not define', '<text x="0" y="30" font-size="30">&nbsp;字</text>'],
  ])('%s stays text, and resvg keeps the font', (_, element) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50">${element}</svg>`;
    const drawn = outlined(svg, withFont);
    expect(drawn.svg).toContain(element);
    expect(drawn.options).toEqual(withFont);
  });
});

describe('shapeText', () => {
  // Advances in font units as resvg placed the glyphs (read from its outlines of the pair at 1000 px).
  it.each([
    ['伍', [['伍', 1000]]],
    [
      'AV',
      [
        ['A', 622],
        ['V', 619],
      ],
    ],
    [
      'A V',
      [
        ['A', 641],
        [' ', 227],
        ['V', 619],
      ],
    ],
    ['——', [['——', 1702]]],
    [
      'office',
      [
        ['o', 626],
        ['ffi', 1024],
        ['c', 497],
        ['e', 581],
      ],
    ],
  ] as [string, [string, number][]][])('%s', (text, expected) => {
    expect(shapeText(text, font)!.map((g) => [g.text, g.advance])).toEqual(expected);
  });

  it('knows every character the font file lists, and its units per em', () => {
    expect(font.unitsPerEm).toBe(1000);
    const listed = readFileSync('src/images/font/unicodes.txt', 'utf8')
      .trim()
      .split('\n')
      .flatMap((range) => {
        const [from, to = from] = range
          .replace(/^U\+/, '')
          .split('-')
          .map((h) => parseInt(h, 16));
        return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
      });
    expect([...font.cmap.keys()].filter((cp) => !listed.includes(cp))).toEqual([]);
    expect(listed.filter((cp) => !font.cmap.has(cp))).toEqual([]);
  });
});

describe('outlineText', () => {
  it('defines each glyph once and places it with <use>, in font units scaled to the text size', () => {
    const svg = outlineText(
      '<svg xmlns="http://www.w3.org/2000/svg"><text x="10" y="50" font-size="20" fill="#9e1b1b">伍伍A</text></svg>',
      font,
      glyphOutlines(pictureFontOptions().fontFiles![0]!, 1000),
    );
    const wu = font.cmap.get('伍'.codePointAt(0)!);
    expect(svg.match(new RegExp(`<path id="g${wu}"`, 'g'))).toHaveLength(1);
    expect(svg).toContain(
      `<g transform="matrix(0.02 0 0 0.02 10 50)" fill="#9e1b1b"><use href="#g${wu}"/><use href="#g${wu}" x="1000"/><use href="#g${font.cmap.get(65)}" x="2000"/></g>`,
    );
  });

  it('gives the same SVG for the same text', () => {
    const svg = previewSvg({ kicker: '目标指标', title: '新增充电桩', figure: '超6000辆', figureLabel: '目标', footer: '专题' });
    expect(outlined(svg, withFont).svg).toBe(outlined(svg, withFont).svg);
  });
});
