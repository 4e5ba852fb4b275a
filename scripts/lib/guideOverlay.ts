/**
 * Puts the values of an overlay file into the guide files of a content copy: the demo's invented
 * district contacts, channels and 办理指引 (examples/guide/overlay.json, each marked sample) and the
 * test build's (tests/fixtures/guide/overlay.json, marked 【测试数据】). Never run on content/
 * itself. The overlay is `{ "<field>": { "<guide slug>": value } }` for the fields districtContact,
 * askAt and howTo; the content check then validates the result like any guide file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Content files may start with a byte order mark, as the content check allows.
import { stripBom } from '../../src/checks/jsonSyntax.ts';

/** The guide fields an overlay may set. */
export const overlayFields = ['districtContact', 'askAt', 'howTo'] as const;
type OverlayField = (typeof overlayFields)[number];

type Overlay = Partial<Record<OverlayField, Record<string, unknown>>>;

export interface OverlayOptions {
  /**
   * Keep staff's real values (the tests): set a field only where the guide file has none, and add
   * a list's items (askAt) after the real ones. Otherwise every field is replaced (the demo).
   */
  onlyMissing?: boolean;
}

/**
 * Sets each field of the overlay in the copy in `contentDir`; returns what it set, as
 * "field: slug, slug", and throws on an unknown field or slug.
 */
export function applyGuideOverlay(contentDir: string, overlayFile: string, options: OverlayOptions = {}): string[] {
  const overlay = JSON.parse(readFileSync(overlayFile, 'utf8')) as Overlay;
  const folder = join(contentDir, 'guide');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  const read = (f: string) => JSON.parse(stripBom(readFileSync(join(folder, f), 'utf8'))) as Record<string, unknown>;
  const bySlug = new Map(files.map((f) => [read(f)['slug'] as string, f]));
  const lines: string[] = [];
  for (const [field, values] of Object.entries(overlay)) {
    if (!(overlayFields as readonly string[]).includes(field)) {
      throw new Error(`${overlayFile}：${field} 不是可覆盖的字段，应为 ${overlayFields.join('、')} 之一（unknown overlay field）`);
    }
    const set: string[] = [];
    for (const [slug, value] of Object.entries(values ?? {})) {
      const file = bySlug.get(slug);
      if (!file) throw new Error(`${overlayFile}：${field}.${slug} 应为 content/guide/ 中某一节的 slug（unknown guide slug）`);
      const section = read(file);
      const had = section[field];
      if (options.onlyMissing && had !== undefined && !(Array.isArray(had) && Array.isArray(value))) continue;
      const next = options.onlyMissing && Array.isArray(had) && Array.isArray(value) ? [...(had as unknown[]), ...(value as unknown[])] : value;
      writeFileSync(join(folder, file), `${JSON.stringify({ ...section, [field]: next }, null, 2)}\n`);
      set.push(slug);
    }
    if (set.length > 0) lines.push(`${field}：${set.join('、')}`);
  }
  return lines;
}
