import type { APIRoute } from 'astro';
import { progressRecords } from '../../data/openData';
import { datasetCsv, progressDownloadColumns } from '../../export/dataExport';

/** /data/progress.csv — every reported figure, one row each; the header row alone until bureaus report. */
export const GET: APIRoute = async () =>
  new Response(datasetCsv(progressDownloadColumns, await progressRecords()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
