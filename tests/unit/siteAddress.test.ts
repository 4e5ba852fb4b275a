/** The site's address: public once site.url (or SITE_URL) is set, a marked local preview before; a citation names the address the reader is on. */
import { describe, expect, it } from 'vitest';
import { publishBuild } from '../../src/config/env.ts';
import { isLocalPreview, localPreviewOrigin, missingAddressWhat, publicUrl, servedAddress, siteAddress } from '../../src/site/siteAddress.ts';

describe('siteAddress', () => {
  it.each([
    ['', undefined, { href: localPreviewOrigin, local: true }],
    ['  ', '', { href: localPreviewOrigin, local: true }],
    ['https://www.example.gov.cn/zt/liangxin/', undefined, { href: 'https://www.example.gov.cn/zt/liangxin/', local: false }],
    // SITE_URL (a staging server) wins over site.json, and gives an address even while site.json has none.
    ['https://www.example.gov.cn/', 'https://staging.example.cn/', { href: 'https://staging.example.cn/', local: false }],
    ['', 'https://staging.example.cn/', { href: 'https://staging.example.cn/', local: false }],
  ])('site.url %j, SITE_URL %j → %o', (configured, override, expected) => expect(siteAddress(configured, override)).toEqual(expected));
});

describe('publicUrl (the downloads’ 网址)', () => {
  const published = siteAddress('https://www.example.gov.cn/');
  const local = siteAddress('');
  it.each([
    [published, '/', '/indicators/charging-piles/', 'https://www.example.gov.cn/indicators/charging-piles/'],
    [published, '/zt/liangxin/', '/data/dictionary/', 'https://www.example.gov.cn/zt/liangxin/data/dictionary/'],
    // A local build prints no host at all rather than a localhost that opens nowhere else.
    [local, '/', '/indicators/charging-piles/', '/indicators/charging-piles/'],
    [local, '/zt/liangxin/', '/data/dictionary/', '/zt/liangxin/data/dictionary/'],
  ])('%o + %s + %s → %s', (address, base, path, expected) => {
    expect(publicUrl(address, base, path)).toBe(expected);
    expect(publicUrl(address, base, path)).not.toContain('localhost');
  });
});

describe('servedAddress (the citation the reader copies)', () => {
  it.each([
    ['/indicators/charging-piles/', 'http://127.0.0.1:5173/indicators/charging-piles/', 'http://127.0.0.1:5173/indicators/charging-piles/'],
    // Query and fragment of the page the reader is on are noise in a citation.
    [
      '/zt/liangxin/i/7/',
      'https://www.example.gov.cn/zt/liangxin/indicators/charging-piles/?from=weixin#revisions',
      'https://www.example.gov.cn/zt/liangxin/i/7/',
    ],
    ['/indicators/charging-piles/#progress', 'https://mirror.example.cn/', 'https://mirror.example.cn/indicators/charging-piles/'],
    // An absolute link stays what it says.
    ['https://www.example.gov.cn/plan/', 'http://127.0.0.1:4321/', 'https://www.example.gov.cn/plan/'],
  ])('%s read at %s → %s', (href, page, expected) => expect(servedAddress(href, page)).toBe(expected));
});

describe('publication builds', () => {
  it.each([
    [{ PUBLISH: '1' }, true],
    [{ PUBLISH: '0' }, false],
    [{}, false],
  ])('%o → publish %s', (env, expected) => expect(publishBuild(env)).toBe(expected));

  it('the review and the gate say what to fill in and why', () => {
    expect(missingAddressWhat).toMatch(/^未填写网站地址/);
    expect(missingAddressWhat).toContain('https://');
    expect(missingAddressWhat).toContain(localPreviewOrigin);
  });

  it.each([
    ['', undefined, false, true],
    ['', undefined, true, false],
    ['https://www.example.gov.cn/', undefined, false, false],
    ['', 'https://staging.example.cn/', false, false],
  ])('site.url %j, SITE_URL %j, PUBLISH %s → local preview %s', (configured, override, publish, expected) =>
    expect(isLocalPreview(siteAddress(configured, override), publish)).toBe(expected),
  );
});
