/** A throw-away copy of content/ that a test can break on purpose. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentAsOf, frozenVersions, restoreVersion } from '../../scripts/lib/contentAsOf.ts';
import { fillPublishingFields } from './publishingFields.ts';

export interface ContentCopy {
  dir: string;
  /** Replaces `from` with `to` in one file of the copy; fails loudly when `from` is not there. */
  edit: (file: string, from: string | RegExp, to: string | ((match: string, ...groups: string[]) => string)) => void;
  /** Sets site.url in the copy's site.json (the site's public address; '' for none), whatever content/ has. */
  setSiteUrl: (url: string) => void;
  /** Fills what publishing waits for besides the address (identity, contacts, district contacts) with test values; see publishingFields.ts. */
  fillPublishingFields: () => void;
  remove: () => void;
}

/** The name of the text tests/fixtures/source-document.txt holds. */
const reviewDraftName = '送审稿';

/**
 * Makes the copy's current text the 送审稿 with nothing frozen from it on: the frozen 送审稿 restored
 * once staff have frozen it (and edited content/ into the next text), else the copy as it is,
 * provided it still is the 送审稿. Throws when the 送审稿 was edited away without being frozen.
 */
function makeReviewDraft(dir: string): void {
  const frozen = frozenVersions(dir).find((v) => v.name === reviewDraftName);
  if (frozen) return restoreVersion(dir, frozen.slug);
  const { site } = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { site: { document: { status: string } } };
  if (site.document.status !== reviewDraftName) {
    throw new Error(
      `content/site.json 的文件状态为“${site.document.status}”，但送审稿未冻结（the review draft was edited without npm run version:freeze -- 送审稿），测试无法找到送审稿原文。`,
    );
  }
}

/**
 * `reports: false` empties the copy's progress/ folder, for tests that start from "nothing
 * reported" whatever content/progress/ holds (real reports must never break them); `merchants: false`
 * likewise its merchant lists.
 * `asOf` makes the copy the content as it stood that day (scripts/lib/contentAsOf.ts), for builds
 * with an earlier BUILD_DATE: the check refuses a change dated after the build, and a text frozen
 * after it was still the current one then.
 * `reviewDraft` makes the copy's text the 送审稿 — the words of tests/fixtures/source-document.txt —
 * whatever staff have frozen and edited since, for tests of its exact words and targets and
 * table-driven tests whose figures come from them.
 */
export function copyContent({
  reports = true,
  merchants = true,
  asOf,
  reviewDraft = false,
}: { reports?: boolean; merchants?: boolean; asOf?: string; reviewDraft?: boolean } = {}): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-content-'));
  cpSync('content', dir, { recursive: true });
  if (asOf !== undefined) contentAsOf(dir, asOf);
  if (reviewDraft) makeReviewDraft(dir);
  const empty = (folder: string) => {
    const path = join(dir, folder);
    if (existsSync(path)) for (const f of readdirSync(path).filter((f) => f.endsWith('.json'))) rmSync(join(path, f));
  };
  if (!reports) empty('progress');
  if (!merchants) empty('merchants');
  return {
    dir,
    edit(file, from, to) {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const next = typeof to === 'string' ? text.replace(from, to) : text.replace(from, to);
      if (next === text) throw new Error(`测试夹具：${file} 中没有 ${String(from)}`);
      writeFileSync(path, next);
    },
    setSiteUrl(url) {
      const path = join(dir, 'site.json');
      const json = JSON.parse(readFileSync(path, 'utf8')) as { site: { url: string } };
      json.site.url = url;
      writeFileSync(path, JSON.stringify(json, null, 2));
    },
    fillPublishingFields: () => void fillPublishingFields(dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
