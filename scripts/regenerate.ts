/**
 * `npm run regenerate`: what the schedule runs (cron, systemd timer, CI). Checks the content and
 * the progress reports, then runs the one build pipeline (scripts/build.ts: Astro build into a
 * temporary folder, search index, link check, atomic swap). On any failure the site already in
 * OUT_DIR stays exactly as it was and the command exits non-zero with the reason.
 *
 * It publishes, so it stops before building while anything the staff review marks required is
 * open — the site's address (site.url in site.json, or SITE_URL), the identity and contact fields,
 * the guide's district contacts, demo data — listing all of them (lib/publishingGate.ts); the build
 * it runs has PUBLISH=1 and checks again.
 *
 * Environment: OUT_DIR (default dist), SITE_BASE, CONTENT_DIR, BUILD_DATE — as for the build.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir, outDir as outDirOf, siteUrlOverride } from '../src/config/env.ts';
import { buildDate } from '../src/config/buildDate.ts';
import { readContent } from '../src/checks/readContent.ts';
import { formatIssues } from '../src/checks/issue.ts';
import { siteAddress } from '../src/site/siteAddress.ts';
import { publishingRefusal } from './lib/publishingGate.ts';
import { run, step } from './lib/run.ts';
import { prepareOutDir } from './lib/outDir.ts';

const outDir = resolve(outDirOf());
const lock = `${outDir}.regenerate.lock`;
const total = 4;
const started = Date.now();
let locked = false;

function fail(reason: string, swapped = false): never {
  if (locked) rmSync(lock, { force: true });
  console.error(`\n重新生成失败（regenerate failed）：${reason}`);
  if (swapped) console.error(`新网站已替换到 ${outDir}，请检查后重新运行。`);
  else console.error(existsSync(outDir) ? `正在提供的网站（${outDir}）未作任何改动。` : '尚无已发布的网站。');
  process.exit(1);
}

/** Whether a process with this id is still running (a lock left by a crashed run is stale). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

step(1, total, '检查是否有另一次重新生成正在进行');
// Before the lock is written beside OUT_DIR: its parent may not exist yet.
const unusable = prepareOutDir(outDir, process.cwd(), contentDir());
if (unusable) fail(unusable);
if (existsSync(lock)) {
  const pid = Number(readFileSync(lock, 'utf8'));
  if (pid && alive(pid)) fail(`另一次重新生成（进程 ${pid}）尚未结束；锁文件 ${lock}。`);
  console.log(`清除上次中断留下的锁文件（进程 ${pid} 已不存在）。`);
}
writeFileSync(lock, String(process.pid));
locked = true;
console.log('可以开始。');

step(2, total, `检查内容与进展数据（${contentDir()}/）`);
let today: string;
try {
  today = buildDate();
} catch (e) {
  fail((e as Error).message);
}
const { content, issues } = readContent(contentDir());
if (issues.length > 0) {
  console.error(formatIssues(issues));
  fail(`内容有 ${issues.length} 处问题，见上。`);
}
// What publishing waits for, all at once (the build below checks again, with PUBLISH=1).
const refusal = publishingRefusal(content, contentDir());
if (refusal) fail(refusal);
const address = siteAddress(content.site?.url ?? '', siteUrlOverride());
const figures = content.progress.reduce((n, p) => n + p.data.rows.length, 0);
console.log(`内容检查通过：${content.progress.length} 份进展报告，共 ${figures} 个数值；今天为 ${today}；网站地址 ${address.href}。`);

step(3, total, '构建网站、建立搜索索引、检查链接并替换（scripts/build.ts）');
const code = await run('node', ['scripts/build.ts'], { OUT_DIR: outDir, BUILD_DATE: today, PUBLISH: '1' });
if (code !== 0) fail(`构建未完成（scripts/build.ts 退出码 ${code}），原因见上。`);

step(4, total, '核对已发布的网站');
for (const page of ['index.html', 'progress/index.html']) {
  if (!existsSync(resolve(outDir, page))) fail(`新网站缺少 ${page}。`, true);
}
rmSync(lock, { force: true });
console.log(`完成：网站已更新到 ${outDir}（用时 ${Math.round((Date.now() - started) / 1000)} 秒）。`);
