import type { APIRoute } from 'astro';
import { datasetMeta, indicatorRecords } from '../../data/openData';
import { datasetJson } from '../../export/dataExport';

/** /data/indicators.json — the indicator table with version and generation date. */
export const GET: APIRoute = async () =>
  new Response(datasetJson(await datasetMeta(), 'indicators', await indicatorRecords()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
