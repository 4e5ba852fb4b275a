/** The blank progress template as CSV with a BOM (Excel opens it as UTF-8), built from the indicators. */
import { loadContent } from '../../data/content';
import { toCsv } from '../../export/csv';
import { templateRows } from '../../progress/reportTemplate';

export async function GET() {
  const { indicators } = await loadContent();
  const [header = [], ...rows] = templateRows(indicators.map((i) => i.data));
  return new Response(toCsv(header, rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
