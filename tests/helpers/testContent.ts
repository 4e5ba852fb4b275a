/**
 * Lays out the content copies the two test builds read (see builds.ts). Run by `npm test`
 * before it builds; the importer runs as staff run it, so a broken importer fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { frozenVersions, restoreVersion } from '../../scripts/lib/contentAsOf.ts';
import { freezeVersion } from '../../scripts/lib/freezeVersion.ts';
import { versionFile, versionsFolder } from '../../src/checks/versionFiles.ts';
import { applyVersionEdits, readVersionEdits } from '../../scripts/lib/versionEdits.ts';
import { applyGuideOverlay } from '../../scripts/lib/guideOverlay.ts';
import { stripBom } from '../../src/checks/jsonSyntax.ts';
import {
  earlierVersionFixture,
  fixtureImports,
  merchantFixtures,
  testAntiFraud,
  testBuilds,
  testGuideOverlay,
  testNoticesDir,
  type TestBuild,
} from './builds.ts';
import { fillIdentity } from './publishingFields.ts';

/** Report files (JSON) in a content folder's progress/. */
export function reportFiles(contentDir: string): string[] {
  return readdirSync(join(contentDir, 'progress'))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * Notices: the `root` copy gets the test notices of tests/fixtures/notices/ (beside any real ones),
 * so its pages show a list, a status, an attachment and the feed; the `portal` copy gets none, so
 * its pages show the empty states whatever content/notices/ holds.
 */
function placeTestNotices(build: TestBuild): string {
  const folder = join(build.content, 'notices');
  if (!build.notices) {
    rmSync(folder, { recursive: true, force: true });
    return '通知公告：已清空（测试“暂无”）';
  }
  cpSync(testNoticesDir, folder, { recursive: true });
  return `通知公告：加入 ${testNoticesDir} 中的测试公告`;
}

/**
 * Puts a frozen, made-up earlier version into a content copy, before any version staff have
 * frozen: the oldest text (the first frozen version restored, or `source` itself while nothing is
 * frozen) is copied aside, changed by the fixture, frozen with the real command's code as version 1,
 * and only the frozen folder is kept; the copy's own versions move one place on. So the fixture's
 * comparison shows exactly the fixture's changes, and the copy's current text and real versions
 * stay as staff made them.
 */
export function addEarlierVersion(contentDir: string, source = 'content'): string {
  const aside = mkdtempSync(join(tmpdir(), 'liangxin-version-'));
  try {
    cpSync(source, aside, { recursive: true });
    const real = frozenVersions(contentDir);
    if (real[0]) restoreVersion(aside, real[0].slug);
    const fixture = readVersionEdits(earlierVersionFixture.edits);
    applyVersionEdits(aside, fixture);
    const v = freezeVersion({ contentDir: aside, name: earlierVersionFixture.name, slug: earlierVersionFixture.slug, date: earlierVersionFixture.date });
    for (const r of real) {
      const path = join(contentDir, versionsFolder, r.slug, versionFile);
      writeFileSync(path, `${JSON.stringify({ ...(JSON.parse(readFileSync(path, 'utf8')) as object), sequence: r.sequence + 1 }, null, 2)}\n`);
    }
    cpSync(join(aside, versionsFolder, v.slug), join(contentDir, versionsFolder, v.slug), { recursive: true });
    const before = real.length > 0 ? `，排在 ${real.length} 个正式版本之前` : '';
    return `版本：已加入测试夹具“${v.name}”（${earlierVersionFixture.edits}${before}）`;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/** Copies content/ for one build and gives it its progress state; throws with the importer's output. */
export function prepareTestContent(build: TestBuild, source = 'content'): string {
  rmSync(build.content, { recursive: true, force: true });
  cpSync(source, build.content, { recursive: true });
  const notices = placeTestNotices(build);
  const identity = build.identity ? `网站标识：${fillIdentity(build.content).length} 项用测试数据填写；` : '';
  // Versions: `root` adds the fixture before the real ones; `portal` shows the state of having none.
  if (!build.earlierVersion) rmSync(join(build.content, versionsFolder), { recursive: true, force: true });
  const version = `${identity}${build.earlierVersion ? `${addEarlierVersion(build.content, source)}；` : '版本：已清空（测试“只有现行文本”）；'}`;
  const progress = join(build.content, 'progress');
  if (!build.reports) {
    for (const f of reportFiles(build.content)) rmSync(join(progress, f));
    return `${version}进展报告：已清空（测试“尚无报送”的页面）；${notices}`;
  }
  const real = reportFiles(build.content);
  if (real.length > 0) return `${version}进展报告：content/progress/ 中的 ${real.length} 份正式报告；${notices}`;
  for (const files of fixtureImports) {
    const result = spawnSync('node', ['scripts/importProgress.ts', ...files], { env: { ...process.env, CONTENT_DIR: build.content }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`测试内容准备失败：导入 ${files.join(' ')} 未成功\n${result.stdout}\n${result.stderr}`);
  }
  const count = fixtureImports.flat().length;
  return `${version}进展报告：content/progress/ 尚无报告，已用导入命令导入 ${count} 个测试表格（${reportFiles(build.content).length} 份报告，含一处修订）；${notices}`;
}

/**
 * Gives a prepared copy its 参与企业名单: the root copy the real lists, or else the fixtures
 * imported with the real command; the portal copy none (the page's empty state).
 */
export function prepareMerchants(build: TestBuild): string {
  const dir = join(build.content, 'merchants');
  const lists = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  if (!build.reports) {
    for (const f of lists) rmSync(join(dir, f));
    return '参与企业名单：已清空（测试“尚未公布”）';
  }
  if (lists.length > 0) return `参与企业名单：content/merchants/ 中的 ${lists.length} 份正式名单`;
  const result = spawnSync('node', ['scripts/importMerchants.ts', ...merchantFixtures], {
    env: { ...process.env, CONTENT_DIR: build.content },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`测试内容准备失败：导入 ${merchantFixtures.join(' ')} 未成功\n${result.stdout}\n${result.stderr}`);
  return `参与企业名单：已用导入命令导入 ${merchantFixtures.length} 个测试表格`;
}

/**
 * Gives the root copy the labelled test values of testGuideOverlay (【测试数据】: a district contact,
 * a checked and an unchecked channel, steps with an unchecked material) wherever the real guide has
 * none of its own, and appends the checked test lines of testAntiFraud to its 防骗提示; the portal
 * copy keeps the real content, so it shows what staff have (or have not yet) filled in and checked.
 */
export function prepareGuide(build: TestBuild): string {
  if (!build.reports) return '居民指南：正式内容';
  const set = applyGuideOverlay(build.content, testGuideOverlay, { onlyMissing: true });
  const file = join(build.content, 'anti-fraud.json');
  const lines = JSON.parse(stripBom(readFileSync(file, 'utf8'))) as unknown[];
  const test = JSON.parse(readFileSync(testAntiFraud, 'utf8')) as unknown[];
  writeFileSync(file, `${JSON.stringify([...lines, ...test], null, 2)}\n`);
  const guide = set.length > 0 ? `已加入 ${testGuideOverlay} 中的测试内容（${set.join('；')}）` : 'content/guide/ 已有正式内容';
  return `居民指南：${guide}；防骗提示：加入 ${testAntiFraud} 中的 ${test.length} 条测试内容`;
}

/** Both copies, for `npm test`. */
export function prepareAllTestContent(): string[] {
  return testBuilds.map((b) => `${b.name}：${prepareTestContent(b)}；${prepareMerchants(b)}；${prepareGuide(b)}`);
}
