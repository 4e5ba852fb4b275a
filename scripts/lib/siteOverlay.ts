/**
 * Puts the demo's invented identity and contacts (examples/site.json, `sample: true`) into the
 * site.json of a content copy: each field the overlay names replaces the copy's; the plan's document
 * fields and the rest stay. Never run on content/ itself; the content check refuses the result
 * outside the demo build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBom } from '../../src/checks/jsonSyntax.ts';

/** Applies `overlayFile` to `contentDir`/site.json; returns the fields it set. */
export function applySiteOverlay(contentDir: string, overlayFile: string): string[] {
  const overlay = JSON.parse(readFileSync(overlayFile, 'utf8')) as { site?: Record<string, unknown> };
  if (!overlay.site || typeof overlay.site !== 'object') throw new Error(`${overlayFile}：应有 "site" 对象（the overlay has no site object）`);
  const path = join(contentDir, 'site.json');
  const json = JSON.parse(stripBom(readFileSync(path, 'utf8'))) as { site: Record<string, unknown> };
  json.site = { ...json.site, ...overlay.site };
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return Object.keys(overlay.site);
}
