/**
 * `npm test`: every check the project has, two at a time. CI has two cores and nearly every step
 * uses one, so the suite runs in two lanes (docs/architecture.md, "What keeps it this way"):
 *
 *   main:   build / → build /zt/liangxin/ → Chromium → browser tests → shared steps
 *   beside: unit tests → (once the builds are done) type check → ESLint → site tests, with the
 *           browser tests that build the site themselves → shared steps
 *   shared: staff-state check, Prettier, layer rules: each taken by whichever lane is free first,
 *           longest first, so the two lanes end close together (neither lane is the longer one
 *           every time: the browser tests' share of two busy cores varies).
 *
 * The browser tests are the longest step, so the main lane starts the builds at once. Whatever
 * uses the checkout's .astro/ runs one at a time: the builds, `astro check` and the test files that
 * run Astro themselves (tests/helpers/runsAstro.ts) write the content types there (the same .d.ts
 * files whichever content folder a build reads) and ESLint's type-aware rules read them, so the
 * beside lane's type check waits for the builds, and after them the main lane runs only browsers.
 * The shared steps touch neither .astro/ nor the test builds: the staff-state check
 * (scripts/testStaffState.ts) works in its own copy of the checkout, Prettier and the layer rules
 * only read sources, so they may run beside anything.
 *
 * The main lane's output goes straight to the terminal; each beside step's output is held and
 * printed in one block at the main lane's next step boundary, so lines never interleave. The first
 * failure in either lane stops the other lane's command and ends the run with that step's output.
 *
 * "Today" is read once and pinned as BUILD_DATE for every step, so builds, tests and the staff copy
 * agree on the date even when a run crosses midnight (China Standard Time, src/config/buildDate.ts;
 * never earlier than the content's own latest date: scripts/lib/testDate.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { allowedSkips } from '../tests/allowedSkips.ts';
import { runsAstro } from '../tests/helpers/runsAstro.ts';
import { closingLine, readTotals, skipReason, unlistedSkips } from './lib/testReport.ts';
import { ensureChromium } from './lib/chromium.ts';
import { capture, stopAll, stream } from './lib/lanes.ts';
import { useCompileCache } from './lib/compileCache.ts';
import { testBuilds } from '../tests/helpers/builds.ts';
import { prepareAllTestContent } from '../tests/helpers/testContent.ts';
import { inCi } from '../src/config/env.ts';
import { testDate } from './lib/testDate.ts';

const started = Date.now();
const reports = ['.test-dist/report-unit.json', '.test-dist/report-site.json', '.test-dist/report-browser.json'] as const;
let today: string;
try {
  const pinned = testDate();
  today = pinned.date;
  if (pinned.note) console.log(pinned.note);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
process.env.BUILD_DATE = today;
console.log(`测试日期（BUILD_DATE）：${today}`);
console.log('两条线同时运行（two lanes）：主线的输出随时显示；另一条线每一步结束后整段显示。');
mkdirSync('.test-dist', { recursive: true });
for (const r of reports) rmSync(r, { force: true });
// Every command below (and each process it starts) shares V8's compile cache: scripts/lib/compileCache.ts.
useCompileCache();

const seconds = (since: number) => Math.round((Date.now() - since) / 1000);
/** Steps of each lane's own, for the [主线 1/4] and [并行 1/4] lines; shared steps are [共用 1/3]. */
const stepCount = { main: 4, beside: 4 } as const;

