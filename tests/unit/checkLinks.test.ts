/** The link check finds broken links, assets, srcset candidates and sitemap entries in a built folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, srcsetUrls } from '../../scripts/lib/checkLinks.ts';

const dir = mkdtempSync(join(tmpdir(), 'liangxin-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

write('index.html', '<h1 id="top">x</h1>');
write('a.png', '');
write('files/plan.pdf', '');
write('sitemap-index.xml', '<sitemapindex><sitemap><loc>https://example.gov.cn/zt/sitemap-0.xml</loc></sitemap></sitemapindex>');
write('sitemap-0.xml', '<urlset><url><loc>https://example.gov.cn/zt/</loc></url><url><loc>https://example.gov.cn/zt/gone/</loc></url></urlset>');

describe('srcsetUrls', () => {
  it.each([
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['/x/a.png 480w,/x/b.png 800w', ['/x/a.png', '/x/b.png']],
    ['a.png', ['a.png']],
    ['', []],
  ])('%j → %j', (srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });
});

describe('checkLinks', () => {
  it.each([
    ['<a href="/zt/">home</a><a href="/zt/#top">top</a><img src="/zt/a.png" srcset="/zt/a.png 1x"><a href="/zt/files/plan.pdf" download>pdf</a>', []],
    ['<a href="/zt/missing/">x</a>', ['/zt/missing/ — 目标页面或文件不存在']],
    ['<a href="/zt/#nowhere">x</a>', ['/zt/#nowhere — 目标页面没有锚点 #nowhere']],
    ['<img src="/zt/a.png" srcset="/zt/a.png 1x, /zt/b.png 2x" alt="">', ['/zt/b.png — 目标页面或文件不存在']],
    ['<a href="/other/">x</a>', ['/other/ — 不在基础路径 /zt/ 之下']],
    ['<form action="/zt/search/"></form>', ['/zt/search/ — 目标页面或文件不存在']],
  ])('%s', (html, expected) => {
    write('page/index.html', html);
    const found = checkLinks(dir, '/zt/')
      .filter((l) => l.page !== 'sitemap-0.xml')
      .map((l) => `${l.href} — ${l.reason}`);
    expect(found).toEqual(expected);
  });

  it('reports sitemap entries that do not resolve', () => {
    expect(checkLinks(dir, '/zt/').filter((l) => l.page.startsWith('sitemap'))).toEqual([
      { page: 'sitemap-0.xml', href: 'https://example.gov.cn/zt/gone/', reason: '目标页面或文件不存在' },
    ]);
  });
});
