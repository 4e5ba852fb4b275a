/** The site's address for this build (see src/site/siteAddress.ts), as astro.config.mjs decided it. */
import { publishBuild, siteUrlOverride } from '../config/env';
import { isLocalPreview, siteAddress, type SiteAddress } from '../site/siteAddress';
import { loadContent } from './content';

export async function loadSiteAddress(): Promise<SiteAddress> {
  const { site } = await loadContent();
  return siteAddress(site.url, siteUrlOverride());
}

/** Whether this build is a local preview (the /review/ page and the footer's 待填写 exist only there). */
export async function loadIsPreview(): Promise<boolean> {
  return isLocalPreview(await loadSiteAddress(), publishBuild());
}