/** Ends the run: stops the other lane, says which step failed and prints the totals so far. */
function fail(code: number, what: string): never {
  stopAll();
  flush();
  console.error(`\n测试未通过：${what}（用时 ${seconds(started)} 秒）`);
  console.log(closingLine(readTotals([...reports])));
  process.exit(code || 1);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

let mainDone = false;
/** Beside-lane steps that have ended and are not printed yet. */
const held: { step: string; label: string; output: string; took: number; code: number }[] = [];
function flush(): void {
  for (const b of held.splice(0)) {
    console.log(`\n[${b.step}] ${b.label}（与主线同时运行，输出在此步结束后整段显示）`);
    process.stdout.write(b.output.endsWith('\n') || b.output === '' ? b.output : `${b.output}\n`);
    console.log(`（${b.label}${b.code === 0 ? '' : '未通过，'}用时 ${b.took} 秒）`);
  }
}

/** One main-lane step: header, output as it comes, time; any beside step that ended meanwhile after it. */
async function main(step: number | string, label: string, what: () => Promise<number>): Promise<void> {
  const t = Date.now();
  console.log(`\n[${typeof step === 'number' ? `主线 ${step}/${stepCount.main}` : step}] ${label}`);
  const code = await what();
  console.log(`（${label}用时 ${seconds(t)} 秒）`);
  if (code !== 0) fail(code, label);
  flush();
}

/** One beside-lane step: its output held; a failure ends the whole run at once. */
async function beside(step: number | string, label: string, cmd: string, args: string[]): Promise<void> {
  const t = Date.now();
  const { code, output } = await capture(cmd, args);
  held.push({ step: typeof step === 'number' ? `并行 ${step}/${stepCount.beside}` : step, label, output, took: seconds(t), code });
  if (code !== 0) fail(code, label);
  // Once the main lane is over, nothing else writes: print at once.
  if (mainDone) flush();
}

const vitestArgs = (report: string, projects: string[], files: string[] = [], exclude: string[] = []) => [
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  ...files,
  ...exclude.flatMap((f) => ['--exclude', f]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
];

/** Resolved once the main lane has built both test builds (no Astro runs in it after them) and found Chromium. */
let buildsReady!: () => void;
const built = new Promise<void>((resolve) => (buildsReady = resolve));

/**
 * Steps either lane runs once its own are done, longest first (taken in this order): they touch
 * neither .astro/ nor the test builds, so they may run beside any step of the other lane.
 */
const shared: { label: string; cmd: string; args: string[] }[] = [
  {
    label: '工作人员数据状态：在检出目录的副本中导入、发布公告和名单、设置网址、冻结送审稿、改为印发稿后再检查（scripts/testStaffState.ts）',
    cmd: 'node',
    args: ['scripts/testStaffState.ts'],
  },
  { label: '格式检查（Prettier，npm run format 可自动修正）', cmd: 'prettier', args: ['--check', '.'] },
  { label: '层次检查（dependency-cruiser，npm run check:architecture）', cmd: 'node', args: ['scripts/checkArchitecture.ts'] },
];
const sharedCount = shared.length;
/** The next shared step and its [共用 n/3] tag, or nothing once all are taken. */
function nextShared(): { step: string; label: string; cmd: string; args: string[] } | undefined {
  const next = shared.shift();
  return next && { ...next, step: `共用 ${sharedCount - shared.length}/${sharedCount}` };
}

let besideDone = false;
const besideLane = (async () => {
  await beside(1, '单元测试', 'vitest', vitestArgs(reports[0], ['unit']));
  // Not beside a build: both write the content types in .astro/, which the type check reads.
  await built;
  await beside(2, '类型检查（astro check）', 'astro', ['check']);
  // After the type check, which writes the content types (.astro/) the type-aware lint rules read.
  await beside(3, '代码检查（ESLint）', 'eslint', ['--max-warnings', '0', '.']);
  await beside(4, `网站测试，及自行构建网站的浏览器测试（${runsAstro.filter((f) => f.startsWith('tests/browser/')).join('、')}）`, 'vitest', [
    ...vitestArgs(reports[1], ['site', 'browser'], ['tests/site/', ...runsAstro.filter((f) => f.startsWith('tests/browser/'))]),
  ]);
  for (let s = nextShared(); s; s = nextShared()) await beside(s.step, s.label, s.cmd, s.args);
  besideDone = true;
})();

// Each test build reads its own copy of content/: one with progress reports, one without.
await main(1, `准备测试内容，构建网站（基础路径 ${testBuilds[0].base}，内容 ${testBuilds[0].content}）并检查链接`, async () => {
  try {
    for (const line of prepareAllTestContent()) console.log(line);
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const b = testBuilds[0];
  rmSync(b.dir, { recursive: true, force: true });
  return stream('node', ['scripts/build.ts'], { SITE_BASE: b.base, OUT_DIR: b.dir, CONTENT_DIR: b.content });
});
await main(2, `构建网站（基础路径 ${testBuilds[1].base}，内容 ${testBuilds[1].content}）并检查链接`, () => {
  const b = testBuilds[1];
  rmSync(b.dir, { recursive: true, force: true });
  return stream('node', ['scripts/build.ts'], { SITE_BASE: b.base, OUT_DIR: b.dir, CONTENT_DIR: b.content });
});
await main(3, '准备浏览器（Chromium）', async () => {
  try {
    // Set here, before either lane starts a browser test: their commands inherit it.
    process.env.CHROMIUM_PATH = await ensureChromium();
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
});
buildsReady();
await main(4, '浏览器测试（其余文件）', () => stream('vitest', vitestArgs(reports[2], ['browser'], [], runsAstro)));
for (let s = nextShared(); s; s = nextShared()) await main(s.step, s.label, () => stream(s.cmd, s.args));
mainDone = true;
flush();
if (!besideDone) console.log('\n（主线已完成，等待并行的一条线）');
await besideLane;
flush();

const totals = readTotals([...reports]);
for (const s of totals.skipped) console.log(`未运行（skipped）：${s}（${skipReason(s, allowedSkips) ?? '未写明原因'}）`);
const unlisted = unlistedSkips(totals, allowedSkips);
if (inCi() && unlisted.length > 0) {
  console.error(`\n测试未通过：${unlisted.length} 个测试没有运行，也未在 tests/allowedSkips.ts 中写明原因（unlisted skipped tests）。`);
  console.log(closingLine(totals));
  process.exit(1);
}
console.log(`\n全部测试通过（用时 ${seconds(started)} 秒）。`);
console.log(closingLine(totals));
