/**
 * Bytes per page of a built site: HTML, the CSS it links or inlines, and the JavaScript that runs
 * on load (scripts and their static imports; dynamic import() chunks are counted apart as lazy),
 * raw and gzip. Pages are grouped by type (first path segment, and whether it is an index or an
 * item), which is what the targets are about.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { listHtmlFiles } from '../lib/checkLinks.ts';

export interface Bytes {
  raw: number;
  gz: number;
}
export interface PageSize {
  page: string;
  type: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** JavaScript fetched later by import(); not part of the load. */
  lazyJs: Bytes;
  total: Bytes;
  /** Whether any of this page's JavaScript, loaded or lazy, contains Chart.js. */
  chartJs: boolean;
  /** Whether the page has a chart (a <canvas>). */
  hasChart: boolean;
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const zero: Bytes = { raw: 0, gz: 0 };
const measure = (text: string | Buffer): Bytes => ({ raw: Buffer.byteLength(text), gz: gzipSync(text, { level: 9 }).length });

export function pageType(page: string): string {
  const parts = page.replace(/index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  if (parts[0] === '404.html') return '404';
  return parts.length === 1 ? `${parts[0]}/` : `${parts[0]}/*`;
}

export function measurePages(dir: string, base: string): PageSize[] {
  const fileCache = new Map<string, string>();
  const read = (p: string) => {
    if (!fileCache.has(p)) fileCache.set(p, readFileSync(p, 'utf8'));
    return fileCache.get(p)!;
  };
  /** A URL under the base → file in dir. */
  const fileOf = (url: string) => join(dir, decodeURIComponent(url.split(/[?#]/)[0]!).slice(base.length));
  /** Static and dynamic imports of a JS module, as files. */
  const importsOf = (file: string) => {
    const src = read(file);
    const resolveSpec = (spec: string) => join(file, '..', spec);
    const staticImports = [...src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']/g), ...src.matchAll(/export\s*[\w*{},\s$]*from\s*["']([^"']+)["']/g)]
      .map((m) => m[1]!)
      .filter((s) => s.startsWith('.') || s.startsWith('/'));
    const dynamicImports = [...src.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!).filter((s) => s.startsWith('.') || s.startsWith('/'));
    const toFile = (s: string) => (s.startsWith('/') ? fileOf(s) : resolveSpec(s));
    return { statics: staticImports.map(toFile).filter(existsSync), dynamics: dynamicImports.map(toFile).filter(existsSync) };
  };
  /** Files reachable from entry modules: by static imports (load) and through import() (lazy). */
  const graph = (entries: string[]) => {
    const load = new Set<string>();
    const lazy = new Set<string>();
    const walk = (file: string, into: Set<string>) => {
      if (load.has(file) || into.has(file)) return;
      into.add(file);
      const { statics, dynamics } = importsOf(file);
      for (const s of statics) walk(s, into);
      for (const d of dynamics) walk(d, lazy);
    };
    for (const e of entries) walk(e, load);
    for (const f of load) lazy.delete(f);
    return { load: [...load], lazy: [...lazy] };
  };

  return listHtmlFiles(dir).map((file) => {
    const page = relative(dir, file);
    const html = read(file);
    const $ = cheerio.load(html);
    let css = zero;
    $('link[rel="stylesheet"][href]').each((_, el) => {
      const f = fileOf($(el).attr('href')!);
      if (existsSync(f)) css = add(css, measure(read(f)));
    });
    // Inline <style> is already in the HTML bytes; shown under CSS only when linked.
    const entries: string[] = [];
    let inlineJs = zero;
    $('script').each((_, el) => {
      const src = $(el).attr('src');
      if (src) entries.push(fileOf(src));
      else if (($(el).attr('type') ?? '') === 'module') {
        const code = $(el).text();
        for (const m of code.matchAll(/["'](\/[^"']+\.js)["']/g)) if (existsSync(fileOf(m[1]!))) entries.push(fileOf(m[1]!));
        inlineJs = add(inlineJs, measure(code));
      }
    });
    const { load, lazy } = graph(entries.filter(existsSync));
    // Inline module scripts count as JavaScript on load (their bytes are also inside the HTML).
    const js = load.reduce((sum, f) => add(sum, measure(read(f))), inlineJs);
    const lazyJs = lazy.reduce((sum, f) => add(sum, measure(read(f))), zero);
    const htmlBytes = measure(html);
    const chartJs = [...load, ...lazy].some((f) => /Chart\.js v\d|chartjs|new Chart\(/i.test(read(f)));
    return {
      page,
      type: pageType(page),
      html: htmlBytes,
      css,
      js,
      lazyJs,
      total: add(add(htmlBytes, css), { raw: js.raw - inlineJs.raw, gz: js.gz - inlineJs.gz }),
      chartJs,
      hasChart: $('canvas').length > 0,
    };
  });
}

export interface TypeSummary {
  type: string;
  pages: number;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** The largest total among pages of this type. */
  maxTotal: Bytes;
  maxPage: string;
}

/** Median HTML/CSS/JS per type plus the heaviest page of the type. */
export function summarise(pages: PageSize[]): TypeSummary[] {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const types = [...new Set(pages.map((p) => p.type))].sort();
  return types.map((type) => {
    const ps = pages.filter((p) => p.type === type);
    const m = (k: 'html' | 'css' | 'js') => ({ raw: median(ps.map((p) => p[k].raw)), gz: median(ps.map((p) => p[k].gz)) });
    const max = ps.reduce((a, b) => (b.total.gz > a.total.gz ? b : a));
    return { type, pages: ps.length, html: m('html'), css: m('css'), js: m('js'), maxTotal: max.total, maxPage: max.page };
  });
}

/** Total bytes and file count under a folder (e.g. dist/pagefind), or null when it does not exist. */
export function folderSize(dir: string): { files: number; bytes: number } | null {
  if (!existsSync(dir)) return null;
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        files++;
        bytes += s.size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}
