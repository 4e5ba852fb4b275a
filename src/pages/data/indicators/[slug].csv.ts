import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRecords } from '../../../data/openData';
import { datasetCsv, indicatorDownloadColumns, type IndicatorExport } from '../../../export/dataExport';

/** /data/indicators/<slug>.csv — one indicator's row, same columns as the whole table. */
export const getStaticPaths = (async () =>
  (await indicatorRecords()).map((record) => ({ params: { slug: record.slug }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: IndicatorExport }> = ({ props }) =>
  new Response(datasetCsv(indicatorDownloadColumns, [props.record]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
