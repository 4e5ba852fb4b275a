import type { APIRoute } from 'astro';
import { indicatorRecords } from '../../data/openData';
import { datasetCsv, indicatorDownloadColumns } from '../../export/dataExport';

/** /data/indicators.csv — the whole indicator table, one row per indicator. */
export const GET: APIRoute = async () =>
  new Response(datasetCsv(indicatorDownloadColumns, await indicatorRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
