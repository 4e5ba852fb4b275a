import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRecords, progressRecords } from '../../../data/openData';
import { datasetCsv, progressDownloadColumns, type ProgressExport } from '../../../export/dataExport';

/** /data/progress/<slug>.csv — one indicator's reported figures, same columns as the whole file. */
export const getStaticPaths = (async () => {
  const all = await progressRecords();
  return (await indicatorRecords()).map(({ slug }) => ({ params: { slug }, props: { records: all.filter((r) => r.indicatorSlug === slug) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: ProgressExport[] }> = ({ props }) =>
  new Response(datasetCsv(progressDownloadColumns, props.records), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
