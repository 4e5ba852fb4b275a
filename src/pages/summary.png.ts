/**
 * /summary.png: the 一图读懂 picture as PNG, for readers whose apps do not open SVG. Drawn at build
 * time by resvg with the packaged font (src/images/pictureFont.ts, the same as the preview images),
 * never with system fonts, so it looks the same on every machine that builds it.
 */
import type { APIRoute } from 'astro';
import { loadSummary } from '../data/summary';
import { pictureFontOptions } from '../images/pictureFont';
import { renderPng } from '../images/renderPng';
import { summarySvg } from '../images/summaryGraphic';

export const GET: APIRoute = async () => {
  const svg = summarySvg(await loadSummary());
  const png = await renderPng(svg, { font: pictureFontOptions() });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
