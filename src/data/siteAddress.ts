/** The site's address for this build (see src/site/siteAddress.ts), as astro.config.mjs decided it. */
import { siteUrlOverride } from '../config/env';
import { siteAddress, type SiteAddress } from '../site/siteAddress';
import { loadContent } from './content';

export async function loadSiteAddress(): Promise<SiteAddress> {
  const { site } = await loadContent();
  return siteAddress(site.url, siteUrlOverride());
}
