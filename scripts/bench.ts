/**
 * `npm run bench`: figures to compare changes by — not a pass/fail test. Prints
 *   1. build time and peak memory for the real content and for synthetic content ×10 and ×100;
 *   2. bytes per page type (HTML, CSS, JS; raw and gzip), the largest page, JS and Chart.js use;
 *   3. the search index size (dist/pagefind) when there is one;
 *   4. Lighthouse (mobile) for the home page, an action, an indicator and /progress/ if it exists.
 * Record the results in docs/performance.md with the date and machine.
 *
 * Options: --skip-scaled (real content only), --skip-lighthouse.
 */
import { cpus, totalmem } from 'node:os';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timeBuild, type BuildFigures } from './bench/build.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { folderSize, measurePages, summarise } from './bench/sizes.ts';

const args = new Set(process.argv.slice(2));
const out = resolve('.bench-dist');
const base = '/';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const targets = { textPageGz: 15 * 1024, sharedJsGz: 3 * 1024, buildSeconds: 60, buildMiB: 1024 };

console.log(`# npm run bench — ${new Date().toISOString()}`);
console.log(`机器：${cpus().length} × ${cpus()[0]?.model ?? '?'}，内存 ${(totalmem() / 2 ** 30).toFixed(1)} GiB，Node ${process.version}`);

// 1. Build time and memory.
console.log('\n## 构建时间与峰值内存（build time, peak RSS of the whole build process tree）');
const builds: { label: string; pages: number; figures: BuildFigures; outBytes: number }[] = [];
const realDir = join(out, 'x1');
async function measureBuild(label: string, env: NodeJS.ProcessEnv, dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const figures = await timeBuild({ ...env, OUT_DIR: dir, SITE_BASE: base });
  const pages = figures.ok ? measurePages(dir, base).length : 0;
  const outBytes = folderSize(dir)?.bytes ?? 0;
  builds.push({ label, pages, figures, outBytes });
  const verdict = `${figures.seconds < targets.buildSeconds ? '✓' : '✗'} < 60 s, ${figures.peakMiB < targets.buildMiB ? '✓' : '✗'} < 1 GiB`;
  const cpu = figures.cpuSeconds === null ? '' : `, CPU ${figures.cpuSeconds.toFixed(1)} s`;
  const single = figures.maxProcessMiB === null ? '' : `（最大单进程 ${figures.maxProcessMiB.toFixed(0)} MiB）`;
  console.log(`${label.padEnd(15)} ${figures.ok ? '' : '构建失败 '}${figures.seconds.toFixed(1)} s${cpu}, 峰值 ${figures.peakMiB.toFixed(0)} MiB${single}, ${pages} 页, 输出 ${kb(outBytes)}  (${verdict})`);
  console.log(`${''.padEnd(15)} 各步：${figures.steps.map((s) => `${s.label} ${s.seconds.toFixed(1)} s`).join('，')}`);
}
// Pictures are cached on disk between builds (src/lib/imageCache.ts). Each content is first built
// with an empty cache, as on a fresh machine; ×100 is then built again with the cache filled, as
// every later build of unchanged (or slightly changed) content is.
const imageCaches: string[] = [];
const freshImageCache = () => {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-bench-images-'));
  imageCaches.push(dir);
  return dir;
};
await measureBuild('real ×1', { IMAGE_CACHE_DIR: freshImageCache() }, realDir);
if (!args.has('--skip-scaled')) {
  for (const factor of [10, 100]) {
    // The generator and the build both need the numbering limits lifted for synthetic content;
    // the schemas read it when first imported, hence the import after setting it.
    process.env.BENCH_SYNTHETIC_CONTENT = '1';
    const { generateScaledContent } = await import('./bench/generate.ts');
    const content = generateScaledContent(factor);
    const images = freshImageCache();
    await measureBuild(`synth ×${factor}`, { CONTENT_DIR: content, BENCH_SYNTHETIC_CONTENT: '1', IMAGE_CACHE_DIR: images }, join(out, `x${factor}`));
    if (factor === 100) {
      await measureBuild('×100 again', { CONTENT_DIR: content, BENCH_SYNTHETIC_CONTENT: '1', IMAGE_CACHE_DIR: images }, join(out, `x${factor}`));
    }
    rmSync(content, { recursive: true, force: true });
    rmSync(join(out, `x${factor}`), { recursive: true, force: true });
  }
}

