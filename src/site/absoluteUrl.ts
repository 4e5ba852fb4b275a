import { withBase } from './url.ts';

/**
 * The full public address of a site path, for citations, canonical links and previews.
 * `site` is the configured public address (it may itself end in the base path, which is fine:
 * the base-prefixed path is absolute, so only the origin of `site` is used).
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
