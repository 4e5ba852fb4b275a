/** The blank progress template as .xlsx, built from the indicators with write-excel-file. */
import writeXlsxFile from 'write-excel-file/node';
import { loadContent } from '../../data/content';
import { templateRows } from '../../progress/reportTemplate';

export async function GET() {
  const { indicators } = await loadContent();
  const rows = templateRows(indicators.map((i) => i.data));
  const data = rows.map((r, i) =>
    r.map((value, c) => (i > 0 && c === 0 ? { value: Number(value), type: Number } : { value, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  const buffer = await writeXlsxFile(data, { columns: [8, 30, 8, 60, 18, 14, 12, 18, 20].map((width) => ({ width })), sheet: '进展数据' }).toBuffer();
  return new Response(new Uint8Array(buffer), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
}