// 2. Bytes per page type (real content).
console.log('\n## 各类页面字节数（中位数；gzip 为 -9 压缩）');
const pages = measurePages(realDir, base);
console.log('type            pages   HTML raw/gz        CSS raw/gz         JS on load raw/gz   largest total gz');
for (const s of summarise(pages)) {
  console.log(
    `${s.type.padEnd(16)}${String(s.pages).padStart(4)}   ${kb(s.html.raw).padStart(8)} / ${kb(s.html.gz).padEnd(8)} ${kb(s.css.raw).padStart(8)} / ${kb(s.css.gz).padEnd(8)} ${kb(s.js.raw).padStart(8)} / ${kb(s.js.gz).padEnd(9)} ${kb(s.maxTotal.gz)} (${s.maxPage})`,
  );
}
const largest = pages.reduce((a, b) => (b.total.gz > a.total.gz ? b : a));
console.log(`\n最大页面：${largest.page}，HTML+CSS+JS 共 ${kb(largest.total.raw)}，gzip ${kb(largest.total.gz)}`);
const over = pages.filter((p) => !p.hasChart && p.total.gz > targets.textPageGz);
console.log(`文字页 ≤ 15 KB gzip：${over.length === 0 ? `✓ 全部 ${pages.length} 页达标` : `✗ ${over.length} 页超出：${over.map((p) => `${p.page} ${kb(p.total.gz)}`).join('，')}`}`);
const jsPages = pages.filter((p) => p.js.raw > 0);
const maxJs = Math.max(0, ...pages.map((p) => p.js.gz));
console.log(`加载时的 JavaScript：${jsPages.length} 页有，最多 ${kb(maxJs)} gzip（目标 ≤ 3 KB，且只有一个共享脚本）${maxJs <= targets.sharedJsGz ? ' ✓' : ' ✗'}`);
if (jsPages.length) console.log(`  有脚本的页面：${jsPages.map((p) => `${p.page} ${kb(p.js.gz)}`).join('，')}`);
const chartOff = pages.filter((p) => p.chartJs && !p.hasChart);
console.log(`Chart.js 只在图表页：${chartOff.length === 0 ? '✓' : `✗ ${chartOff.map((p) => p.page).join('，')}`}（图表页 ${pages.filter((p) => p.hasChart).length} 个）`);

// 3. Search index.
console.log('\n## 搜索索引');
const pagefind = folderSize(join(realDir, 'pagefind'));
console.log(pagefind ? `dist/pagefind：${pagefind.files} 个文件，共 ${kb(pagefind.bytes)}` : '没有 pagefind/ 目录（搜索尚未加入）。');
// Search benchmark (scripts/bench/search.ts, benchSearch(dir, base)) plugs in here once merged.

// 4. Lighthouse.
if (!args.has('--skip-lighthouse')) {
  console.log('\n## Lighthouse（移动端）');
  const action = pages.find((p) => p.type === 'actions/*')?.page;
  const indicator = pages.find((p) => p.type === 'indicators/*')?.page;
  const urls = ['', action, indicator, existsSync(join(realDir, 'progress', 'index.html')) ? 'progress/index.html' : undefined]
    .filter((p): p is string => p !== undefined)
    .map((p) => p.replace(/index\.html$/, ''));
  for (const r of await benchLighthouse(realDir, base, urls)) {
    console.log(`${r.path.padEnd(34)} 性能 ${r.performance}  无障碍 ${r.accessibility}  最佳做法 ${r['best-practices']}  SEO ${r.seo}`);
    for (const f of r.failing) console.log(`    未满分：${f}`);
  }
  if (!urls.includes('progress/')) console.log('（没有 /progress/ 页面，未测。）');
}
rmSync(out, { recursive: true, force: true });
for (const dir of imageCaches) rmSync(dir, { recursive: true, force: true });
