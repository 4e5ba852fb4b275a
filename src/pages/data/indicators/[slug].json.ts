import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetMeta, indicatorRecords } from '../../../data/openData';
import { datasetJson, type IndicatorExport } from '../../../export/dataExport';

/** /data/indicators/<slug>.json — one indicator, in the same shape as the whole table. */
export const getStaticPaths = (async () =>
  (await indicatorRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: IndicatorExport }> = async ({ props }) =>
  new Response(datasetJson(await datasetMeta(), 'indicators', [props.record]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
