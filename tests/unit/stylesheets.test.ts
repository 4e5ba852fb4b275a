/** Joining a page's stylesheets (src/integrations/stylesheets.ts): which files stay, which are joined, in what order. */
import { describe, expect, it } from 'vitest';
import { joinStylesheets, linkedStylesheets, referencedStylesheets, sharedStylesheets } from '../../src/integrations/stylesheets.ts';

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (...hrefs: string[]) => `<html><head><meta charset="utf-8">${hrefs.map(link).join('')}<script>x</script></head><body></body></html>`;
const css: Record<string, string> = {
  '/a/figures.css': '.f{a:1}\n',
  '/a/cards.css': '.c{b:2}',
  '/a/base.css': 'body{c:3}',
  '/a/notices.css': '.n{d:4}',
  '/a/index.css': '.i{e:5}',
};
const read = (href: string) => css[href]!;
const shared = new Set(['/a/base.css']);

describe('sharedStylesheets', () => {
  it('is what every page with CSS links, pages without CSS aside', () => {
    expect([...sharedStylesheets([['/a/base.css', '/a/cards.css'], ['/a/figures.css', '/a/base.css'], []])]).toEqual(['/a/base.css']);
    expect([...sharedStylesheets([])]).toEqual([]);
  });
});

describe('referencedStylesheets', () => {
  it('finds a stylesheet named in any attribute (the 关怀版 styles in the head script’s data-css), not only linked ones', () => {
    const html = `<script src="/elder-mode.js" data-css="/a/elder.css"></script>${link('/a/base.css')}<a href="/a/page/">x</a>`;
    expect(referencedStylesheets(html)).toEqual(['/a/elder.css', '/a/base.css']);
    expect(linkedStylesheets(html)).toEqual(['/a/base.css']);
  });
});

describe('joinStylesheets', () => {
  it('joins each run of a page’s own files on either side of the shared one, keeping the order', () => {
    const { html, joined } = joinStylesheets(page('/a/figures.css', '/a/cards.css', '/a/base.css', '/a/notices.css', '/a/index.css'), read, '/a/', shared);
    expect(joined.map((j) => j.css)).toEqual(['.f{a:1}\n.c{b:2}', '.n{d:4}\n.i{e:5}']);
    expect(linkedStylesheets(html)).toEqual([joined[0]!.href, '/a/base.css', joined[1]!.href]);
    for (const { href } of joined) expect(href).toMatch(/^\/a\/page\.[\w-]{10}\.css$/);
    // Everything else in the page is as it was.
    expect(html.replace(/<link[^>]*>/g, '')).toBe(page().replace(/<link[^>]*>/g, ''));
  });

  it('names a joined file by its content, so pages linking the same files share it', () => {
    const one = joinStylesheets(page('/a/base.css', '/a/notices.css', '/a/index.css'), read, '/a/', shared);
    const two = joinStylesheets(page('/a/base.css', '/a/notices.css', '/a/index.css'), read, '/a/', shared);
    const other = joinStylesheets(page('/a/base.css', '/a/index.css', '/a/notices.css'), read, '/a/', shared);
    expect(one.joined[0]!.href).toBe(two.joined[0]!.href);
    expect(other.joined[0]!.href).not.toBe(one.joined[0]!.href);
  });

  it('leaves a page alone when no run has two files', () => {
    for (const hrefs of [[], ['/a/base.css'], ['/a/figures.css', '/a/base.css', '/a/index.css']]) {
      const html = page(...hrefs);
      expect(joinStylesheets(html, read, '/a/', shared)).toEqual({ html, joined: [] });
    }
  });

  it('leaves links in any other form alone', () => {
    const html = '<link rel="stylesheet" href="/a/cards.css" media="print"><link rel="stylesheet" href="/a/notices.css">';
    expect(joinStylesheets(html, read, '/a/', shared).joined).toEqual([]);
  });
});
