/**
 * The records behind the /data/ downloads, joined from the content once for the whole build.
 * Progress-report rows come from `progressRecords()`, served by their own endpoints.
 */
import { publicUrl } from '../site/siteAddress';
import { buildDate } from '../config/buildDate';
import { planDate } from '../site/pageCitation';
import { compareProgress, indicatorExport, progressExport, type DatasetMeta, type IndicatorExport, type ProgressExport } from '../export/dataExport';
import { loadContent } from './content';
import { loadProgress } from './progress';
import { loadSiteAddress } from './siteAddress';
import { loadVersions } from './versions';
import { textInForce } from '../progress/targetsInForce';

const base = () => import.meta.env.BASE_URL;
// Pages' addresses (网址, the dictionary's) go through publicUrl: absolute on the public site, the
// path from the root in a local build, never a localhost address posing as the site's.

export async function indicatorRecords(): Promise<IndicatorExport[]> {
  const content = await loadContent();
  const address = await loadSiteAddress();
  return content.indicators.map((i) => {
    const action = content.actionOf(i);
    return indicatorExport(i.data, {
      responsible: content.indicatorDepartments(i).map((d) => ({ id: d.data.id, name: d.data.name })),
      action: action ? { slug: action.data.slug, title: action.data.title } : null,
      url: publicUrl(address, base(), `/indicators/${i.data.slug}/`),
      // indicators.csv is the current text's table.
      version: content.site.document.status,
    });
  });
}

export async function datasetMeta(): Promise<DatasetMeta> {
  const { site: settings } = await loadContent();
  const doc = settings.document;
  const date = planDate(doc);
  const address = await loadSiteAddress();
  const { versions } = await loadVersions();
  return {
    generated: buildDate(),
    source: doc.title,
    status: date ? `${doc.status}（${date}）` : doc.status,
    dictionary: publicUrl(address, base(), '/data/dictionary/'),
    versions: versions.map((v) => ({
      name: v.name,
      status: v.status,
      frozen: v.date,
      published: v.publishedDate || null,
      inForceFrom: v.inForceFrom,
      superseded: v.superseded,
      url: publicUrl(address, base(), v.path),
    })),
  };
}

/** Every reported figure with the pages' status for each target it is the basis of; empty until bureaus report. */
export async function progressRecords(): Promise<ProgressExport[]> {
  const progress = await loadProgress();
  const address = await loadSiteAddress();
  const { versions } = await loadVersions();
  return progress.byIndicator
    .flatMap(({ indicator, figures, assessments }) =>
      figures.map((f) => {
        // The text in force on the figure's 截至日期: the one its targets and status come from.
        const text = textInForce(versions, f.asOf);
        return progressExport(
          indicator.data,
          { ...f, department: { id: f.department.data.id, name: f.department.data.name } },
          assessments,
          publicUrl(address, base(), `/indicators/${indicator.data.slug}/`),
          { status: text.status, targets: text.indicators.find((i) => i.slug === indicator.data.slug)?.targets ?? {} },
        );
      }),
    )
    .sort(compareProgress);
}

/** The JSON meta of the progress downloads: `sample` says whether any figure is example data. */
export async function progressMeta(): Promise<DatasetMeta & { sample: boolean; latestAsOf: string | null }> {
  const progress = await loadProgress();
  return { ...(await datasetMeta()), sample: progress.hasSample, latestAsOf: progress.latestAsOf };
}
