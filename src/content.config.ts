/**
 * Astro's collections, built from the one table of collections (src/schemas/collections.ts) that
 * the standalone content check reads too: each becomes a file() or glob() loader on CONTENT_DIR
 * with the table's schema.
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { stripBom } from './checks/jsonSyntax.ts';
import { contentDir } from './config/env.ts';
import { contentCollections, type CollectionSource, type SiteCollectionName } from './schemas/collections.ts';

const dir = contentDir();

/** How glob() turns a file into data; Astro hands glob() its table of these by extension. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): unknown;
}

/**
 * glob() reading a JSON file saved with a byte order mark (Windows Notepad writes one) as the content
 * check does: the mark is dropped (src/checks/jsonSyntax.ts), not reported as broken JSON. Astro gives
 * glob() its entry types in the loader's context without typing them; should that change, the
 * loader is used as it is, and the build stops on such a file with Astro's own message.
 */
function globWithoutBom(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: LoaderContext) => {
      const types = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const json = types?.get('.json');
      if (!types || !json) return inner.load(context);
      const entryTypes = new Map(types).set('.json', {
        ...json,
        getEntryInfo: (params) => json.getEntryInfo({ ...params, contents: stripBom(params.contents) }),
      });
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}

function loaderOf(source: CollectionSource): Loader {
  // Every file() collection is JSON (see collections.ts); the parser drops a byte order mark as the check does.
  return 'file' in source
    ? file(`${dir}/${source.file}`, { parser: (text) => JSON.parse(stripBom(text)) as Record<string, Record<string, unknown>> })
    : globWithoutBom({ base: `${dir}/${source.folder}`, pattern: source.pattern });
}

/** Spelled out so that CollectionEntry<'actions'> and the rest keep their schemas' types. */
type Collections = { [K in SiteCollectionName]: { loader: Loader; schema: (typeof contentCollections)[K]['schema'] } };

export const collections = Object.fromEntries(
  Object.entries(contentCollections)
    .filter(([, spec]) => !('checksOnly' in spec && spec.checksOnly))
    .map(([name, spec]) => [name, defineCollection({ loader: loaderOf(spec), schema: spec.schema })]),
) as Collections;
