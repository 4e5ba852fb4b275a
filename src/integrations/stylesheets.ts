/**
 * Fewer stylesheets per page. Astro links a page's CSS as one file per group of components (the
 * layout, figures, cards, notices, …): up to six requests, each compressed on its own, so every
 * small file pays gzip's overhead and cannot reuse the words of the others (0.3–0.9 KB gzip more
 * than the same CSS in one file). After the build, a page's files are joined, in the order the
 * page links them (so the cascade is the one Astro wrote), into one file named by a hash of its
 * content: pages that link the same set (every action page, every indicator page, …) share it, and
 * the deploy's year-long caching of /_astro/ stays right. Files in `shared` (see
 * src/integrations/finishPages.ts) stay apart, and the runs of files on either side of them
 * are joined separately. What no page links any more is removed.
 */
import { createHash } from 'node:crypto';

/** `<link rel="stylesheet" href="…">` exactly as Astro writes it; any other form is left alone. */
const linkPattern = /<link rel="stylesheet" href="([^"]+\.css)">/g;

/** The hrefs of the stylesheets a page links, in order. */
export function linkedStylesheets(html: string): string[] {
  return [...html.matchAll(linkPattern)].map((m) => m[1]!);
}

/** Every stylesheet a page refers to in any attribute (also the 关怀版 styles' `data-css`): files to keep. */
export function referencedStylesheets(html: string): string[] {
  return [...html.matchAll(/="([^"]+\.css)"/g)].map((m) => m[1]!);
}

/** The stylesheets every page that has any links: the site's shared CSS. */
export function sharedStylesheets(pages: readonly string[][]): Set<string> {
  const withCss = pages.filter((hrefs) => hrefs.length > 0);
  return new Set(withCss[0]?.filter((href) => withCss.every((hrefs) => hrefs.includes(href))) ?? []);
}

export interface JoinedPage {
  /** The page with each run of its own stylesheets linked as one file. */
  html: string;
  /** The files made for it: URL and content. */
  joined: { href: string; css: string }[];
}

/**
 * Joins each run of a page's own stylesheets (those not in `shared`) into one file. `read`
 * returns a stylesheet's text by its href; `assets` is the URL folder for the joined files (e.g.
 * `/zt/liangxin/_astro/`). Pure, for the tests.
 */
export function joinStylesheets(html: string, read: (href: string) => string, assets: string, shared: ReadonlySet<string>): JoinedPage {
  // Runs of consecutive own files, split by the shared ones.
  const runs: string[][] = [[]];
  for (const href of linkedStylesheets(html)) {
    if (shared.has(href)) runs.push([]);
    else runs.at(-1)!.push(href);
  }
  const joined: JoinedPage['joined'] = [];
  const replacement = new Map<string, string | null>();
  for (const run of runs.filter((r) => r.length > 1)) {
    const css = run.map((href) => read(href).trim()).join('\n');
    const href = `${assets}page.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
    joined.push({ href, css });
    run.forEach((h, i) => replacement.set(h, i === 0 ? href : null));
  }
  if (joined.length === 0) return { html, joined };
  const out = html.replace(linkPattern, (tag, href: string) => {
    const to = replacement.get(href);
    if (to === undefined) return tag;
    return to === null ? '' : `<link rel="stylesheet" href="${to}">`;
  });
  return { html: out, joined };
}
