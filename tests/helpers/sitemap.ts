/**
 * The pages a build publishes, read the way a search engine would: sitemap-index.xml → each
 * sitemap → every <loc>. Gates iterate over this list so a page added anywhere is checked.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestBuild } from './builds.ts';
import { load } from 'cheerio';
import { requireBuild } from './site.ts';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
}

/** Path of a sitemap URL relative to the build's base ("" for home), or an error if outside it. */
function relativeToBase(build: TestBuild, loc: string): string {
  const { pathname } = new URL(loc);
  if (!pathname.startsWith(build.base)) throw new Error(`${build.dir} 的站点地图含基础路径 ${build.base} 以外的地址：${loc}`);
  return decodeURIComponent(pathname.slice(build.base.length));
}

/** Every page listed in the build's sitemap, as paths relative to the base ("" for home). */
export function sitemapPages(build: TestBuild): string[] {
  requireBuild(build);
  const index = readFileSync(join(build.dir, 'sitemap-index.xml'), 'utf8');
  const pages = locs(index).flatMap((sitemap) => locs(readFileSync(join(build.dir, relativeToBase(build, sitemap)), 'utf8')));
  if (pages.length === 0) throw new Error(`${build.dir} 的站点地图为空`);
  return pages.map((loc) => relativeToBase(build, loc));
}

/**
 * Sitemap pages plus the pages served but kept out of the sitemap: the 404 page, and in a local
 * preview the staff review /review/, which staff read in the same browsers.
 */
export function pagesToCheck(build: TestBuild): string[] {
  return [...sitemapPages(build), '404.html', ...(existsSync(join(build.dir, 'review/index.html')) ? ['review/'] : [])];
}

/**
 * One page of each kind: the first page of every top-level section at every depth ("" for home,
 * "indicators/" and one "indicators/…/"). For checks whose subject is the page templates and the
 * base path rather than each page's own words, run again on a second build.
 */
export function onePerKind(paths: string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const parts = path.split('/').filter(Boolean);
    const kind = `${parts[0] ?? ''}:${parts.length}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}

/** The built HTML file of a page path ("" for home, "404.html" as it is). */
function htmlFile(build: TestBuild, path: string): string {
  return join(build.dir, path.endsWith('.html') ? path : join(path, 'index.html'));
}

/**
 * What the keyboard meets on a page, read from its built HTML: each kind of control (tag, type,
 * role, name, tabindex), each custom element (a widget that adds controls when its code arrives)
 * and each place a link sits in (its parent's tag and classes, which decide its focus style).
 * Counts are left out: ten links of one kind in one place are tested as well by one.
 */
export function controlSignature(html: string): string {
  const $ = load(html);
  const kinds = new Set<string>();
  $('button, select, input, textarea, summary, details, [tabindex], [role], [contenteditable]').each((_, el) => {
    const a = el.attribs;
    kinds.add([el.tagName, a.type, a.role, a.name, a.tabindex, a.contenteditable].map((v) => v ?? '').join('|'));
  });
  $.root()
    .find('*')
    .each((_, el) => {
      if (el.tagName.includes('-')) kinds.add(`<${el.tagName}>`);
    });
  $('a[href]').each((_, el) => {
    const parent = el.parent && 'tagName' in el.parent ? el.parent : undefined;
    kinds.add(`a in ${parent?.tagName ?? ''}.${(parent?.attribs.class ?? '').trim().split(/\s+/).sort().join('.')}`);
  });
  return [...kinds].sort().join('\n');
}

/**
 * One page of each kind (as onePerKind) and, beyond it, every page whose controls differ from those
 * of every page already kept (controlSignature): for checks of how controls behave, which pages
 * built from one template with the same controls pass or fail together.
 */
export function onePerControlSet(build: TestBuild, paths: string[]): string[] {
  const first = new Set(onePerKind(paths));
  const seen = new Set<string>();
  return paths.filter((path) => {
    const kind = path.split('/').filter(Boolean)[0] ?? '';
    const signature = `${kind}\n${controlSignature(readFileSync(htmlFile(build, path), 'utf8'))}`;
    const keep = first.has(path) || !seen.has(signature);
    seen.add(signature);
    return keep;
  });
}
