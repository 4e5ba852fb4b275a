/**
 * Each page's 更新时间: which content files it is built from (src/site/pageSources.ts), when they
 * last changed (git, read once per build by src/data/contentDates.ts) and the fallbacks
 * (src/site/updatedDate.ts).
 */
import { existsSync, globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDate } from '../config/buildDate.ts';
import { contentDir } from '../config/env.ts';
import { contentCollections } from '../schemas/collections.ts';
import { pageSources, type ContentIndex } from '../site/pageSources.ts';
import { updatedDate, type Updated } from '../site/updatedDate.ts';
import { loadChangelog } from './changelog.ts';
import { readContentDates } from './contentDates.ts';
import { loadContent } from './content.ts';

/** The files of a folder collection, relative to the content folder. */
function folderFiles(dir: string, folder: string, pattern: string): string[] {
  if (!existsSync(join(dir, folder))) return [];
  return globSync(pattern, { cwd: join(dir, folder) }).map((f) => `${folder}/${f.split('\\').join('/')}`);
}

async function load() {
  const dir = contentDir();
  const content = await loadContent();
  const changelog = await loadChangelog();
  const rel = (filePath: string | undefined) =>
    relative(dir, filePath ?? '')
      .split('\\')
      .join('/');
  const c = contentCollections;
  const index: ContentIndex = {
    all: Object.values(c).flatMap((spec) => {
      if ('checksOnly' in spec && spec.checksOnly) return [];
      return 'file' in spec ? [spec.file] : folderFiles(dir, spec.folder, spec.pattern);
    }),
    single: { site: c.site.file, departments: c.departments.file, notes: c.notes.file, policies: c.policies.file, changelog: c.changelog.file },
    actions: content.actions.map((a) => ({ slug: a.data.slug, file: rel(a.filePath) })),
    measures: content.measures.map((m) => ({ slug: m.data.slug, file: rel(m.filePath) })),
    indicators: content.indicators.map((i) => ({ slug: i.data.slug, file: rel(i.filePath), action: i.data.action ?? null })),
    plan: content.plan.map((p) => ({ file: rel(p.filePath), explanation: p.data.kind === 'explanation' })),
    guide: folderFiles(dir, c.guide.folder, c.guide.pattern),
    progress: folderFiles(dir, c.progress.folder, c.progress.pattern),
  };
  const inputs = {
    history: readContentDates(dir),
    changelog: changelog[0]?.date,
    published: content.site.document.publishedDate,
    written: content.site.document.writtenDate,
    today: buildDate(),
  };
  return (pathname: string): Updated | null => updatedDate(pageSources(pathname, index), inputs);
}

let cached: ReturnType<typeof load> | undefined;

/** The 更新时间 of the page at `pathname` (without the base path, e.g. "/actions/transport/"), or null. */
export async function pageUpdated(pathname: string): Promise<Updated | null> {
  cached ??= load();
  return (await cached)(pathname);
}
