/**
 * The site's public address, and what a build does while it has none. Until staff fill in
 * `site.url` in content/site.json the only address a build can print is the local preview server's,
 * which is dead for anyone else: a publication build refuses to start (scripts/build.ts with
 * PUBLISH=1, `npm run regenerate`, through the staff review's required items), and a local build
 * marks or avoids it wherever readers see it.
 */
import { absoluteUrl } from './absoluteUrl.ts';
import { withBase } from './url.ts';

/** Where `npm run preview` serves a local build; what a build without an address prints. */
export const localPreviewOrigin = 'http://localhost:4321/';

/** The visible note beside an address a local build had to print. */
export const localAddressNote = '本地预览地址，正式发布时替换为网站地址。';

export interface SiteAddress {
  /** The address absolute links are built on (Astro's `site`). */
  href: string;
  /** True when no public address is set: the build is a local preview and `href` is localhost. */
  local: boolean;
}

/** The address from site.json's `site.url`, unless SITE_URL overrides it; localhost while both are empty. */
export function siteAddress(configured: string, override?: string): SiteAddress {
  const href = override?.trim() || configured.trim();
  return href ? { href, local: false } : { href: localPreviewOrigin, local: true };
}

/**
 * An address for files meant to be used elsewhere (the downloads' 网址): absolute on the public
 * site; in a local build the path from the site's root, which is at least true wherever the site
 * is served, where localhost would be a dead address presented as real.
 */
export function publicUrl(address: SiteAddress, base: string, path: string): string {
  return address.local ? withBase(base, path) : absoluteUrl(address.href, base, path);
}

/** What the staff review and the publishing gate say while there is no address (src/review/areas/identity.ts). */
export const missingAddressWhat =
  `未填写网站地址：正式发布前须填入读者访问本网站的完整地址（以 https:// 开头，如 "https://网站域名/"），` +
  `否则引用本页、下载数据的“网址”列、订阅（RSS）、分享图片和站点地图里的网址都是无法打开的 ${localPreviewOrigin}`;

/**
 * Whether this build is a local preview, for the aids that exist only there (the staff review page
 * /review/, 待填写 in the footer): no public address (site.url or SITE_URL) and not a publication
 * build (PUBLISH=1, which refuses to start without the address anyway).
 */
export function isLocalPreview(address: SiteAddress, publish: boolean): boolean {
  return address.local && !publish;
}

/**
 * The address a reader is on for a link of the page (`href` as written, `page` the address in the
 * browser): their origin and the link's path, without query or fragment, for the citation they copy.
 */
export function servedAddress(href: string, page: string): string {
  const url = new URL(href, page);
  url.search = '';
  url.hash = '';
  return url.href;
}
