/**
 * Where content lives. CONTENT_DIR lets the demo build (examples/) and the bad-input tests
 * point the same code at another folder; staff never need it.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
