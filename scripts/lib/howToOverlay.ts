/**
 * Puts the 办理指引 of an overlay file into the guide files of a content copy: the demo's invented
 * steps (examples/guide/, marked sample) and the test build's (tests/fixtures/guide/). Never run on
 * content/ itself. The overlay is `{ "howTo": { "<guide slug>": { steps, materials, channels } } }`;
 * the content check then validates the result like any guide file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Content files may start with a byte order mark, as the content check allows.
import { stripBom } from '../../src/checks/jsonSyntax.ts';

interface Overlay {
  howTo: Record<string, unknown>;
}

/** Adds each topic's howTo to the copy in `contentDir`; returns the slugs it changed, and throws on an unknown slug. */
export function applyHowToOverlay(contentDir: string, overlayFile: string): string[] {
  const overlay = JSON.parse(readFileSync(overlayFile, 'utf8')) as Overlay;
  const folder = join(contentDir, 'guide');
  const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
  const bySlug = new Map(files.map((f) => [(JSON.parse(stripBom(readFileSync(join(folder, f), 'utf8'))) as { slug: string }).slug, f]));
  return Object.entries(overlay.howTo).map(([slug, howTo]) => {
    const file = bySlug.get(slug);
    if (!file) throw new Error(`${overlayFile}：howTo.${slug} 应为 content/guide/ 中某一节的 slug（unknown guide slug）`);
    const path = join(folder, file);
    const section = JSON.parse(stripBom(readFileSync(path, 'utf8'))) as Record<string, unknown>;
    writeFileSync(path, `${JSON.stringify({ ...section, howTo }, null, 2)}\n`);
    return slug;
  });
}

/** True when a content folder's guide already has steps of its own (then tests use those, not fixtures). */
export function guideHasHowTo(contentDir: string): boolean {
  const folder = join(contentDir, 'guide');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .some((f) => 'howTo' in (JSON.parse(stripBom(readFileSync(join(folder, f), 'utf8'))) as object));
}
