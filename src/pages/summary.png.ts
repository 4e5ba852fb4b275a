/**
 * /summary.png: the 一图读懂 picture as PNG, for readers whose apps do not open SVG. Drawn at build
 * time by resvg with the packaged Noto Sans SC (the same font files as the preview images), never
 * with system fonts, so it looks the same on every machine that builds it. Only the bold face is
 * used: the font helper caches one weight per process, and the preview images need bold.
 */
import type { APIRoute } from 'astro';
import { loadSummary } from '../data/summary';
import { fontFilesFor } from '../images/previewFont';
import { renderPng } from '../images/renderPng';
import { summarySvg } from '../images/summaryGraphic';

export const GET: APIRoute = async () => {
  const svg = summarySvg(await loadSummary());
  const png = await renderPng(svg, { font: { fontFiles: fontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
