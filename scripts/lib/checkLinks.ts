/**
 * Link check over a built site: every internal link, anchor, stylesheet, script, image and
 * download must resolve inside the folder, under the base path the site was built for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export interface BrokenLink {
  /** The page the link is on, relative to the site folder. */
  page: string;
  /** The link as written. */
  href: string;
  /** Why it does not resolve. */
  reason: string;
}

const ORIGIN = 'http://site.invalid';

export function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built file is served at, e.g. plan/index.html → /base/plan/. */
export function pageUrl(dir: string, file: string, base: string): string {
  const rel = relative(dir, file).split('\\').join('/');
  const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return `${base}${path}`;
}

export function checkLinks(dir: string, base: string): BrokenLink[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      ids = new Set($('[id]').map((_, el) => $(el).attr('id') ?? '').get());
      $('a[name]').each((_, el) => void ids!.add($(el).attr('name') ?? ''));
      idsCache.set(file, ids);
    }
    return ids;
  };
  /** The file a path under the base serves, or null. */
  const fileFor = (pathname: string): string | null => {
    const rel = decodeURIComponent(pathname.slice(b.length));
    if (rel === '' || rel.endsWith('/')) {
      const f = join(dir, rel, 'index.html');
      return existsSync(f) ? f : null;
    }
    const f = join(dir, rel);
    return existsSync(f) && statSync(f).isFile() ? f : null;
  };

  for (const file of listHtmlFiles(dir)) {
    const page = relative(dir, file);
    const pageHref = new URL(pageUrl(dir, file, b), ORIGIN);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const refs = [
      ...$('a[href], link[href], area[href]').map((_, el) => $(el).attr('href')).get(),
      ...$('script[src], img[src], source[src], iframe[src]').map((_, el) => $(el).attr('src')).get(),
    ];
    for (const href of refs) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const url = new URL(href, pageHref);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(b)) {
        broken.push({ page, href, reason: `不在基础路径 ${b} 之下` });
        continue;
      }
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push({ page, href, reason: '目标页面或文件不存在' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && target.endsWith('.html') && !idsOf(target).has(hash)) {
        broken.push({ page, href, reason: `目标页面没有锚点 #${hash}` });
      }
    }
  }
  return broken;
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((l) => `${l.page}: ${l.href} — ${l.reason}`).join('\n');
}
