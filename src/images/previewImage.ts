/**
 * The link-preview image of a page (Open Graph / Twitter card, 1200 × 630): what section it is,
 * its title and its headline figure. Pure: it returns SVG, which renderPreview.ts turns into PNG.
 */
import { escapeXml } from '../model/xml.ts';
import { pictureFontFamily } from './pictureFont.ts';
import { wrapText } from './textWidth.ts';

export interface PreviewSpec {
  /** Section line above the title, e.g. 目标指标 · 指标7. */
  kicker: string;
  /** Page title, wrapped to at most three lines. */
  title: string;
  /** Headline figure, e.g. 超6000辆; empty for none. */
  figure: string;
  /** What the figure is, e.g. 伍家岗区2027年目标. */
  figureLabel: string;
  /** Footer line: the site and the plan's status. */
  footer: string;
}

export const previewSize = { width: 1200, height: 630 } as const;

const colors = { band: '#9e1b1b', ink: '#1f1f1f', muted: '#555555', bg: '#ffffff', rule: '#e3d3c2' };

export function previewSvg(spec: PreviewSpec): string {
  const { width, height } = previewSize;
  const pad = 72;
  const titleSize = spec.figure ? 60 : 68;
  const titleLines = wrapText(spec.title, (width - 2 * pad) / titleSize, spec.figure ? 2 : 3);
  const titleTop = 200;
  const lineHeight = titleSize * 1.3;
  const figureTop = titleTop + titleLines.length * lineHeight + 40;
  const text = (x: number, y: number, size: number, fill: string, content: string, weight = 700) =>
    `<text x="${x}" y="${y}" font-family="${pictureFontFamily}" font-weight="${weight}" font-size="${size}" fill="${fill}">${escapeXml(content)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${colors.bg}"/>`,
    `<rect width="${width}" height="16" fill="${colors.band}"/>`,
    text(pad, 110, 34, colors.band, wrapText(spec.kicker, (width - 2 * pad) / 34, 1)[0] ?? ''),
    ...titleLines.map((l, i) => text(pad, titleTop + i * lineHeight, titleSize, colors.ink, l)),
    ...(spec.figure
      ? [
          text(pad, figureTop, 30, colors.muted, wrapText(spec.figureLabel, (width - 2 * pad) / 30, 1)[0] ?? ''),
          text(pad, figureTop + 96, 84, colors.band, wrapText(spec.figure, (width - 2 * pad) / 84, 1)[0] ?? ''),
        ]
      : []),
    `<rect x="${pad}" y="${height - 100}" width="${width - 2 * pad}" height="2" fill="${colors.rule}"/>`,
    text(pad, height - 50, 28, colors.muted, wrapText(spec.footer, (width - 2 * pad) / 28, 1)[0] ?? '', 400),
    '</svg>',
  ].join('');
}
