/**
 * Link check over a built site: every internal link, anchor, stylesheet, script, image and
 * download must resolve inside the folder, under the base path the site was built for.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';

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

/** Which attributes of which elements hold a URL to check (a srcset holds several). */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  area: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** The URLs a page refers to (in document order) and the anchors it offers (ids, and names of <a>). */
export function scanPage(html: string): { refs: string[]; ids: Set<string> } {
  const refs: string[] = [];
  const ids = new Set<string>();
  // A streaming tokenizer, not a DOM: the check needs only attributes, and over thousands of
  // pages building a tree for each was most of its time.
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) ids.add(attrs.id);
        if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
        for (const attr of urlAttributes[name] ?? []) {
          const value = attrs[attr];
          if (value === undefined) continue;
          if (attr === 'srcset') refs.push(...srcsetUrls(value));
          else refs.push(value);
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { refs, ids };
}

export function checkLinks(dir: string, base: string): BrokenLink[] {
  const b = base.endsWith('/') ? base : `${base}/`;
  const broken: BrokenLink[] = [];
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

  // One pass reads every page once, keeping only its anchors and links; the links are resolved
  // afterwards, when the anchors of every page are known.
  const idsOf = new Map<string, Set<string>>();
  const links: { file: string; refs: string[] }[] = [];
  for (const file of listHtmlFiles(dir)) {
    const { refs, ids } = scanPage(readFileSync(file, 'utf8'));
    idsOf.set(file, ids);
    links.push({ file, refs });
  }
  for (const { file, refs } of links) {
    const page = relative(dir, file);
    const pageHref = new URL(pageUrl(dir, file, b), ORIGIN);
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
      // A text directive (#id:~:text=…, highlighting a sentence where browsers support it) is
      // not part of the anchor; the id before it must exist.
      const hash = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
      if (hash && target.endsWith('.html') && !(idsOf.get(target) ?? scanPage(readFileSync(target, 'utf8')).ids).has(hash)) {
        broken.push({ page, href, reason: `目标页面没有锚点 #${hash}` });
      }
    }
  }
  for (const { sitemap, loc } of sitemapLocs(dir, b)) {
    const { pathname } = new URL(loc);
    if (!pathname.startsWith(b)) broken.push({ page: sitemap, href: loc, reason: `不在基础路径 ${b} 之下` });
    else if (!fileFor(pathname)) broken.push({ page: sitemap, href: loc, reason: '目标页面或文件不存在' });
  }
  return broken;
}

/** The URLs of a srcset attribute ("a.png 1x, b.png 2x" → a.png, b.png). */
export function srcsetUrls(srcset: string): string[] {
  return (
    srcset
      // Candidates are separated by a comma after a descriptor ("1x", "480w") or before whitespace.
      .split(/(?<=\s\d+(?:\.\d+)?[wxh])\s*,|,\s+/)
      .map((c) => c.trim().split(/\s+/)[0] ?? '')
      .filter(Boolean)
  );
}

/** Every <loc> of every sitemap*.xml at the top of the build, with the sitemap it is in. */
function sitemapLocs(dir: string, base: string): { sitemap: string; loc: string }[] {
  return readdirSync(dir)
    .filter((f) => /^sitemap.*\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => ({
        sitemap: f,
        loc: new URL(m[1]!.trim(), `${ORIGIN}${base}`).href,
      })),
    );
}

export function formatBrokenLinks(broken: BrokenLink[]): string {
  return broken.map((l) => `${l.page}: ${l.href} — ${l.reason}`).join('\n');
}
