/**
 * Internal links must work under any base path (/ or /zt/liangxin/), so every page builds them
 * through this one function rather than writing "/actions/…" by hand.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const [pathname = '', hash] = path.split('#', 2) as [string, string | undefined];
  const p = pathname.replace(/^\/+/, '');
  // Directory URLs end in a slash (trailingSlash: 'always'); files such as data.csv do not.
  const needsSlash = p !== '' && !p.endsWith('/') && !/\.[a-z0-9]+$/i.test(p);
  const joined = `${b}${p}${needsSlash ? '/' : ''}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}
