/**
 * Lays out the content copies the two test builds read (see builds.ts). Run by `npm test`
 * before it builds; the importer runs as staff run it, so a broken importer fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freezeVersion } from '../../scripts/lib/freezeVersion.ts';
import { applyVersionEdits, readVersionEdits } from '../../scripts/lib/versionEdits.ts';
import { earlierVersionFixture, fixtureImports, testBuilds, type TestBuild } from './builds.ts';

/** Report files (JSON) in a content folder's progress/. */
export function reportFiles(contentDir: string): string[] {
  return readdirSync(join(contentDir, 'progress'))
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * Puts a frozen, made-up earlier version into a content copy: `source` is copied aside, changed by
 * the fixture, frozen with the real command's code, and only the frozen folder is kept. The copy's
 * current text stays the real one, so every test that reads pages against the source document holds.
 */
export function addEarlierVersion(contentDir: string, source = 'content'): string {
  const aside = mkdtempSync(join(tmpdir(), 'liangxin-version-'));
  try {
    cpSync(source, aside, { recursive: true });
    const fixture = readVersionEdits(earlierVersionFixture.edits);
    applyVersionEdits(aside, fixture);
    const v = freezeVersion({ contentDir: aside, name: earlierVersionFixture.name, slug: earlierVersionFixture.slug, date: earlierVersionFixture.date });
    cpSync(join(aside, 'versions', v.slug), join(contentDir, 'versions', v.slug), { recursive: true });
    return `版本：已加入测试夹具“${v.name}”（${earlierVersionFixture.edits}）`;
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
}

/** Copies content/ for one build and gives it its progress state; throws with the importer's output. */
export function prepareTestContent(build: TestBuild, source = 'content'): string {
  rmSync(build.content, { recursive: true, force: true });
  cpSync(source, build.content, { recursive: true });
  const version = build.earlierVersion ? `${addEarlierVersion(build.content, source)}；` : '';
  const progress = join(build.content, 'progress');
  if (!build.reports) {
    for (const f of reportFiles(build.content)) rmSync(join(progress, f));
    return `${version}进展报告：已清空（测试“尚无报送”的页面）`;
  }
  const real = reportFiles(build.content);
  if (real.length > 0) return `${version}进展报告：content/progress/ 中的 ${real.length} 份正式报告`;
  for (const files of fixtureImports) {
    const result = spawnSync('node', ['scripts/importProgress.ts', ...files], { env: { ...process.env, CONTENT_DIR: build.content }, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`测试内容准备失败：导入 ${files.join(' ')} 未成功\n${result.stdout}\n${result.stderr}`);
  }
  const count = fixtureImports.flat().length;
  return `${version}进展报告：content/progress/ 尚无报告，已用导入命令导入 ${count} 个测试表格（${reportFiles(build.content).length} 份报告，含一处修订）`;
}

/** Both copies, for `npm test`. */
export function prepareAllTestContent(): string[] {
  return testBuilds.map((b) => `${b.name}：${prepareTestContent(b)}`);
}
