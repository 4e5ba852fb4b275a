/**
 * Lays out the content copies the two test builds read (see builds.ts). Run by `npm test`
 * before it builds; the importer runs as staff run it, so a broken importer fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureImports, testBuilds, testNoticesDir, type TestBuild } from './builds.ts';

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

/** Copies content/ for one build and gives it its progress state; throws with the importer's output. */
export function prepareTestContent(build: TestBuild, source = 'content'): string {
  rmSync(build.content, { recursive: true, force: true });
  cpSync(source, build.content, { recursive: true });
  const notices = placeTestNotices(build);
  const progress = join(build.content, 'progress');
  if (!build.reports) {
    for (const f of reportFiles(build.content)) rmSync(join(progress, f));
    return `进展报告：已清空（测试“尚无报送”的页面）；${notices}`;
  }
  const real = reportFiles(build.content);
  if (real.length > 0) return `进展报告：content/progress/ 中的 ${real.length} 份正式报告；${notices}`;
  for (const files of fixtureImports) {
    const result = spawnSync('node', ['scripts/importProgress.ts', ...files], { env: { ...process.env, CONTENT_DIR: build.content }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`测试内容准备失败：导入 ${files.join(' ')} 未成功\n${result.stdout}\n${result.stderr}`);
  }
  const count = fixtureImports.flat().length;
  return `进展报告：content/progress/ 尚无报告，已用导入命令导入 ${count} 个测试表格（${reportFiles(build.content).length} 份报告，含一处修订）；${notices}`;
}

/** Both copies, for `npm test`. */
export function prepareAllTestContent(): string[] {
  return testBuilds.map((b) => `${b.name}：${prepareTestContent(b)}`);
}
