/** Reading the built site in tests: pages by URL path, their text, the list of all pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { listHtmlFiles, pageUrl } from '../../scripts/lib/checkLinks.ts';
import { frozenVersions } from '../../scripts/lib/contentAsOf.ts';
import type { TestBuild } from './builds.ts';

export function requireBuild(build: { dir: string }): void {
  if (!existsSync(join(build.dir, 'index.html'))) {
    throw new Error(`${build.dir} 不存在：站点测试请通过 npm test 运行（它会先构建网站）。`);
  }
}

/** HTML of the page at `path` (relative to the base, e.g. "plan/"). */
export function pageHtml(build: TestBuild, path: string): string {
  const file = path === '' || path.endsWith('/') ? join(build.dir, path, 'index.html') : join(build.dir, path);
  return readFileSync(file, 'utf8');
}

export function load(build: TestBuild, path: string) {
  return cheerio.load(pageHtml(build, path));
}

/** Text of the main region with all whitespace removed, for checking verbatim sentences. */
export function mainText(build: TestBuild, path: string): string {
  return compact(load(build, path)('main').text());
}

/**
 * The day the build was made for (its BUILD_DATE), as its downloads state it. Tests of a build
 * compare with this, never with the clock: a run may cross midnight after the build.
 */
export function builtOn(build: TestBuild): string {
  const { generated } = JSON.parse(readFileSync(join(build.dir, 'data/progress.json'), 'utf8')) as { generated: string };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(generated)) throw new Error(`${build.dir}/data/progress.json 的 generated 不是日期（no build date）：${generated}`);
  return generated;
}

export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Every public page of the build as a path relative to the base ("" for home). */
export function allPages(build: TestBuild): string[] {
  // The staff review (/review/, local previews only) is not a public page: it holds what public
  // pages must not say (another reading, unchecked facts); tests/site/identity.test.ts reads it.
  return listHtmlFiles(build.dir)
    .map((f) => pageUrl(build.dir, f, '/').slice(1))
    .filter((p) => p !== staffReviewPage);
}

/** The path of the staff review page of a local preview build. */
export const staffReviewPage = 'review/';

/**
 * The page of a build that holds the 送审稿 — the text of tests/fixtures/source-document.txt: its
 * frozen copy once staff have frozen it (and edited the current text into the issued plan), else
 * /plan/. Tests of the document's exact words read this page, never whatever /plan/ says today.
 */
export function reviewDraftPage(build: TestBuild): string {
  const frozen = frozenVersions(build.content).find((v) => v.name === '送审稿');
  return frozen ? `plan/versions/${frozen.slug}/` : 'plan/';
}
