import type { APIRoute, GetStaticPaths } from 'astro';
import { indicatorRecords, progressMeta, progressRecords } from '../../../data/openData';
import { datasetJson, type ProgressExport } from '../../../export/dataExport';

/** /data/progress/<slug>.json — one indicator's reported figures, in the same shape as the whole file. */
export const getStaticPaths = (async () => {
  const all = await progressRecords();
  return (await indicatorRecords()).map(({ slug }) => ({ params: { slug }, props: { records: all.filter((r) => r.indicatorSlug === slug) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ records: ProgressExport[] }> = async ({ props }) =>
  new Response(datasetJson(await progressMeta(), 'records', props.records), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
