import type { APIRoute } from 'astro';
import { progressMeta, progressRecords } from '../../data/openData';
import { datasetJson } from '../../export/dataExport';

/** /data/progress.json — the reported figures with version, generation date and the sample flag. */
export const GET: APIRoute = async () =>
  new Response(datasetJson(await progressMeta(), 'records', await progressRecords()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
