/**
 * Loads Pagefind (its script, WebAssembly and index) on demand, once per page. The bundle exists
 * only in a built site (scripts/build.ts writes it to <base>pagefind/), so the import is resolved
 * at run time, not by Vite.
 */
import type { Synonym } from '../search/synonyms.ts';

export interface PagefindSubResult {
  title: string;
  /** The page's URL with the section's anchor (#…); the page's own top has none. */
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  sub_results?: PagefindSubResult[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
/** Pagefind's filters: a value, any of several, or (`not`) pages that do not match the filters inside. */
export interface SearchFilters {
  [name: string]: string | { any: string[] } | SearchFilters | undefined;
  not?: SearchFilters;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: SearchFilters }) => Promise<PagefindSearch | null>;
  preload: (q: string) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchEngine {
  pagefind: Pagefind;
  /** Traditional → simplified characters for the characters the site uses (built with the index). */
  variants: Record<string, string>;
  /** Everyday words → the site's words (content/search-synonyms.json, written with the index). */
  synonyms: Synonym[];
}

let loading: Promise<SearchEngine> | undefined;

export function searchUrl(file: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/${file}`;
}

export function loadSearch(): Promise<SearchEngine> {
  loading ??= (async () => {
    const json = <T>(file: string, none: T): Promise<T> =>
      fetch(searchUrl(file))
        .then((r) => (r.ok ? (r.json() as Promise<T>) : none))
        .catch(() => none);
    const [pagefind, variants, synonyms] = await Promise.all([
      import(/* @vite-ignore */ searchUrl('pagefind.js')) as Promise<Pagefind>,
      json<Record<string, string>>('variants.json', {}),
      json<Synonym[]>('synonyms.json', []),
    ]);
    await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 40 });
    await pagefind.init();
    return { pagefind, variants, synonyms };
  })();
  // A failed load (dev server, network) may be retried on the next interaction.
  loading.catch(() => (loading = undefined));
  return loading;
}
