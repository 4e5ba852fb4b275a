/**
 * Builds the Pagefind search index for a built site folder, through Pagefind's Node API. Each page
 * is indexed with its search hints (numbers such as 第三项行动 / 指标12 and alternative names,
 * see src/search/hints.ts) added to the copy Pagefind reads; the pages on disk are not changed.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { listHtmlFiles, pageUrl } from './checkLinks.ts';
import { withHints, type RefCounts } from '../../src/search/hints.ts';
import { hanCharacters, variantMap } from '../../src/search/variants.ts';
import type { Synonym } from '../../src/search/synonyms.ts';

export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/**
 * Site chrome, cross-links, controls and repeated boilerplate: navigation names other pages, and the
 * 引用本页 block repeats the plan's full title on every page, so both would pull pages into unrelated
 * results; controls (the 朗读 buttons, filter forms) are not content, and their labels would show in
 * excerpts (“朗读正文暂停停止”) and match queries such as 停止 or 责任单位.
 */
export const excludeSelectors = ['nav', '.skip-link', '.citation', '[data-search-ignore]', 'read-aloud', 'form', 'button'];

/** Pagefind's ready-made interfaces, which inject their own markup and styles; not used here. */
export const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * `synonyms` (content/search-synonyms.json, checked) is written next to the index as
 * pagefind/synonyms.json; the search page fetches it with the engine, on first use.
 */
export async function buildSearchIndex(dir: string, counts: RefCounts, synonyms: Synonym[] = []): Promise<SearchIndexResult> {
  // Loaded here, not at the top: the build's main thread imports this file only to start the worker.
  const pagefind = await import('pagefind');
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ excludeSelectors, forceLanguage: 'zh' });
  errors.push(...createErrors);
  if (!index) {
    await pagefind.close();
    return { pages: 0, errors };
  }
  let pages = 0;
  // Han characters of all indexed pages, in order of first appearance. Gathered page by page:
  // matching over all pages joined made one string per character (about 400 MB at 3 600 pages).
  const han = new Set<string>();
  try {
    for (const file of listHtmlFiles(dir)) {
      // URLs without the base: the client sets Pagefind's baseUrl to the site's base path.
      const path = pageUrl(dir, file, '/');
      const html = readFileSync(file, 'utf8');
      // The layout marks indexable pages (see pageType); search and 404 pages are left out.
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: path, content: withHints(path, html, counts) });
      errors.push(...added.errors.map((e) => `${relative(dir, file)}: ${e}`));
      pages += 1;
      for (const c of hanCharacters(html)) han.add(c);
    }
    const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
    errors.push(...written.errors);
  } finally {
    await pagefind.close();
  }
  if (errors.length > 0) return { pages, errors };
  // Once the indexer has ended, so that OpenCC's dictionaries (loaded with the module) are never in
  // memory beside it.
  const OpenCC = await import('opencc-js');
  // The site draws its own result list; Pagefind's prebuilt UIs would only be dead weight.
  for (const f of unusedFiles) rmSync(`${dir}/pagefind/${f}`, { force: true });
  const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
  writeFileSync(`${dir}/pagefind/variants.json`, JSON.stringify(variantMap([...han], converters)));
  writeFileSync(`${dir}/pagefind/synonyms.json`, JSON.stringify(synonyms.map(({ words, term }) => ({ words, term }))));
  return { pages, errors };
}

/**
 * buildSearchIndex on a worker thread of this process, with heap limits of its own. Pagefind's Node
 * API hands each page to the indexer as base64 of JSON, megabytes for the largest pages: garbage
 * that V8's default limits (sized for the machine's memory) let pile up beside the indexer. At ×100
 * the process feeding it peaked at 224 MiB on the main thread, 172 MiB on this worker
 * (docs/performance.md). Should a far larger site exceed the worker's limits, the build stops
 * with the worker's error and keeps the last good site.
 */
export function buildSearchIndexApart(dir: string, counts: RefCounts, synonyms: Synonym[] = []): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { searchIndex: { dir, counts, synonyms } },
      resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMiB, maxOldGenerationSizeMb: oldGenerationMiB },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search index worker exited with code ${code}`)));
  });
}

/** The young generation of the worker that feeds Pagefind, in MiB. */
export const youngGenerationMiB = 4;

/** Its old generation, in MiB: large pages (/progress/ at ×100 is megabytes) are collected as they go. */
export const oldGenerationMiB = 128;

const job = (workerData as { searchIndex?: { dir: string; counts: RefCounts; synonyms: Synonym[] } } | null)?.searchIndex;
if (!isMainThread && job) parentPort?.postMessage(await buildSearchIndex(job.dir, job.counts, job.synonyms));
