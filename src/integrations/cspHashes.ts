/**
 * Astro's `security.csp` writes the same `<meta>` policy into every page, listing a hash for every
 * inline script and style of the whole site plus its island runtime and client directives, which
 * this site never uses. Each hash is ~50 incompressible bytes on every page. This keeps, per page,
 * only the hashes of the inline `<script>`s and `<style>`s that page actually has: the policy gets
 * stricter and the page smaller.
 */
import { createHash } from 'node:crypto';

const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes (as CSP sources) of the inline contents of `<tag>` elements without a src. */
export function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi');
  for (const m of html.matchAll(re)) {
    if (/\ssrc\s*=/i.test(m[1] ?? '')) continue;
    if (m[2]) out.add(digest(m[2]));
  }
  return out;
}

/**
 * The page's CSP `<meta>` with script-src and style-src hashes limited to the page's own inline
 * code; a script-src or style-src left with exactly default-src's sources goes, as the browser
 * then falls back to default-src: as strict, and shorter on every page.
 */
export function pruneCspHashes(html: string): string {
  const keep = { 'script-src': inlineHashes(html, 'script'), 'style-src': inlineHashes(html, 'style') };
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
    const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/));
    const defaults = directives
      .find(([name]) => name?.toLowerCase() === 'default-src')
      ?.slice(1)
      .join(' ');
    const pruned = policy
      .split(';')
      .map((directive, i) => {
        const [name = '', ...sources] = directives[i]!;
        const allowed = keep[name.toLowerCase() as keyof typeof keep];
        if (!allowed) return directive;
        const left = sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || allowed.has(s));
        return defaults !== undefined && left.join(' ') === defaults ? null : [name, ...left].join(' ');
      })
      .filter((directive) => directive !== null)
      .join(';');
    return open + pruned + close;
  });
}
