/**
 * Text made safe to write inside XML or HTML, in element content and in attribute values alike:
 * the SVG pictures (src/images) and the search index's extra tags (src/search/hints.ts) use it.
 * `&apos;` rather than `&#39;`: both XML and HTML5 know it.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
