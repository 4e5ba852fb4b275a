/**
 * A content folder as it stood on an earlier day, for builds dated in the past: the demo
 * (`BUILD_DATE=… npm run build:demo`) and the tests that fix BUILD_DATE. The content check rightly
 * refuses anything dated after the build, so staff's later work comes out of the copy: 更新记录
 * entries, progress reports and merchant lists imported (or revised) later, notices dated later,
 * and versions frozen later — before its freeze a frozen text was still the current one, so it
 * becomes the current text again. Always works on a copy: it rewrites and deletes files.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBom } from '../../src/checks/jsonSyntax.ts';
import { documentFile, frozenFolders, versionFile, versionsFolder } from '../../src/checks/versionFiles.ts';

interface FrozenMeta {
  slug: string;
  name: string;
  date: string;
  sequence: number;
}

/** The frozen versions of a content folder, oldest first. */
export function frozenVersions(dir: string): FrozenMeta[] {
  const root = join(dir, versionsFolder);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((slug) => existsSync(join(root, slug, versionFile)))
    .map((slug) => JSON.parse(stripBom(readFileSync(join(root, slug, versionFile), 'utf8'))) as FrozenMeta)
    .sort((a, b) => a.sequence - b.sequence);
}

/**
 * Makes the frozen version `slug` the current text again (its plan, actions, measures, indicators
 * and document block) and removes it and every version frozen after it, which did not exist yet
 * while it was current. Versions frozen before it stay, unchanged.
 */
export function restoreVersion(dir: string, slug: string): void {
  const all = frozenVersions(dir);
  const target = all.find((v) => v.slug === slug);
  if (!target) throw new Error(`没有已冻结的版本 ${slug}（no frozen version ${slug} in ${dir}）`);
  const frozen = join(dir, versionsFolder, slug);
  for (const { folder } of frozenFolders) {
    rmSync(join(dir, folder), { recursive: true, force: true });
    if (existsSync(join(frozen, folder))) cpSync(join(frozen, folder), join(dir, folder), { recursive: true });
  }
  const sitePath = join(dir, 'site.json');
  const site = JSON.parse(stripBom(readFileSync(sitePath, 'utf8'))) as { site: { document: unknown } };
  site.site.document = JSON.parse(stripBom(readFileSync(join(frozen, documentFile), 'utf8')));
  writeFileSync(sitePath, `${JSON.stringify(site, null, 2)}\n`);
  for (const v of all.filter((v) => v.sequence >= target.sequence)) rmSync(join(dir, versionsFolder, v.slug), { recursive: true, force: true });
}

/** The JSON files of a folder of the copy, parsed, with their paths. */
function jsonFiles<T>(dir: string, folder: string): { path: string; data: T }[] {
  const path = join(dir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: join(path, f), data: JSON.parse(stripBom(readFileSync(join(path, f), 'utf8'))) as T }));
}

/**
 * Takes out of the copy `dir` everything dated after `date` (YYYY-MM-DD), as described above.
 * A progress report imported or revised after the day is left out whole (its figures then were
 * another file's); returns one line per kind of thing it took out, for the command's log.
 */
export function contentAsOf(dir: string, date: string): string[] {
  const out: string[] = [];
  const changelog = join(dir, 'changelog.json');
  const entries = JSON.parse(stripBom(readFileSync(changelog, 'utf8'))) as { date: string }[];
  const kept = entries.filter((e) => e.date <= date);
  writeFileSync(changelog, `${JSON.stringify(kept, null, 2)}\n`);
  if (kept.length < entries.length) out.push(`${entries.length - kept.length} 条更新记录`);

  const reports = jsonFiles<{ imported?: string; revisions?: { revised: string }[] }>(dir, 'progress').filter(
    ({ data }) => (data.imported ?? '') > date || (data.revisions ?? []).some((r) => r.revised > date),
  );
  for (const r of reports) rmSync(r.path);
  if (reports.length > 0) out.push(`${reports.length} 份进展报告`);

  const lists = jsonFiles<{ published: string; imported: string }>(dir, 'merchants').filter(({ data }) => data.published > date || data.imported > date);
  for (const l of lists) rmSync(l.path);
  if (lists.length > 0) out.push(`${lists.length} 份参与企业名单`);

  const noticeDir = join(dir, 'notices');
  const notices = existsSync(noticeDir)
    ? readdirSync(noticeDir).filter(
        (f) => f.endsWith('.mdx') && (/^date:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(noticeDir, f), 'utf8'))?.[1] ?? '') > date,
      )
    : [];
  for (const f of notices) rmSync(join(noticeDir, f));
  if (notices.length > 0) out.push(`${notices.length} 条通知公告`);

  const later = frozenVersions(dir).find((v) => v.date > date);
  if (later) {
    restoreVersion(dir, later.slug);
    out.push(`${later.date} 冻结的“${later.name}”及其后的版本（现行文本恢复为“${later.name}”）`);
  }
  return out;
}

/**
 * The latest day among the things the content check refuses when dated after the build (the
 * same things contentAsOf takes out, notices aside: a later notice is held back, not refused):
 * 更新记录 entries, progress reports (imported, revised, 截至日期), merchant lists and frozen
 * versions. Null when none is dated. The content is valid on this day and any later one.
 */
export function newestContentDate(dir: string): string | null {
  const dates: string[] = [];
  const changelog = join(dir, 'changelog.json');
  if (existsSync(changelog)) dates.push(...(JSON.parse(stripBom(readFileSync(changelog, 'utf8'))) as { date: string }[]).map((e) => e.date));
  for (const { data } of jsonFiles<{ imported?: string; rows?: { asOf: string }[]; revisions?: { revised: string }[] }>(dir, 'progress')) {
    dates.push(data.imported ?? '', ...(data.rows ?? []).map((r) => r.asOf), ...(data.revisions ?? []).map((r) => r.revised));
  }
  for (const { data } of jsonFiles<{ published?: string; imported?: string }>(dir, 'merchants')) dates.push(data.published ?? '', data.imported ?? '');
  dates.push(...frozenVersions(dir).map((v) => v.date));
  return (
    dates
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .sort()
      .at(-1) ?? null
  );
}
