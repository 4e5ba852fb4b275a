/**
 * Search benchmark over a built site on a local server, in Chromium: the index size on disk, the
 * bytes each query fetches, and the time from the keystroke (Enter in the search box) to the
 * rendered result list. The first query also loads the engine (script + WebAssembly), so it is
 * reported apart from the queries that follow it.
 *
 * `npm run bench:search` prints the figures for dist/ (build it first with `npm run build`);
 * BENCH_DIR and SITE_BASE choose another build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';
import { benchDir, siteBase } from '../../src/config/env.ts';

export interface QueryFigures {
  query: string;
  /** Bytes of search files (script, WebAssembly, index, fragments) fetched for this query. */
  bytes: number;
  /** Requests for search files made for this query. */
  requests: number;
  /** Milliseconds from pressing Enter to the result list being rendered and announced. */
  ms: number;
  results: number;
}

export interface SearchFigures {
  /** Total size of the pagefind/ folder, bytes. */
  indexBytes: number;
  indexFiles: number;
  /** The first query of a visit, which also loads the engine. */
  first: QueryFigures;
  /** Queries after the first, each on warm engine but its own index chunks. */
  queries: QueryFigures[];
}

/** Queries a resident or journalist might type, mixing terms, phrases, numbers and digits. */
export const benchQueries = ['电梯', '新能源公交车占比', '老旧电梯更新', '以旧换新补贴', '第三项行动', '指标12', '2027年目标', '5G', '班班通', '区教育局'];

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = folderSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files += 1;
    }
  }
  return { bytes, files };
}

export async function benchSearch(dir: string, base: string, queries = benchQueries): Promise<SearchFigures> {
  const pagefindDir = join(dir, 'pagefind');
  if (!existsSync(pagefindDir)) throw new Error(`${pagefindDir} 不存在：请先运行 npm run build（search index missing）。`);
  const executablePath = findChromium();
  if (!executablePath) throw new Error('未找到 Chromium（Chromium not found）：请运行 npm test 一次，它会安装或提示安装。');
  const { bytes: indexBytes, files: indexFiles } = folderSize(pagefindDir);
  const site = await serve(dir, base);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let pending: Array<Promise<number>> = [];
    page.on('requestfinished', (r) => {
      if (!new URL(r.url()).pathname.includes('/pagefind/')) return;
      pending.push(
        r.sizes().then(
          (s) => s.responseBodySize,
          () => 0,
        ),
      );
    });
    await page.goto(`${site.url}search/`);
    const box = page.getByRole('searchbox', { name: '搜索词' });
    const run = async (query: string): Promise<QueryFigures> => {
      // Set the text without input events, so no debounced search runs before Enter is pressed.
      await box.evaluate((el: HTMLInputElement, q) => (el.value = q), query);
      await page.waitForLoadState('networkidle');
      pending = [];
      const started = performance.now();
      await box.press('Enter');
      await page.waitForFunction(
        (q) =>
          document.querySelector('[role="status"]')?.textContent?.includes(`“${q}”`) &&
          document.querySelector('.search-results')?.getAttribute('aria-busy') === 'false',
        query,
      );
      const ms = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const sizes = await Promise.all(pending);
      const results = await page.locator('.search-results > li').count();
      return { query, bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length, ms: Math.round(ms), results };
    };
    const first = await run(queries[0]!);
    const rest: QueryFigures[] = [];
    for (const q of queries.slice(1)) rest.push(await run(q));
    await context.close();
    return { indexBytes, indexFiles, first, queries: rest };
  } finally {
    await browser.close();
    await site.close();
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatSearchFigures(f: SearchFigures): string {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const lines = [
    `搜索索引（pagefind/）：共 ${kb(f.indexBytes)}，${f.indexFiles} 个文件`,
    `首次搜索“${f.first.query}”（含加载搜索引擎）：下载 ${kb(f.first.bytes)}（${f.first.requests} 个请求），按键到显示结果 ${f.first.ms} ms`,
    '之后每次搜索：',
    ...f.queries.map((q) => `  “${q.query}”：下载 ${kb(q.bytes)}（${q.requests} 个请求），${q.ms} ms，${q.results} 条结果`),
    `之后每次搜索中位数：下载 ${kb(median(f.queries.map((q) => q.bytes)))}，${median(f.queries.map((q) => q.ms))} ms`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = benchDir();
  const base = siteBase();
  try {
    console.log(formatSearchFigures(await benchSearch(dir, base)));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
