/**
 * Sharing and citing in the real builds: every page has its metadata and a preview image that
 * exists; citation blocks carry the page's URL under each base path; headings and table rows
 * have anchors; short indicator URLs point at their pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const siteOrigin = content.site!.url || 'http://localhost:4321';
const isShortUrl = (p: string) => /^i\/\d+\/$/.test(p);

describe.each(testBuilds)('at base $base', (build) => {
  requireBuild(build);
  const pages = allPages(build).filter((p) => !isShortUrl(p));
  const abs = (path: string) => new URL(`${build.base}${path}`, siteOrigin).href;

  it.each(pages)('/%s has title, description, canonical, Open Graph and Twitter card with a built preview image', (p) => {
    const $ = load(build, p);
    const meta = (sel: string) => $(`meta[${sel}]`).attr('content') ?? '';
    const title = $('title').text();
    expect(title).not.toBe('');
    expect(meta('name="description"')).not.toBe('');
    const canonical = $('link[rel="canonical"]').attr('href')!;
    if (p !== '404.html') expect(canonical).toBe(abs(p));
    expect(meta('property="og:title"')).toBe(title);
    expect(meta('property="og:description"')).toBe(meta('name="description"'));
    expect(meta('property="og:url"')).toBe(canonical);
    expect(meta('property="og:site_name"')).toBe(content.site!.title);
    expect(meta('name="twitter:card"')).toBe('summary_large_image');
    expect(meta('name="twitter:title"')).toBe(title);
    expect(meta('property="og:image:alt"')).not.toBe('');
    const image = meta('property="og:image"');
    expect(meta('name="twitter:image"')).toBe(image);
    const url = new URL(image);
    expect(url.origin).toBe(new URL(siteOrigin).origin);
    expect(url.pathname.startsWith(`${build.base}og/`)).toBe(true);
    const file = join(build.dir, url.pathname.slice(build.base.length));
    expect(existsSync(file), file).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('actions, measures and indicators each have their own preview image', () => {
    const image = (p: string) => load(build, p)('meta[property="og:image"]').attr('content');
    for (const a of content.actions) expect(image(`actions/${a.data.slug}/`)).toBe(abs(`og/actions/${a.data.slug}.png`));
    for (const m of content.measures) expect(image(`measures/${m.data.slug}/`)).toBe(abs(`og/measures/${m.data.slug}.png`));
    for (const i of content.indicators) expect(image(`indicators/${i.data.slug}/`)).toBe(abs(`og/indicators/${i.data.slug}.png`));
    expect(image('plan/')).toBe(abs('og/site.png'));
  });

  const cited = [
    ...content.actions.map((a) => ({ path: `actions/${a.data.slug}/`, title: a.data.title })),
    ...content.measures.map((m) => ({ path: `measures/${m.data.slug}/`, title: m.data.title })),
    ...content.indicators.map((i) => ({ path: `indicators/${i.data.slug}/`, title: `指标${i.data.number}：${i.data.name}` })),
  ];
  it.each(cited)('/$path has a 引用本页 block with its title, the plan status, its URL and a date', ({ path, title }) => {
    const $ = load(build, path);
    const block = $('section.citation');
    expect(block.find('h2').text()).toBe('引用本页');
    const text = block.find('textarea').text();
    expect(text).toContain(title);
    expect(text).toContain(content.site!.title);
    expect(text).toContain(`（${content.site!.document.status}`);
    expect(text).toContain(abs(path));
    // A local build (no site.url yet) prints localhost and says so where the reader sees it.
    expect(block.find('[data-local-note]').text()).toBe(content.site!.url ? '' : '网址为本地预览地址，正式发布时替换为网站地址。');
    expect(text).toMatch(/\(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]/);
    expect($('h1').text()).toContain(title);
    expect(block.find('dd[data-field="网址"] a').attr('href')).toBe(`${build.base}${path}`);
    expect(block.find('label').attr('for')).toBe(block.find('textarea').attr('id'));
  });

  it.each(pages)('/%s: every heading below h1 and every table row has an id, all unique', (p) => {
    const $ = load(build, p);
    const missing = $('main h2, main h3, main h4, main tbody tr')
      .filter((_, el) => !$(el).attr('id'))
      .map((_, el) => `${el.tagName}: ${$(el).text().trim().slice(0, 30)}`)
      .get();
    expect(missing).toEqual([]);
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('Markdown headings get ids from their Chinese text, the same in every build', () => {
    // Links such as /plan/explanation/#二起草过程 in articles depend on these staying put.
    const $ = load(build, 'plan/explanation/');
    expect(
      $('main h2, main h3')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(['一起草背景及依据', '二起草过程', '3-主要内容及需要说明的问题', '1-主要内容', '二需要说明的问题', '四提请区政府常务会研究事项']);
  });

  it.each(content.indicators.map((i) => i.data))('short URL /i/$number/ points at the indicator page', (ind) => {
    const $ = load(build, `i/${ind.number}/`);
    const target = `${build.base}indicators/${ind.slug}/`;
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    expect($('link[rel="canonical"]').attr('href')).toBe(abs(`indicators/${ind.slug}/`));
    expect($('a').attr('href')).toBe(target);
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('keeps short URLs out of the sitemap', () => {
    const sitemap = readFileSync(join(build.dir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(abs('indicators/'));
    expect(sitemap).not.toMatch(/\/i\/\d+\//);
  });
});
