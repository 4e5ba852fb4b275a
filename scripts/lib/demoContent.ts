/**
 * The demo build's content (scripts/buildDemo.ts): a copy of content/ whose progress reports,
 * notices and merchant lists are replaced by the examples (examples/progress/, notices/,
 * merchants/), whose guide gets the invented district contacts, channels and steps of
 * examples/guide/overlay.json and whose 防骗提示 are examples/anti-fraud.json and whose identity and contacts
 * are examples/site.json's (all invented, marked 示例数据), whose real text is frozen as the 送审稿 and turned into the invented 印发稿
 * of examples/versions/issued.json. Whatever staff have done in content/ — reports imported
 * today, lists, notices, the 送审稿 frozen and the text issued — the demo shows the same thing on
 * any date, so nothing real and no real date reaches it (issue 22).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { contentAsOf, frozenVersions, restoreVersion } from './contentAsOf.ts';
import { freezeVersion } from './freezeVersion.ts';
import { applyGuideOverlay } from './guideOverlay.ts';
import { applySiteOverlay } from './siteOverlay.ts';
import { applyVersionEdits, readVersionEdits } from './versionEdits.ts';

/** Removes the JSON or MDX files of one folder of the copy (keeping its README). */
function emptyFolder(dir: string, folder: string, ext: string): void {
  const path = join(dir, folder);
  mkdirSync(path, { recursive: true });
  for (const f of readdirSync(path).filter((f) => f.endsWith(ext))) rmSync(join(path, f));
}

/**
 * Turns the copy `dir` (of content/) into the demo's content as of `date`; `examples` is the
 * examples folder. Returns the lines the command prints. Throws FreezeRefused, or an Error naming
 * the example that no longer fits, for the command to print.
 */
export function prepareDemoContent(dir: string, date: string, examples = 'examples'): string[] {
  // The site as of its build date: later 更新记录 entries are not yet published then.
  contentAsOf(dir, date);
  // Only examples: a real figure, list or notice on a site where every page says 示例数据 would be
  // mislabelled, and could clash with an example. Out before freezing, which checks the copy.
  emptyFolder(dir, 'progress', '.json');
  emptyFolder(dir, 'merchants', '.json');
  rmSync(join(dir, 'notices'), { recursive: true, force: true });
  // The examples' edits are written against the 送审稿: once staff have frozen it and issued the
  // plan, the demo starts again from the first frozen text, not from the real versions.
  const [first] = frozenVersions(dir);
  if (first) restoreVersion(dir, first.slug);
  const lines = first ? [`演示站：现行文本恢复为已冻结的“${first.name}”，不显示正式版本`] : [];
  // Versions while the copy holds only real content (freezing checks it, and refuses example data
  // outside a demo build): the real text frozen as 送审稿, then turned into the invented 印发稿.
  freezeVersion({ contentDir: dir, name: '送审稿', date });
  const issued = readVersionEdits(join(examples, 'versions/issued.json'));
  applyVersionEdits(dir, issued);
  lines.push(`演示站：正式内容冻结为“送审稿”，现行文本按 ${examples}/versions/issued.json 改为示例“印发稿”（${issued.edits.length} 处改动）`);
  const reports = readdirSync(join(examples, 'progress')).filter((f) => f.endsWith('.json'));
  for (const f of reports) cpSync(join(examples, 'progress', f), join(dir, 'progress', f));
  cpSync(join(examples, 'notices'), join(dir, 'notices'), { recursive: true });
  const notices = readdirSync(join(examples, 'notices')).filter((f) => f.endsWith('.mdx'));
  const lists = existsSync(join(examples, 'merchants')) ? readdirSync(join(examples, 'merchants')).filter((f) => f.endsWith('.json')) : [];
  for (const f of lists) cpSync(join(examples, 'merchants', f), join(dir, 'merchants', f));
  const overlay = applyGuideOverlay(dir, join(examples, 'guide/overlay.json'));
  // The anti-fraud lines with invented checks: the real ones are unchecked, so the demo would show none.
  cpSync(join(examples, 'anti-fraud.json'), join(dir, 'anti-fraud.json'));
  const identity = applySiteOverlay(dir, join(examples, 'site.json'));
  lines.push(
    `演示站：示例网站标识和联系方式（${examples}/site.json，${identity.length} 项，标“示例数据”）`,
    `演示站：示例居民指南内容（${examples}/guide/overlay.json）：${overlay.join('；')}；示例防骗提示（${examples}/anti-fraud.json）`,
    `演示站：正式内容（不含正式进展报告、通知公告和企业名单）+ ${reports.length} 份示例进展报告（${examples}/progress/）+ ${notices.length} 条示例公告（${examples}/notices/）+ ${lists.length} 份示例企业名单（${examples}/merchants/）`,
  );
  return lines;
}
