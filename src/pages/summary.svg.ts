/** /summary.svg: the 一图读懂 picture as a downloadable file, generated at build time. */
import type { APIRoute } from 'astro';
import { loadSummary } from '../data/summary';
import { summarySvg } from '../images/summaryGraphic';

export const GET: APIRoute = async () => new Response(summarySvg(await loadSummary()), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
