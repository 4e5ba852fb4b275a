/**
 * The /data/ download endpoints. Each dataset (indicators, progress) is described once here; its
 * whole file and its per-indicator files, in CSV and in JSON, are made from that description, so
 * each endpoint under src/pages/data/ only names its dataset and format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  datasetCsv,
  datasetJson,
  indicatorDownloadColumns,
  progressDownloadColumns,
  type Column,
  type DatasetMeta,
  type IndicatorExport,
  type ProgressExport,
} from '../export/dataExport';
import { datasetMeta, indicatorRecords, progressMeta, progressRecords } from './openData';

type Format = 'csv' | 'json';

interface Dataset<R> {
  records: () => Promise<R[]>;
  /** The facts the JSON file starts with. */
  meta: () => Promise<DatasetMeta>;
  /** The JSON key that holds the rows. */
  key: string;
  columns: readonly Column<R>[];
  /** The slug of the indicator a record belongs to, for the per-indicator files. */
  indicatorOf: (record: R) => string;
}

const contentType: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function routes<R>(dataset: Dataset<R>) {
  const respond = async (format: Format, rows: readonly R[]) =>
    new Response(format === 'csv' ? datasetCsv(dataset.columns, rows) : datasetJson(await dataset.meta(), dataset.key, rows, dataset.columns), {
      headers: { 'Content-Type': contentType[format] },
    });
  return {
    /** The whole dataset in one file. */
    file:
      (format: Format): APIRoute =>
      async () =>
        respond(format, await dataset.records()),
    /** One file per indicator (every indicator, even one without rows), same columns and shape as the whole file. */
    perIndicator: (format: Format) => ({
      getStaticPaths: (async () => {
        // Grouped in one pass: filtering every record for every indicator grows with the square of the site.
        const bySlug = Map.groupBy(await dataset.records(), dataset.indicatorOf);
        return (await indicatorRecords()).map(({ slug }) => ({ params: { slug }, props: { rows: bySlug.get(slug) ?? [] } }));
      }) satisfies GetStaticPaths,
      GET: (({ props }) => respond(format, props.rows)) satisfies APIRoute<{ rows: R[] }>,
    }),
  };
}

/** /data/indicators.* and /data/indicators/<slug>.*: the indicator table, one record per indicator. */
export const indicatorData = routes<IndicatorExport>({
  records: indicatorRecords,
  meta: datasetMeta,
  key: 'indicators',
  columns: indicatorDownloadColumns,
  indicatorOf: (r) => r.slug,
});

/** /data/progress.* and /data/progress/<slug>.*: every reported figure, one record each. */
export const progressData = routes<ProgressExport>({
  records: progressRecords,
  meta: progressMeta,
  key: 'records',
  columns: progressDownloadColumns,
  indicatorOf: (r) => r.indicatorSlug,
});
