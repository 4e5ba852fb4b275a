/**
 * The JavaScript of a built site as a graph: which files a page loads (its <script>s and their
 * static imports) and which it can fetch later through import(). Shared by the bench
 * (scripts/bench/sizes.ts) and the site tests (tests/site/scripts.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

export interface PageScripts {
  /** Files of <script src> on the page, in document order (classic and module). */
  scripts: string[];
  /** Text of inline <script>s (no src). */
  inline: string[];
}

export interface ScriptGraph {
  /** A URL under the base → its file in the build. */
  fileOf: (url: string) => string;
  read: (file: string) => string;
  /** Static and dynamic imports of one JS file, as files that exist. */
  importsOf: (file: string) => { statics: string[]; dynamics: string[] };
  /**
   * Files loaded with the entries (static imports) and files only reachable through import().
   * Files in `known` (e.g. already loaded by the page) are neither counted nor walked through.
   */
  reach: (entries: string[], known?: ReadonlySet<string>) => { load: string[]; lazy: string[] };
  /** The scripts a page's HTML references. */
  pageScripts: (html: string) => PageScripts;
  /** Every built JS file under _astro/. */
  chunks: () => string[];
  /** Whether a file is (part of) Chart.js. */
  isChartJs: (file: string) => boolean;
}

export function scriptGraph(dir: string, base: string): ScriptGraph {
  const cache = new Map<string, string>();
  const read = (p: string) => {
    if (!cache.has(p)) cache.set(p, readFileSync(p, 'utf8'));
    return cache.get(p)!;
  };
  const fileOf = (url: string) => join(dir, decodeURIComponent(url.split(/[?#]/)[0]!).slice(base.length));
  const importsOf = (file: string) => {
    const src = read(file);
    const local = (s: string) => s.startsWith('.') || s.startsWith('/');
    const toFile = (s: string) => (s.startsWith('/') ? fileOf(s) : join(file, '..', s));
    // Minified output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`, `import(`./x.js`)`.
    const statics = [
      ...src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{},\s$]+from\s*)?["'`]([^"'`]+)["'`]/g),
      ...src.matchAll(/export\s*[\w*{},\s$]*from\s*["'`]([^"'`]+)["'`]/g),
    ]
      .map((m) => m[1]!)
      .filter(local);
    const dynamics = [...src.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!).filter(local);
    return { statics: statics.map(toFile).filter(existsSync), dynamics: dynamics.map(toFile).filter(existsSync) };
  };
  const reach = (entries: string[], known: ReadonlySet<string> = new Set()) => {
    const load = new Set<string>();
    const lazy = new Set<string>();
    const walk = (file: string, into: Set<string>) => {
      if (known.has(file) || load.has(file) || into.has(file)) return;
      into.add(file);
      const { statics, dynamics } = importsOf(file);
      for (const s of statics) walk(s, into);
      for (const d of dynamics) walk(d, lazy);
    };
    for (const e of entries.filter(existsSync)) walk(e, load);
    for (const f of load) lazy.delete(f);
    return { load: [...load], lazy: [...lazy] };
  };
  const pageScripts = (html: string): PageScripts => {
    const $ = cheerio.load(html);
    const scripts: string[] = [];
    const inline: string[] = [];
    $('script').each((_, el) => {
      const src = $(el).attr('src');
      if (src) scripts.push(fileOf(src));
      else inline.push($(el).text());
    });
    return { scripts, inline };
  };
  const chunks = () => {
    const assets = join(dir, '_astro');
    return existsSync(assets)
      ? readdirSync(assets)
          .filter((f) => f.endsWith('.js'))
          .map((f) => join(assets, f))
      : [];
  };
  // Chart.js keeps its "chartjs-" CSS class and event names through minification.
  const isChartJs = (file: string) => /chartjs|Chart\.js v\d/i.test(read(file));
  return { fileOf, read, importsOf, reach, pageScripts, chunks, isChartJs };
}
