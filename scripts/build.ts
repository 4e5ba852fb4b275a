/**
 * `npm run build`: check content, build with Astro into a temporary folder, check links, and only
 * then replace dist/ (or OUT_DIR). On any failure the last good site stays where it was.
 *
 * Environment: SITE_BASE (base path, default /), OUT_DIR (default dist), CONTENT_DIR (default content),
 * BUILD_HEAP_MB (the Astro process's heap limit; see lib/buildMemory.ts), BUILD_WORKERS (worker threads
 * rendering pages, read by astro.config.mjs; off by default), PUBLISH=1 (a build for
 * publication: it stops before building while anything the staff review marks required is open —
 * site.url, the identity and contact fields, the guide's district contacts, demo data — listing all
 * of them; see lib/publishingGate.ts. `npm run regenerate` sets it).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir, outDir as outDirOf, siteBase, siteUrlOverride } from '../src/config/env.ts';
import { allocatorEnv, astroNodeOptions, heapMiB } from './lib/buildMemory.ts';
import type { ContentStepResult } from './lib/contentStep.ts';
import { siteAddress } from '../src/site/siteAddress.ts';
import { run, step } from './lib/run.ts';
import { swapDir } from './lib/swapDir.ts';
import { moveScratch, prepareOutDir, scratchDirs } from './lib/outDir.ts';

const base = siteBase();
const outDir = resolve(outDirOf());
const scratch = scratchDirs(outDir, process.cwd());
const tmpDir = scratch.beside;
const total = 5;
// For this process's native code (Pagefind's indexer) and the Astro process it starts.
for (const [key, value] of Object.entries(allocatorEnv)) process.env[key] ??= value;

// The staff review the content step collects for /review/ (src/data/review.ts), removed after Astro.
const reviewData = `${tmpDir}.review.json`;

function fail(message: string): never {
  for (const dir of new Set([scratch.astro, tmpDir, reviewData])) if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  console.error(`\n构建失败（build failed）：${message}`);
  console.error(existsSync(outDir) ? `上一次成功构建的网站仍在 ${outDir}，未作改动。` : '尚无可用的网站输出。');
  process.exit(1);
}

const unusable = prepareOutDir(outDir, process.cwd(), contentDir());
if (unusable) fail(unusable);

step(1, total, `检查内容 ${contentDir()}/`);
// In a process of its own (lib/contentStep.ts), which hands back only what the later steps need:
// this process stays small while Astro and Pagefind run.
const stepResult = `${tmpDir}.content.json`;
rmSync(stepResult, { force: true });
rmSync(reviewData, { force: true });
await run(process.execPath, [resolve(import.meta.dirname, 'lib/contentStep.ts'), stepResult, reviewData]);
let checked: ContentStepResult;
try {
  checked = JSON.parse(readFileSync(stepResult, 'utf8')) as ContentStepResult;
} catch {
  fail('内容检查未能完成，见上（the content check did not finish）。');
} finally {
  rmSync(stepResult, { force: true });
}
if (!checked.ok) fail(checked.reason);
const address = siteAddress(checked.siteUrl, siteUrlOverride());
const addressNote = address.local
  ? `本地预览构建：尚未设置网站地址（${contentDir()}/site.json 的 site.url），网址为 ${address.href}，不可发布`
  : `网站地址 ${address.href}`;
console.log(addressNote);

step(2, total, `Astro 构建（基础路径 ${base}）`);
// Astro's cache (its content data store) of this build alone, removed with the scratch folders.
const astroCache = `${scratch.astro}.cache`;
for (const dir of new Set([scratch.astro, tmpDir, astroCache])) rmSync(dir, { recursive: true, force: true });
// --force: the content layer cache remembers files of the last CONTENT_DIR (e.g. a deleted temporary
// copy) and the next build would fail resolving them; a full content sync takes a second or two.
// CONTENT_CHECKED: the check above covered everything the Astro integration (src/integrations/
// contentCheck.ts) would check again, so it skips it.
const code = await run('astro', ['build', '--force'], {
  ASTRO_OUT_DIR: scratch.astro,
  SITE_BASE: base,
  NODE_OPTIONS: astroNodeOptions(),
  CONTENT_CHECKED: '1',
  ASTRO_CACHE_DIR: astroCache,
  ...(existsSync(reviewData) ? { REVIEW_DATA: reviewData } : {}),
});
rmSync(astroCache, { recursive: true, force: true });
rmSync(reviewData, { force: true });
if (code !== 0) {
  fail(
    `astro build 退出码 ${code}。如上面有 “JavaScript heap out of memory”，说明网站内容已超出内存上限，请设置更大的 BUILD_HEAP_MB（现为 ${heapMiB()}）后重新构建。`,
  );
}
try {
  moveScratch(scratch);
} catch (e) {
  fail(`无法把新网站从 ${scratch.astro} 移到 ${tmpDir}（cannot move the build: ${(e as Error).message}）。`);
}

// The HTML parser is loaded only now, and Pagefind and OpenCC's dictionaries only on the search
// index's worker thread: held during the Astro build they would add to its peak memory for nothing.
const { buildSearchIndexApart } = await import('./lib/searchIndex.ts');
const { checkLinks, formatBrokenLinks } = await import('./lib/checkLinks.ts');

step(3, total, '生成全文搜索索引（Pagefind）');
const search = await buildSearchIndexApart(tmpDir, checked.counts, checked.synonyms).catch((e: Error) =>
  fail(`搜索索引生成失败（search index failed）：${e.message}`),
);
if (search.errors.length > 0 || search.pages === 0) {
  console.error(search.errors.join('\n'));
  fail(`搜索索引生成失败（search index failed）：已索引 ${search.pages} 个页面。`);
}
console.log(`已索引 ${search.pages} 个页面。`);

step(4, total, '检查站内链接');
const broken = checkLinks(tmpDir, base);
if (broken.length > 0) {
  console.error(formatBrokenLinks(broken));
  fail(`${broken.length} 个站内链接无法打开。`);
}
console.log('站内链接全部可用。');

step(5, total, `替换 ${outDir}`);
try {
  swapDir(tmpDir, outDir);
} catch (e) {
  fail(`无法替换 ${outDir}（cannot swap the new site in: ${(e as Error).message}）。请检查该目录的写入权限。`);
}
console.log(`完成：网站已写入 ${outDir}（${addressNote}）`);
