/** The blank progress template as CSV with a BOM (Excel opens it as UTF-8), built from the indicators. */
import { loadContent } from '../../data/content';
import { templateRows, toCsv } from '../../lib/progressColumns';

export async function GET() {
  const { indicators } = await loadContent();
  return new Response(toCsv(templateRows(indicators.map((i) => i.data))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
