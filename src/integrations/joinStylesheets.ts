/**
 * Astro integration: after the build, each page links one stylesheet instead of one per group of
 * components (src/integrations/stylesheets.ts says why). Runs inside `astro build`, so every build
 * — tests, bench, deploy — gets it; `astro dev` keeps Astro's files.
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
import { joinStylesheets, linkedStylesheets, referencedStylesheets, sharedStylesheets } from './stylesheets.ts';

export default function joinStylesheetsIntegration({ keepShared = false }: { keepShared?: boolean } = {}): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'joined-stylesheets',
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
          const page = joinStylesheets(read(file), cssOf, `${base}${assets}/`, shared);
          for (const { href, css: joined } of page.joined) writeFileSync(fileOf(href), joined);
          if (page.joined.length > 0) writeFileSync(file, page.html);
          for (const href of referencedStylesheets(page.html)) linked.add(fileOf(href));
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
