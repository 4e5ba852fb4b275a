/** The 更新记录 (content/changelog.json), newest first as /about/ lists it; the file is oldest first. */
import { getCollection } from 'astro:content';
import type { ChangelogEntry } from '../schemas/changelog.ts';

let cached: Promise<ChangelogEntry[]> | undefined;

export function loadChangelog(): Promise<ChangelogEntry[]> {
  // The check holds the file in date order; reversing keeps same-day entries newest first too.
  cached ??= getCollection('changelog').then((entries) => entries.map((e) => e.data).reverse());
  return cached;
}
