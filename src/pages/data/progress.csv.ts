import type { APIRoute } from 'astro';
import { progressRecords } from '../../data/openData';
import { datasetCsv, progressColumns } from '../../lib/dataExport';

/** /data/progress.csv — every reported figure, one row each; the header row alone until bureaus report. */
export const GET: APIRoute = async () =>
  new Response(datasetCsv(progressColumns, await progressRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
