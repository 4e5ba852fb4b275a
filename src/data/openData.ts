/**
 * The records behind the /data/ downloads, joined from the content once for the whole build.
 * Progress-report rows, when that content exists, belong in a sibling function here
 * (e.g. `progressRecords()`), served by their own endpoints; the indicator records stay as they are.
 */
import { absoluteUrl } from '../lib/absoluteUrl';
import { buildDate } from '../lib/buildDate';
import { planDate } from '../lib/citation';
import { indicatorExport, type DatasetMeta, type IndicatorExport } from '../lib/dataExport';
import { loadContent } from './content';

const site = () => import.meta.env.SITE ?? 'http://localhost:4321';
const base = () => import.meta.env.BASE_URL;

export async function indicatorRecords(): Promise<IndicatorExport[]> {
  const content = await loadContent();
  return content.indicators.map((i) => {
    const action = content.actionOf(i);
    return indicatorExport(i.data, {
      responsible: content.indicatorDepartments(i).map((d) => ({ id: d.data.id, name: d.data.name })),
      action: action ? { slug: action.data.slug, title: action.data.title } : null,
      url: absoluteUrl(site(), base(), `/indicators/${i.data.slug}/`),
    });
  });
}

export async function datasetMeta(): Promise<DatasetMeta> {
  const { site: settings } = await loadContent();
  const doc = settings.document;
  const date = planDate(doc);
  return {
    generated: buildDate(),
    source: doc.title,
    status: date ? `${doc.status}（${date}）` : doc.status,
    dictionary: absoluteUrl(site(), base(), '/data/dictionary/'),
  };
}
