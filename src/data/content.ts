/**
 * The one place pages get content from. Loads every collection once and returns plain, sorted data
 * joined the way pages need it (src/data/join.ts). The whole content check, cross-file checks
 * included, has run before Astro renders anything (src/integrations/contentCheck.ts).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { joinContent } from './join.ts';

/** Astro's MDX renderer, passed on so pages need nothing from astro:content themselves. */
export { render } from 'astro:content';

export type ActionEntry = CollectionEntry<'actions'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type DepartmentEntry = CollectionEntry<'departments'>;
export type PlanEntry = CollectionEntry<'plan'>;

async function load() {
  const [siteEntries, departments, plan, actions, measures, indicators, notes, readings, discrepancies] = await Promise.all([
    getCollection('site'),
    getCollection('departments'),
    getCollection('plan'),
    getCollection('actions'),
    getCollection('measures'),
    getCollection('indicators'),
    getCollection('notes'),
    getCollection('readings'),
    getCollection('discrepancies'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('content/site.json：缺少 "site" 设置（site settings missing）');
  return {
    site,
    notes,
    readings: readings.map((r) => r.data),
    discrepancies: discrepancies.map((d) => d.data),
    ...joinContent({ departments, plan, actions, measures, indicators }),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadContent() {
  cached ??= load();
  return cached;
}

export type Content = Awaited<ReturnType<typeof load>>;
