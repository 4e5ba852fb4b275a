/**
 * `npm run bench`: figures to compare changes by — not a pass/fail test. Prints
 *   1. build time and peak memory for the real content and for synthetic content ×10 and ×100;
 *   2. bytes per page type (HTML, CSS, JS; raw and gzip), the largest page, JS and Chart.js use;
 *   3. the search index size and search timings in Chromium, when the build has an index;
 *   4. Lighthouse (mobile) for the home page, an action, an indicator and /progress/ if it exists.
 * Record the results in docs/performance.md with the date and machine.
 *
 * Options: --skip-scaled (real content only), --skip-lighthouse, --scaled-only (only the synthetic
 * builds, e.g. while working on build scale), --factor=N (only this synthetic factor; repeatable).
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timeBuild, type BuildFigures } from './bench/build.ts';
import { benchLighthouse } from './bench/lighthouse.ts';
import { benchSearch, formatSearchFigures } from './bench/search.ts';
import { budgets, chartJsImporters, chartPageBytes, folderSize, fullTextPages, measurePages, summarise } from './bench/sizes.ts';

const args = new Set(process.argv.slice(2));
const factorArgs = [...args].flatMap(
  (a) =>
    a
      .match(/^--factor=(\d+)$/)
      ?.slice(1)
      .map(Number) ?? [],
);
const factors = factorArgs.length > 0 ? factorArgs : [10, 100];
const scaledOnly = args.has('--scaled-only');
const out = resolve('.bench-dist');
const base = '/';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** Two decimals, for the shared overhead: its figures and budget differ by hundredths of a KB. */
const kb2 = (n: number) => `${(n / 1024).toFixed(2)} KB`;
const targets = { sharedJsGz: 3 * 1024, overheadGz: 4 * 1024, buildSeconds: 60, buildMiB: 1024 };

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
  console.log(
    `${label.padEnd(15)} ${figures.ok ? '' : '构建失败 '}${figures.seconds.toFixed(1)} s${cpu}, 峰值 ${figures.peakMiB.toFixed(0)} MiB${single}, ${pages} 页, 输出 ${kb(outBytes)}  (${verdict})`,
  );
  console.log(`${''.padEnd(15)} 各步：${figures.steps.map((s) => `${s.label} ${s.seconds.toFixed(1)} s`).join('，')}`);
}
// Pictures are cached on disk between builds (src/images/imageCache.ts). Each content is first built
// with an empty cache, as on a fresh machine; ×100 is then built again with the cache filled, as
// every later build of unchanged (or slightly changed) content is.
const imageCaches: string[] = [];
const freshImageCache = () => {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-bench-images-'));
  imageCaches.push(dir);
  return dir;
};
if (!scaledOnly) await measureBuild('real ×1', { IMAGE_CACHE_DIR: freshImageCache() }, realDir);
if (!args.has('--skip-scaled')) {
  for (const factor of factors) {
    // The generator and the build both need the numbering limits lifted for synthetic content;
    // the schemas read it when first imported, hence the import after setting it.
    process.env.BENCH_SYNTHETIC_CONTENT = '1';
    // Its progress reports are marked sample (invented figures), so the checks must allow them.
    process.env.SAMPLE_DATA = '1';
    const { generateScaledContent } = await import('./bench/generate.ts');
    const content = generateScaledContent(factor);
    const images = freshImageCache();
    await measureBuild(
      `synth ×${factor}`,
      { CONTENT_DIR: content, BENCH_SYNTHETIC_CONTENT: '1', SAMPLE_DATA: '1', IMAGE_CACHE_DIR: images },
      join(out, `x${factor}`),
    );
    if (factor === 100) {
      await measureBuild(
        '×100 again',
        { CONTENT_DIR: content, BENCH_SYNTHETIC_CONTENT: '1', SAMPLE_DATA: '1', IMAGE_CACHE_DIR: images },
        join(out, `x${factor}`),
      );
    }
    rmSync(content, { recursive: true, force: true });
    rmSync(join(out, `x${factor}`), { recursive: true, force: true });
  }
}
if (scaledOnly) {
  for (const dir of imageCaches) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// 2. Bytes per page type (real content).
console.log('\n## 各类页面字节数（中位数；gzip 为 -9 压缩）');
const pages = measurePages(realDir, base);
console.log(
  '“加载时 JS”为页面 <script> 及其静态 import；“按需 JS”为之后才用 import() 取得的代码：出现即取（present）、接近视口（visible）、读者要用时（asked，如指向或点击朗读）、交互时（interaction，如聚焦搜索框）。',
);
console.log(
  'type            pages   HTML raw/gz        CSS raw/gz         JS on load raw/gz  scripts* lazy gz (present/visible/asked/interaction)  largest total gz',
);
const lazyCell = (l: (typeof pages)[number]['lazy']) =>
  (['present', 'visible', 'asked', 'interaction'] as const).map((w) => (l[w] ? kb(l[w].gz) : '–')).join(' / ');
for (const s of summarise(pages)) {
  console.log(
    `${s.type.padEnd(16)}${String(s.pages).padStart(4)}   ${kb(s.html.raw).padStart(8)} / ${kb(s.html.gz).padEnd(8)} ${kb(s.css.raw).padStart(8)} / ${kb(s.css.gz).padEnd(8)} ${kb(s.js.raw).padStart(8)} / ${kb(s.js.gz).padEnd(8)} ${String(s.scripts).padStart(4)}     ${lazyCell(s.lazy).padEnd(44)} ${kb(s.maxTotal.gz)} (${s.maxPage})`,
  );
}
console.log('* 加载时的脚本个数，含 <head> 里首屏前的内联脚本（恢复关怀版）。');
const largest = pages.reduce((a, b) => (b.total.gz > a.total.gz ? b : a));
console.log(`\n最大页面：${largest.page}，打开时共 ${kb(largest.total.raw)}，gzip ${kb(largest.total.gz)}（HTML、CSS、加载时 JS、出现即取的组件、图片）`);
// The same budgets tests/site/pageWeight.test.ts enforces.
const isText = (p: (typeof pages)[number]) => !p.hasChart && !fullTextPages.includes(p.page);
const over = pages.filter((p) => isText(p) && p.total.gz > budgets.textPageGz);
console.log(
  `文字页打开时 ≤ ${kb(budgets.textPageGz)} gzip：${over.length === 0 ? `✓ 全部 ${pages.filter(isText).length} 页达标` : `✗ ${over.length} 页超出：${over.map((p) => `${p.page} ${kb(p.total.gz)}`).join('，')}`}`,
);
const fullOver = pages.filter((p) => fullTextPages.includes(p.page) && p.total.gz > budgets.fullTextGz);
console.log(
  `方案全文（${fullTextPages.join('，')}）≤ ${kb(budgets.fullTextGz)} gzip：${fullOver.length === 0 ? '✓' : '✗'} ${pages
    .filter((p) => fullTextPages.includes(p.page))
    .map((p) => `${p.page} ${kb(p.total.gz)}`)
    .join('，')}`,
);
const chartOver = pages.filter((p) => p.hasChart && chartPageBytes(p).gz > budgets.chartPageGz);
const chartMax = pages
  .filter((p) => p.hasChart)
  .reduce<(typeof pages)[number] | undefined>((a, b) => (!a || chartPageBytes(b).gz > chartPageBytes(a).gz ? b : a), undefined);
console.log(
  `图表页连同图表代码 ≤ ${kb(budgets.chartPageGz)} gzip：${chartOver.length === 0 ? '✓' : `✗ ${chartOver.map((p) => `${p.page} ${kb(chartPageBytes(p).gz)}`).join('，')}`}${chartMax ? `（最大 ${chartMax.page} ${kb(chartPageBytes(chartMax).gz)}）` : ''}`,
);
// Scripts on load: the target is one shared module script; the classic no-flash head script
// (public/elder-mode.js: inline code would break under a header CSP without hashes) is listed apart.
const isHeadScript = (s: string) => s === 'elder-mode.js';
const shared = new Map<string, number>();
for (const p of pages) for (const s of p.scriptsOnLoad.filter((s) => !isHeadScript(s))) shared.set(s, (shared.get(s) ?? 0) + 1);
const withJs = pages.filter((p) => p.js.raw > 0);
const counts = new Map<number, number>();
for (const p of withJs) {
  const n = p.scriptsOnLoad.filter((s) => !isHeadScript(s)).length;
  counts.set(n, (counts.get(n) ?? 0) + 1);
}
console.log(
  `加载时的脚本文件（不计首屏前的内联脚本）：${[...counts].map(([n, c]) => `${c} 页各 ${n} 个`).join('，')}；不同脚本 ${shared.size} 个：${[...shared].map(([s, c]) => `${s}（${c} 页）`).join('，')}`,
);
const maxJs = Math.max(0, ...pages.map((p) => p.js.gz));
const oneShared = shared.size === 1 && [...counts.keys()].every((n) => n === 1);
console.log(
  `加载时的 JavaScript（含内联脚本）：最多 ${kb(maxJs)} gzip（目标：只有一个共享脚本，≤ 3 KB）${maxJs <= targets.sharedJsGz && oneShared ? ' ✓' : ' ✗'}`,
);
// Shared overhead: CSS and JavaScript on load, files and inline (PageSize.overhead), per text page.
const textPages = pages.filter((p) => !p.hasChart && p.css.raw > 0);
const overheadMax = textPages.reduce<(typeof pages)[number] | undefined>((a, b) => (!a || b.overhead.gz > a.overhead.gz ? b : a), undefined);
const overheadMin = textPages.reduce<(typeof pages)[number] | undefined>((a, b) => (!a || b.overhead.gz < a.overhead.gz ? b : a), undefined);
const overheadOver = textPages.filter((p) => p.overhead.gz > targets.overheadGz);
if (overheadMax && overheadMin) {
  console.log(
    `文字页的共用开销（HTML、图片与组件代码以外的 CSS 和加载时 JS）：${kb2(overheadMin.overhead.gz)}（${overheadMin.page}）至 ${kb2(overheadMax.overhead.gz)}（${overheadMax.page}）；目标 ≤ ${kb2(targets.overheadGz)}：${overheadOver.length === 0 ? '✓' : `✗ ${overheadOver.length} 页超出`}；测试上限 ${kb2(budgets.sharedOverheadGz)}`,
  );
  // A second page of another kind: what is not in the cache yet (the shared files are).
  const sharedFiles = (p: (typeof pages)[number]) => p.stylesheets.filter((s) => textPages.every((q) => q.stylesheets.includes(s)));
  const second = textPages.map((p) => ({ p, gz: p.stylesheetBytes.filter((b) => !sharedFiles(p).includes(b.file)).reduce((a, b) => a + b.gz, 0) }));
  const secondMax = second.reduce((a, b) => (b.gz > a.gz ? b : a));
  console.log(`  同一次访问中再打开另一类页面：CSS 只需取其自己的部分（共用文件与共享脚本已缓存），最多 ${kb(secondMax.gz)}（${secondMax.p.page}）`);
}
const chartPages = pages.filter((p) => p.hasChart);
const chartOff = pages.filter((p) => p.chartJs && !p.hasChart);
const { chartChunks, importers } = chartJsImporters(realDir, base);
console.log(
  `Chart.js 只在图表页：${chartOff.length === 0 && chartPages.length > 0 ? '✓' : `✗ ${chartOff.map((p) => p.page).join('，')}`}（有 <progress-chart> 的页面 ${chartPages.length} 个，按类型：${
    summarise(chartPages)
      .map((t) => `${t.type} ${t.pages}`)
      .join('，') || '无'
  }；Chart.js 所在 ${chartChunks.join('，') || '—'}，只由 ${importers.join('，') || '—'} 引入）`,
);

// 3. Search index.
console.log('\n## 搜索索引');
// benchSearch reports the index size itself; here only whether there is an index to measure.
if (!existsSync(join(realDir, 'pagefind'))) console.log('没有 pagefind/ 目录（搜索尚未加入）。');
else {
  try {
    console.log(formatSearchFigures(await benchSearch(realDir, base)));
  } catch (e) {
    console.log(`搜索基准未能运行：${(e as Error).message}`);
  }
}

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
