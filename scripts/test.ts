/**
 * `npm test`: every check the project has, in the order that fails fastest.
 * Type check → lint (ESLint, Prettier, the layer rules) → unit tests → build at / and at /zt/liangxin/ (each with its link check) →
 * tests over the built pages → browser tests in Chromium → the content check, unit and site tests
 * again over a copy holding the staff's real work (scripts/testStaffState.ts).
 *
 * "Today" is read once and pinned as BUILD_DATE for every step, so builds, tests and the staff copy
 * agree on the date even when a run crosses midnight (China Standard Time, src/config/buildDate.ts;
 * never earlier than the content's own latest date: scripts/lib/testDate.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { allowedSkips } from '../tests/allowedSkips.ts';
import { closingLine, readTotals, skipReason, unlistedSkips } from './lib/testReport.ts';
import { ensureChromium } from './lib/chromium.ts';
import { run, step } from './lib/run.ts';
import { testBuilds } from '../tests/helpers/builds.ts';
import { prepareAllTestContent } from '../tests/helpers/testContent.ts';
import { inCi } from '../src/config/env.ts';
import { testDate } from './lib/testDate.ts';

const total = 8;
const started = Date.now();
const reports = ['.test-dist/report-unit.json', '.test-dist/report-site.json'];
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
mkdirSync('.test-dist', { recursive: true });
for (const r of reports) rmSync(r, { force: true });

/** Totals from vitest's JSON reports, printed as one plain closing line that CI can read. */
function summary(): string {
  return closingLine(readTotals(reports));
}

let lap = Date.now();
function done(code: number, what: string): void {
  console.log(`（${what}用时 ${Math.round((Date.now() - lap) / 1000)} 秒）`);
  lap = Date.now();
  if (code !== 0) {
    console.error(`\n测试未通过：${what}（用时 ${Math.round((Date.now() - started) / 1000)} 秒）`);
    console.log(summary());
    process.exit(code);
  }
}

const vitest = (report: string, ...projects: string[]) =>
  run('vitest', ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

step(1, total, '类型检查（astro check）');
done(await run('astro', ['check']), '类型检查');

// After the type check, which writes the content types (.astro/) the type-aware lint rules read.
step(2, total, '代码检查（ESLint、Prettier、层次规则）');
done(await run('eslint', ['--max-warnings', '0', '.']), '代码检查（ESLint）');
done(await run('prettier', ['--check', '.']), '格式检查（Prettier，npm run format 可自动修正）');
done(await run('node', ['scripts/checkArchitecture.ts']), '层次检查（dependency-cruiser，npm run check:architecture）');

step(3, total, '单元测试');
done(await vitest(reports[0]!, 'unit'), '单元测试');

// Each test build reads its own copy of content/: one with progress reports, one without.
try {
  for (const line of prepareAllTestContent()) console.log(line);
} catch (e) {
  console.error((e as Error).message);
  done(1, '准备测试内容');
}
for (const [i, b] of testBuilds.entries()) {
  step(4 + i, total, `构建网站（基础路径 ${b.base}，内容 ${b.content}）并检查链接`);
  rmSync(b.dir, { recursive: true, force: true });
  done(await run('node', ['scripts/build.ts'], { SITE_BASE: b.base, OUT_DIR: b.dir, CONTENT_DIR: b.content }), `构建 ${b.base}`);
}

step(6, total, '准备浏览器（Chromium）');
try {
  process.env.CHROMIUM_PATH = await ensureChromium();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

step(7, total, '网站与浏览器测试');
done(await vitest(reports[1]!, 'site', 'browser'), '网站与浏览器测试');
const totals = readTotals(reports);
for (const s of totals.skipped) console.log(`未运行（skipped）：${s}（${skipReason(s, allowedSkips) ?? '未写明原因'}）`);
const unlisted = unlistedSkips(totals, allowedSkips);
if (inCi() && unlisted.length > 0) {
  console.error(`\n测试未通过：${unlisted.length} 个测试没有运行，也未在 tests/allowedSkips.ts 中写明原因（unlisted skipped tests）。`);
  console.log(closingLine(totals));
  process.exit(1);
}
step(8, total, '工作人员数据状态：在检出目录的副本中导入、发布公告和名单、设置网址、冻结送审稿、改为印发稿后再检查');
done(await run('node', ['scripts/testStaffState.ts']), '工作人员数据状态下的测试');

console.log(`\n全部测试通过（用时 ${Math.round((Date.now() - started) / 1000)} 秒）。`);
console.log(closingLine(totals));
