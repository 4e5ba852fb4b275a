/**
 * Astro's collections, built from the one table of collections (src/schemas/collections.ts) that
 * the standalone content check reads too: each becomes a file() or glob() loader on CONTENT_DIR
 * with the table's schema.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { contentDir } from './config/env.ts';
import { contentCollections, type CollectionSource, type SiteCollectionName } from './schemas/collections.ts';

const dir = contentDir();

function loaderOf(source: CollectionSource): Loader {
  return 'file' in source ? file(`${dir}/${source.file}`) : glob({ base: `${dir}/${source.folder}`, pattern: source.pattern });
}

/** Spelled out so that CollectionEntry<'actions'> and the rest keep their schemas' types. */
type Collections = { [K in SiteCollectionName]: { loader: Loader; schema: (typeof contentCollections)[K]['schema'] } };

export const collections = Object.fromEntries(
  Object.entries(contentCollections)
    .filter(([, spec]) => !('checksOnly' in spec && spec.checksOnly))
    .map(([name, spec]) => [name, defineCollection({ loader: loaderOf(spec), schema: spec.schema })]),
) as Collections;
