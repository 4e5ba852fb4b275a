/**
 * The suite over the staff's real work (issue 22), as one step of `npm test`: copies this checkout
 * into a temporary folder, does there what staff do (scripts/lib/staffState.ts: reports imported
 * and corrected, notices, a merchant list, site.url, the 送审稿 frozen, the text issued with a
 * target changed, all dated BUILD_DATE), then runs in the copy what reads content/: the content
 * check, the unit tests that read it (all but those tests/helpers/contentFree.ts lists, which pass
 * or fail in the copy exactly as in the checkout), the two test builds — the root one by `npm run regenerate`, the nightly
 * job, into an OUT_DIR beside the copy whose path begins with the copy's and whose parent does not
 * exist yet — and the site tests over them. Left out, for time (npm test must stay well under ten
 * minutes on two cores): the browser tests, which read the same pages at several times the cost,
 * and the site test files of `leftOut` below, each with its reason.
 *
 * Environment: BUILD_DATE ("today" for the staff's work and every check; `npm test` pins it),
 * STAFF_STATE_KEEP=1 keeps the copy for a look afterwards.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepStaffStateCopy } from '../src/config/env.ts';
import { testBuilds } from '../tests/helpers/builds.ts';
import { run, step } from './lib/run.ts';
import { testDate } from './lib/testDate.ts';
import { commitAll, copyCheckout, makeStaffState } from './lib/staffState.ts';
import { contentFree } from '../tests/helpers/contentFree.ts';
import { useCompileCache } from './lib/compileCache.ts';

const today = testDate().date;
// The checkout's compile cache (the same folder when npm test runs this): the copy's modules are
// other files, so the copy's own code is compiled once here, node_modules' is shared.
useCompileCache();
const work = mkdtempSync(join(tmpdir(), 'liangxin-staff-'));
const copy = join(work, 'site');
// Beside the copy, its path beginning with the copy's, its parent not yet made (issue 22's OUT_DIR).
const publishedRoot = join(`${copy}-out`, 'root');
const total = 6;
const started = Date.now();
const keep = keepStaffStateCopy();

/**
 * Site test files not run in the copy, each with why that is safe. Those that build the site again
 * themselves (a minute or so each) need of the content only what tests/unit/contentAsOf.test.ts
 * checks here without a build: content as it stood on a past day, and the demo's.
 */
const leftOut: Record<string, string> = {
  'tests/site/progressBuilds.test.ts': '自行构建（过去日期、演示站）；所需内容由 contentAsOf 单元测试检查',
  'tests/site/residents.test.ts': '自行构建（过去日期）；所需内容由 contentAsOf 单元测试检查',
  'tests/site/staleCounts.test.ts': '自行构建（删去一个指标的副本）',
  'tests/site/devCheck.test.ts': '启动开发服务器，与内容状态无关',
  'tests/site/buildFailure.test.ts': '自行构建（构建失败的情形），与内容状态无关',
  'tests/site/htmlValidity.test.ts': '逐页校验 HTML（约半分钟）；页面结构与主测试相同',
};

function finish(code: number, what: string): never {
  if (keep) console.log(`（保留副本：${copy}）`);
  else rmSync(work, { recursive: true, force: true });
  if (code !== 0) console.error(`\n工作人员数据状态下的测试未通过：${what}（staff-state check failed）`);
  else console.log(`\n工作人员数据状态下的测试通过（用时 ${Math.round((Date.now() - started) / 1000)} 秒）。`);
  process.exit(code);
}

/** Runs a command in the copy, as staff (or the nightly job) would there; stops at the first failure. */
async function inCopy(what: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const code = await run(cmd, args, { BUILD_DATE: today, CONTENT_DIR: '', OUT_DIR: '', SITE_BASE: '', ...env }, copy);
  if (code !== 0) finish(code, what);
}

step(1, total, `复制检出目录并按工作人员的操作准备内容（${today}）`);
try {
  copyCheckout('.', copy);
  commitAll(copy, today, '检出目录的副本');
  for (const line of makeStaffState(copy, today)) console.log(`  ${line}`);
  commitAll(copy, today, '工作人员的操作');
} catch (e) {
  console.error((e as Error).message);
  finish(1, '准备工作人员数据');
}

step(2, total, '内容检查（npm run check:content）');
await inCopy('内容检查', 'npm', ['run', '--silent', 'check:content']);

// Every unit test file but those that read nothing of content/ (checked by the guard in every unit run).
const unitFiles = readdirSync(join(copy, 'tests/unit'))
  .map((f) => `tests/unit/${f}`)
  .filter((f) => f.endsWith('.test.ts') && !contentFree.includes(f));
step(3, total, `单元测试（读取 content/ 的 ${unitFiles.length} 个文件；其余 ${contentFree.length} 个不读内容，见 tests/helpers/contentFree.ts）`);
await inCopy('单元测试', 'vitest', ['run', '--project', 'unit', ...unitFiles]);

step(4, total, '准备测试内容');
await inCopy('准备测试内容', 'node', ['scripts/prepareTestContent.ts']);

const [root, portal] = testBuilds;
step(5, total, `构建：${root.base} 用 npm run regenerate 发布到副本旁的 ${publishedRoot}；${portal.base} 用 npm run build`);
await inCopy(`发布 ${root.base}`, 'npm', ['run', '--silent', 'regenerate'], { CONTENT_DIR: root.content, OUT_DIR: publishedRoot, SITE_BASE: root.base });
mkdirSync(join(copy, '.test-dist'), { recursive: true });
symlinkSync(publishedRoot, join(copy, root.dir), 'dir');
await inCopy(`构建 ${portal.base}`, 'node', ['scripts/build.ts'], { CONTENT_DIR: portal.content, OUT_DIR: portal.dir, SITE_BASE: portal.base });

step(6, total, `网站测试（另有 ${Object.keys(leftOut).length} 个文件未在副本中运行，原因见 scripts/testStaffState.ts）`);
// A renamed file would silently run again here: name them exactly.
for (const f of Object.keys(leftOut)) if (!existsSync(join(copy, f))) finish(1, `${f} 不存在，请更新 scripts/testStaffState.ts 的 leftOut`);
const siteFiles = readdirSync(join(copy, 'tests/site'))
  .map((f) => `tests/site/${f}`)
  .filter((f) => f.endsWith('.test.ts') && !(f in leftOut));
await inCopy('网站测试', 'vitest', ['run', '--project', 'site', ...siteFiles]);
finish(0, '');
