// @ts-check
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/contentCheck.ts';
import finishPages from './src/integrations/finishPages.ts';
import plainDynamicImport from './src/integrations/plainDynamicImport.ts';
import { siteAddress } from './src/site/siteAddress.ts';
import { astroCacheDir, astroOutDir, contentDir as contentDirOf, prerenderWorkers, siteBase, siteUrlOverride } from './src/config/env.ts';

/** Base path the site is served under, e.g. /zt/liangxin/ inside the district portal. */
const base = siteBase();
const contentDir = contentDirOf();

/**
 * The public address comes from the site settings (content/site.json), or SITE_URL. Until staff
 * fill it in, the build is a local preview on localhost (src/site/siteAddress.ts says what that
 * means for the pages; scripts/build.ts refuses to publish it).
 */
function siteUrl() {
  let configured = '';
  try {
    const { site } = JSON.parse(readFileSync(new URL(`${contentDir}/site.json`, `file://${process.cwd()}/`), 'utf8'));
    if (typeof site?.url === 'string') configured = site.url;
  } catch {
    // The content check reports a missing or broken site.json with its file and field.
  }
  return siteAddress(configured, siteUrlOverride()).href;
}

export default defineConfig({
  site: siteUrl(),
  base,
  trailingSlash: 'always',
  outDir: astroOutDir(),
  // One cache per build when scripts/build.ts sets it (see astroCacheDir); Astro's default otherwise.
  ...(astroCacheDir() ? { cacheDir: astroCacheDir() } : {}),
  // CSS as files, never inline <style>: cached across pages, and no style hashes in the CSP (a
  // stricter header CSP with style-src 'self' alone also works). finishPages() then joins each
  // page's files into one (src/integrations/stylesheets.ts).
  // concurrency: pages are rendered on one thread, but the pictures (src/images/renderPng.ts) are drawn
  // on libuv's thread pool; with two pages in flight one picture is drawn while the next page
  // renders, which uses the second core of a 2-core machine.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  ...(prerenderWorkers() > 0 ? { experimental: { parallelPrerender: { workers: prerenderWorkers() } } } : {}),
  // Pages must not load anything from another origin, prefetch included.
  prefetch: false,
  devToolbar: { enabled: false },
  // The plan has no code; Shiki's highlighting would only add inline styles the CSP forbids (and a
  // warning in every build log saying so).
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks each MDX entry with the directive "use astro:head-inject", which Rolldown warns
        // about once per file in a box of eight lines (withastro/astro#18087; harmless): eighteen
        // boxes in every build log, 1 400 at ×100, hiding the messages staff need to read.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  // contentCheck: the content check in `astro dev` and `astro build` (src/integrations/contentCheck.ts).
  // The short addresses /i/<n>/ only point at indicator pages, and the staff review /review/ (local
  // previews only) is not a public page; keep both out of the sitemap.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !/\/i\/\d+\/$/.test(page) && new URL(page).pathname !== `${base}review/` }),
    plainDynamicImport(),
    finishPages(),
  ],
  // A strict Content-Security-Policy as a <meta> on every page: Astro hashes its own scripts and
  // styles, so no 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind's search run its WebAssembly.
  // frame-ancestors cannot be set by <meta>; deploy/ sends it (and the rest) as HTTP headers.
  // Fonts and connections fall back to default-src 'self' (no font-src or connect-src of their own:
  // as strict, and shorter on every page); src/integrations/cspHashes.ts drops style-src when, with
  // no inline style on the page, it would only repeat default-src.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
