/** The 更新记录 (content/changelog.json), newest first as /about/ lists it. */
import { getCollection } from 'astro:content';
import type { ChangelogEntry } from '../schemas/changelog.ts';

let cached: Promise<ChangelogEntry[]> | undefined;

export function loadChangelog(): Promise<ChangelogEntry[]> {
  // Astro's store does not keep the file's order, so sort: by date, then by id (which starts with it).
  cached ??= getCollection('changelog').then((entries) =>
    entries.map((e) => e.data).sort((a, b) => (a.date === b.date ? b.id.localeCompare(a.id) : b.date.localeCompare(a.date))),
  );
  return cached;
}
