/**
 * The search synonyms (content/search-synonyms.json) for pages: the build writes them next to the
 * search index (scripts/lib/searchIndex.ts), and the search page says it applies them. Read from
 * the file the content check has already validated; the file is optional.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripBom } from '../checks/jsonSyntax.ts';
import { contentDir } from '../config/env.ts';
import { contentCollections } from '../schemas/collections.ts';
import type { Synonym } from '../search/synonyms.ts';

let cached: Synonym[] | undefined;

export function loadSynonyms(): Synonym[] {
  if (cached) return cached;
  const path = join(contentDir(), contentCollections.synonyms.file);
  cached = existsSync(path) ? (JSON.parse(stripBom(readFileSync(path, 'utf8'))) as Synonym[]) : [];
  return cached;
}
