import type { APIRoute } from 'astro';
import { indicatorRecords } from '../../data/openData';
import { datasetCsv, indicatorColumns } from '../../lib/dataExport';

/** /data/indicators.csv — the whole indicator table, one row per indicator. */
export const GET: APIRoute = async () =>
  new Response(datasetCsv(indicatorColumns, await indicatorRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
