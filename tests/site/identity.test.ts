/**
 * The district's identity on every page of both builds (issue 23): the footer's identity block as
 * government sites show it, the 无障碍声明's contact, 待填写 only in local previews, the staff review
 * /review/ only in local previews and never in sitemap.xml or the search index, and the HTML
 * 网站地图 listing every page sitemap.xml lists. What each build should show is read from the
 * build's own site.json (the root copy as content/ has it, the portal copy filled with test values;
 * in the staff-state check both are filled and published).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, compact, load, requireBuild } from '../helpers/site.ts';
import { pagesToCheck, sitemapPages } from '../helpers/sitemap.ts';
import { siteAddress } from '../../src/site/siteAddress.ts';
import { placeholderNote } from '../../src/pageModels/footerIdentity.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';

/** The URLs Pagefind indexed: each fragment is gzip with a signature before its JSON. */
function indexedUrls(dir: string): string[] {
  const folder = join(dir, 'pagefind/fragment');
  return readdirSync(folder).map((f) => {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

/** Text as staff wrote it: a phone number is printed with hyphens and spaces that do not break. */
const asWritten = (text: string) => text.replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');

describe.each(testBuilds)('$name build', (build) => {
  requireBuild(build);
  const site = (JSON.parse(readFileSync(join(build.content, 'site.json'), 'utf8')) as { site: SiteSettings }).site;
  // The suite's builds never set SITE_URL; a published build (PUBLISH=1) has site.url, or it would not have been built.
  const preview = siteAddress(site.url).local;
  const footer = (page: string) => load(build, page)('footer.site-footer');
  /** label → the text of its value in the footer of `page`. */
  const footerFields = (page: string) => {
    const $ = load(build, page);
    return Object.fromEntries(
      $('footer.site-footer dl div')
        .toArray()
        .map((d) => [compact($(d).find('dt').text()), compact(asWritten($(d).find('dd').text()))]),
    );
  };

  const shown = [
    ['主办单位', site.sponsor, true],
    ['承办单位', site.organizer, false],
    ['网站标识码', site.siteCode, true],
    ['ICP备案号', site.icp.number, true],
    ['公安机关备案号', site.publicSecurity.number, false],
    ['联系电话', site.contact.phone, true],
    ['办公时间', site.contact.hours, false],
    ['联系地址', site.contact.address, true],
  ] as const;

  it.each(shown)('the footer shows %s as site.json has it (待填写 in a preview while publishing waits for it)', (label, value, required) => {
    const fields = footerFields('');
    if (value) expect(fields[label]).toBe(compact(value) + (site.sample ? '示例数据' : ''));
    else if (preview && required) expect(fields[label]).toBe('待填写');
    else expect(fields[label]).toBeUndefined();
  });

  it('every page has the same footer, with the 网站地图 linking the HTML site map', () => {
    const home = footer('').html();
    for (const page of pagesToCheck(build)) expect(footer(page).html(), page).toBe(home);
    expect(footer('').find('a:contains("网站地图")').attr('href')).toBe(`${build.base}sitemap/`);
  });

  it('the phone is a tel: link and the registrations link where site.json says', () => {
    const $footer = footer('');
    if (site.contact.phone) {
      const tel = $footer.find('a[href^="tel:"]');
      expect(asWritten(tel.text())).toBe(site.contact.phone);
      expect(tel.attr('href')).toBe(`tel:${site.contact.phone.replace(/\D/g, '')}`);
    } else expect($footer.find('a[href^="tel:"]').length).toBe(0);
    for (const reg of [site.icp, site.publicSecurity]) {
      if (reg.number && reg.url) expect($footer.find(`a[href="${reg.url}"]`).text()).toBe(reg.number);
    }
  });

  it('待填写 appears only in a local preview, only in place of what publishing waits for', () => {
    const pages = allPages(build);
    const withPlaceholder = pages.filter((p) => load(build, p)('body').text().includes('待填写'));
    if (!preview) {
      expect(withPlaceholder).toEqual([]);
      return;
    }
    const missing = shown.filter(([, value, required]) => required && !value).length;
    expect(footer('').find('.placeholder').length).toBe(missing);
    // One line says where they are filled in, and that the public site never shows them.
    expect(footer('').text().includes(placeholderNote)).toBe(missing > 0);
    // Every page with the footer (the short addresses /i/<n>/ only redirect) says it, or none does.
    if (missing > 0) expect(withPlaceholder).toEqual(pages.filter((p) => footer(p).length > 0));
    else expect(withPlaceholder.filter((p) => footer(p).text().includes('待填写'))).toEqual([]);
  });

  it('the 无障碍声明 names the accessibility contact, not a footer contact', () => {
    const about = load(build, 'about/');
    const text = compact(about('main').text());
    expect(text).not.toContain('通过页面底部的联系方式');
    const contact = about('#accessibility-contact');
    const c = site.accessibilityContact;
    const value = (label: string) => compact(contact.find(`dt:contains("${label}") + dd`).text());
    if (c.phone) expect(asWritten(contact.find('a[href^="tel:"]').text())).toBe(c.phone);
    else if (preview) expect(value('电话')).toBe('待填写');
    if (c.address) expect(value('地址')).toBe(compact(c.address) + (site.sample ? '示例数据' : ''));
    else if (preview) expect(value('地址')).toBe('待填写');
    if (!c.phone && !c.address && !c.office && !c.email && !preview) expect(contact.length).toBe(0);
  });

  it('/review/ exists only in a local preview, asks robots not to index it, and lists the staff review', () => {
    const file = join(build.dir, 'review/index.html');
    expect(existsSync(file)).toBe(preview);
    if (!preview) return;
    const $ = load(build, 'review/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('h1').text()).toBe('工作人员审核清单');
    const text = compact($('main').text());
    expect(text).toContain('网站标识与联系方式');
    expect(text).toContain('文件内容（请起草单位在印发前确定）');
    if (!site.sponsor) expect(text).toContain('site.sponsor（主办单位）');
  });

  it('/review/ is in neither sitemap.xml nor the search index; the HTML site map is not indexed either', () => {
    expect(sitemapPages(build)).not.toContain('review/');
    const indexed = indexedUrls(build.dir);
    expect(indexed).toContain('/about/');
    expect(indexed.filter((u) => u.startsWith('/review/') || u.startsWith('/sitemap/'))).toEqual([]);
  });

  it('the HTML site map links every page sitemap.xml lists, and nothing else', () => {
    const $ = load(build, 'sitemap/');
    const linked = new Set(
      $('main section a[href]')
        .toArray()
        .map((a) => $(a).attr('href')!)
        .filter((href) => href.startsWith(build.base))
        .map((href) => decodeURIComponent(href.slice(build.base.length))),
    );
    expect([...linked].sort()).toEqual([...new Set(sitemapPages(build))].sort());
  });
});
