/** A throw-away copy of content/ that a test can break on purpose. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ContentCopy {
  dir: string;
  /** Replaces `from` with `to` in one file of the copy; fails loudly when `from` is not there. */
  edit: (file: string, from: string | RegExp, to: string | ((match: string, ...groups: string[]) => string)) => void;
  /** Sets site.url in the copy's site.json (the site's public address; '' for none), whatever content/ has. */
  setSiteUrl: (url: string) => void;
  remove: () => void;
}

/**
 * `reports: false` empties the copy's progress/ folder, for tests that start from "nothing
 * reported" whatever content/progress/ holds (real reports must never break them).
 * `asOf` keeps only the 更新记录 entries up to that date, for builds with an earlier BUILD_DATE
 * (the check refuses a change dated after the build).
 */
export function copyContent({ reports = true, merchants = true, asOf }: { reports?: boolean; merchants?: boolean; asOf?: string } = {}): ContentCopy {
  const dir = mkdtempSync(join(tmpdir(), 'liangxin-content-'));
  cpSync('content', dir, { recursive: true });
  if (asOf !== undefined) {
    const path = join(dir, 'changelog.json');
    const entries = JSON.parse(readFileSync(path, 'utf8')) as { date: string }[];
    writeFileSync(
      path,
      JSON.stringify(
        entries.filter((e) => e.date <= asOf),
        null,
        2,
      ),
    );
  }
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
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
