/**
 * Astro integration: after the build, one pass over the built pages, each read and written once:
 * - its stylesheets joined into one file (src/integrations/stylesheets.ts says why);
 * - its CSP hashes limited to its own inline code (src/integrations/cspHashes.ts).
 * Runs inside `astro build`, so every build — tests, bench, deploy — gets it; `astro dev` keeps
 * Astro's files. One pass, not one per change: at ×100 each pass over 5 800 pages read and wrote
 * about 190 MB, some 8–11 s each on a loaded 2-core machine (docs/performance.md).
 *
 * `keepShared: true` keeps the file every page links (the site's own rules, 2.7 KB gzip) apart and
 * joins only a page's own files, on each side of it: a first page then costs 0.3–0.4 KB more, a
 * reader who goes on to pages of other kinds fetches much less (docs/performance.md, issue 26,
 * has both). One file per page is the default because the budget is on a page opened first.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from './cspHashes.ts';
import { joinStylesheets, linkedStylesheets, referencedStylesheets, sharedStylesheets } from './stylesheets.ts';

export default function finishPages({ keepShared = false }: { keepShared?: boolean } = {}): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'finish-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const fileOf = (href: string) => join(root, href.startsWith(base) ? href.slice(base.length) : href);
        const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.html'))
          .map((name) => join(root, name));
        // One page in memory at a time (a ×100 site has thousands), and each stylesheet read once.
        const read = (file: string) => readFileSync(file, 'utf8');
        const css = new Map<string, string>();
        const cssOf = (href: string) => {
          const file = fileOf(href);
          if (!css.has(file)) css.set(file, read(file));
          return css.get(file)!;
        };
        const shared = keepShared ? sharedStylesheets(pages.map((file) => linkedStylesheets(read(file)))) : new Set<string>();
        const linked = new Set<string>();
        for (const file of pages) {
          const built = read(file);
          const page = joinStylesheets(built, cssOf, `${base}${assets}/`, shared);
          for (const { href, css: joined } of page.joined) writeFileSync(fileOf(href), joined);
          const html = pruneCspHashes(page.html);
          if (html !== built) writeFileSync(file, html);
          for (const href of referencedStylesheets(html)) linked.add(fileOf(href));
        }
        // Astro's files that no page refers to any more.
        const folder = join(root, assets);
        for (const name of readdirSync(folder).filter((n) => n.endsWith('.css'))) {
          if (!linked.has(join(folder, name))) rmSync(join(folder, name));
        }
      },
    },
  };
}
