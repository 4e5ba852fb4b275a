/**
 * Memory settings for the build's processes, so a site many times the size of today's builds in
 * under 1 GiB (measured at ×100 by `npm run bench`; see docs/performance.md). Each setting can be
 * overridden from the environment.
 */
import { buildMemorySettings } from '../../src/config/env.ts';

/**
 * Native allocators of the bundler, the picture renderer and the search indexer. They keep freed
 * memory for reuse, so memory used once can stay resident for the rest of the process:
 * - Rolldown (Vite's bundler, inside the Astro process) uses mimalloc: bundling 1 400 MDX
 *   modules left about 500 MiB resident while Astro went on to render every page. Only a purge
 *   delay of 0 returns it: with 100 ms the ×100 build peaked at 1.15 GiB instead of 0.97 (idle
 *   threads never purge). The price is paid by resvg (also mimalloc), which then gives back and
 *   faults in its memory for every picture: about 5 ms of system time per picture (15.6 against
 *   10.8 ms CPU), which only a first build, drawing every picture, pays.
 * - Pagefind's indexer uses jemalloc (its variable is prefixed _RJEM_ in Pagefind's build):
 *   returning freed pages at once lowered its peak at ×100 from 1.35 to 1.04 GiB. Without its
 *   per-thread caches (tcache:false) it peaks 30–80 MiB lower again, but on an idle machine it then
 *   took twice as long (×100: 56–58 s against 26–39 s), so the caches stay (docs/performance.md).
 *   Its peak is its own data: while writing the index it holds every page's words twice (Pagefind
 *   1.6 copies the pages it has read to group them by language).
 */
export const allocatorEnv: Record<string, string> = {
  MIMALLOC_PURGE_DELAY: '0',
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
};

/**
 * Old-generation heap limit for the Astro build, in MiB. Without one V8 sizes the heap from the
 * machine's memory and let it grow to 650 MiB at ×100 (garbage it had not yet collected), though
 * the ×100 build also completes within 256 MiB. If a much larger site ever outgrows the limit,
 * the build stops with “JavaScript heap out of memory” and scripts/build.ts says to raise
 * BUILD_HEAP_MB; the last good site stays in place.
 */
export const defaultHeapMiB = 384;

/** The heap limit to use: BUILD_HEAP_MB when set to a number, else the default. */
export function heapMiB(env: NodeJS.ProcessEnv = process.env): number {
  return buildMemorySettings(env).heapMiB || defaultHeapMiB;
}

/** NODE_OPTIONS for the Astro process: the heap limit first, so a limit the caller set wins. */
export function astroNodeOptions(env: NodeJS.ProcessEnv = process.env): string {
  return [`--max-old-space-size=${heapMiB(env)}`, buildMemorySettings(env).nodeOptions].filter(Boolean).join(' ');
}
