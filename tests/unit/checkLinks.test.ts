/** The link check finds broken links, assets, srcset candidates and sitemap entries in a built folder. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, scanPage, srcsetUrls } from '../../scripts/lib/checkLinks.ts';

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

describe('scanPage', () => {
  it.each([
    [
      'links, assets and downloads',
      '<link rel="stylesheet" href="/a.css"><script src="/s.js"></script><a href="/x/">x</a><area href="/m/"><form action="/f/"></form>',
      ['/a.css', '/s.js', '/x/', '/m/', '/f/'],
    ],
    [
      'media',
      '<img src="/i.png" srcset="/i.png 1x, /j.png 2x"><video src="/v.mp4" poster="/p.png"><source src="/v.webm"><track src="/t.vtt"></video><audio src="/a.ogg"></audio><iframe src="/if/"></iframe><embed src="/e.svg"><object data="/o.svg"></object>',
      ['/i.png', '/i.png', '/j.png', '/v.mp4', '/p.png', '/v.webm', '/t.vtt', '/a.ogg', '/if/', '/e.svg', '/o.svg'],
    ],
    ['entities decoded, any letter case', '<A HREF="/q/?a=1&amp;b=2">x</A>', ['/q/?a=1&b=2']],
    ['attributes that are not links', '<div href="/no/"></div><a>no href</a><img alt="x">', []],
  ])('finds %s', (_, html, refs) => expect(scanPage(html).refs).toEqual(refs));
  it('finds ids and the names of <a>', () => {
    expect([...scanPage('<h2 id="one">1</h2><a name="two"></a><div name="not-an-anchor"></div><p ID="three"></p>').ids]).toEqual(['one', 'two', 'three']);
  });
});

describe('checkLinks', () => {
  it.each([
    ['<a href="/zt/">home</a><a href="/zt/#top">top</a><img src="/zt/a.png" srcset="/zt/a.png 1x"><a href="/zt/files/plan.pdf" download>pdf</a>', []],
    ['<a href="/zt/missing/">x</a>', ['/zt/missing/ — 目标页面或文件不存在']],
    ['<a href="/zt/#nowhere">x</a>', ['/zt/#nowhere — 目标页面没有锚点 #nowhere']],
    ['<a href="/zt/#top:~:text=%E4%BA%8C%2D1,%E5%B9%B4">x</a>', []],
    ['<a href="/zt/#:~:text=x">x</a>', []],
    ['<a href="/zt/#nowhere:~:text=x">x</a>', ['/zt/#nowhere:~:text=x — 目标页面没有锚点 #nowhere']],
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
