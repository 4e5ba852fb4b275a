/**
 * Every environment variable the project reads, in one place, each with what it is for. Staff
 * never need any of them: they exist for the demo build, the tests, the benchmark and deployment.
 * Each reader takes the environment as a parameter (default: the process's) so tests can pass
 * their own; scripts that start child processes set these names, never read others.
 */
export type Env = Record<string, string | undefined>;

const processEnv = (): Env => (typeof process !== 'undefined' && process.env ? process.env : {});

/** CONTENT_DIR: the content folder. The demo build (examples/) and the bad-input tests point it elsewhere. */
export function contentDir(env: Env = processEnv()): string {
  return (env.CONTENT_DIR || 'content').replace(/\/+$/, '');
}

/**
 * CONTENT_CHECKED=1: scripts/build.ts has just run the whole content check on CONTENT_DIR, so the
 * Astro build it starts skips running it again (src/integrations/contentCheck.ts). Set only for
 * that child process; `astro dev` and a bare `astro build` always check.
 */
export function contentAlreadyChecked(env: Env = processEnv()): boolean {
  return env.CONTENT_CHECKED === '1';
}

/** SITE_BASE: the base path the site is served under, e.g. /zt/liangxin/ inside the district portal. */
export function siteBase(env: Env = processEnv()): string {
  return env.SITE_BASE || '/';
}

/** SITE_URL: overrides the public address in content/site.json (src/site/siteAddress.ts), e.g. for a staging server. */
export function siteUrlOverride(env: Env = processEnv()): string | undefined {
  return env.SITE_URL || undefined;
}

/**
 * PUBLISH=1: this build is for publication, so it needs the site's public address (site.url in
 * site.json, or SITE_URL) and stops before building without it. `npm run regenerate` sets it;
 * `npm start`, the tests and the demo build are local previews and do not.
 */
export function publishBuild(env: Env = processEnv()): boolean {
  return env.PUBLISH === '1';
}

/** OUT_DIR: where `npm run build` puts the finished site (the default dist/). */
export function outDir(env: Env = processEnv(), fallback = 'dist'): string {
  return env.OUT_DIR || fallback;
}

/** ASTRO_OUT_DIR: the folder Astro itself writes to; scripts/build.ts sets it to a scratch folder and swaps it in. */
export function astroOutDir(env: Env = processEnv()): string {
  return env.ASTRO_OUT_DIR || 'dist';
}

/**
 * ASTRO_CACHE_DIR: Astro's cache folder (its content data store among it). scripts/build.ts gives
 * each build its own: the default, node_modules/.astro/, is shared by every build that uses the
 * same node_modules — two at once (a test building a copy, a checkout copy linking node_modules)
 * overwrite each other's content and a build publishes empty collections.
 */
export function astroCacheDir(env: Env = processEnv()): string | undefined {
  return env.ASTRO_CACHE_DIR || undefined;
}

/**
 * REVIEW_DATA: a JSON file with the staff review that scripts/build.ts's content step has already
 * collected, so the /review/ page (src/data/review.ts) need not read the whole content folder again
 * inside Astro (seconds and a second copy of the content at ×100). `astro dev` and a bare
 * `astro build` have none and read the content themselves.
 */
export function reviewDataFile(env: Env = processEnv()): string | undefined {
  return env.REVIEW_DATA || undefined;
}

/** BUILD_DATE (YYYY-MM-DD): "today" for a reproducible build; checked in src/config/buildDate.ts. */
export function buildDateSetting(env: Env = processEnv()): string | undefined {
  return env.BUILD_DATE?.trim() || undefined;
}

/**
 * SAMPLE_DATA=1: this build may contain example progress data. Only `npm run build:demo` sets it;
 * every other build refuses a report marked `"sample": true`, so example figures can never reach
 * the official site, even if someone copies an example file into content/.
 */
export function allowSampleData(env: Env = processEnv()): boolean {
  return env.SAMPLE_DATA === '1';
}

/** IMAGE_CACHE=off bypasses the picture cache; IMAGE_CACHE_DIR moves it. */
export function imageCacheSetting(env: Env = processEnv()): { off: boolean; dir: string | undefined } {
  return { off: env.IMAGE_CACHE === 'off', dir: env.IMAGE_CACHE_DIR || undefined };
}

/** BENCH_SYNTHETIC_CONTENT=1: the benchmark's scaled-up content may exceed the real content's limits. */
export function syntheticContent(env: Env = processEnv()): boolean {
  return env.BENCH_SYNTHETIC_CONTENT === '1';
}

/** BUILD_HEAP_MB: the Astro process's heap limit (see scripts/lib/buildMemory.ts); NODE_OPTIONS is passed on. */
export function buildMemorySettings(env: Env = processEnv()): { heapMiB: number | undefined; nodeOptions: string | undefined } {
  return { heapMiB: Number(env.BUILD_HEAP_MB) || undefined, nodeOptions: env.NODE_OPTIONS || undefined };
}

/**
 * BUILD_WORKERS: how many worker threads render the pages (Astro's experimental.parallelPrerender,
 * set in astro.config.mjs); unset or 0, the pages are rendered on the main thread. Each worker loads
 * the content and renders on its own, so memory grows with the count: see docs/performance.md.
 */
export function prerenderWorkers(env: Env = processEnv()): number {
  const n = Number(env.BUILD_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** PORT: the port `npm run preview` listens on. */
export function previewPort(env: Env = processEnv()): number {
  return Number(env.PORT || 4321);
}

/** CHROMIUM_PATH: the browser the tests and the benchmark drive, when not /usr/bin/chromium. */
export function chromiumPath(env: Env = processEnv()): string | undefined {
  return env.CHROMIUM_PATH || undefined;
}

/** CI: set by the CI runner; an unlisted skipped test then fails the run. */
export function inCi(env: Env = processEnv()): boolean {
  return Boolean(env.CI);
}

/** STAFF_STATE_KEEP=1: scripts/testStaffState.ts keeps its copy of the checkout for a look afterwards. */
export function keepStaffStateCopy(env: Env = processEnv()): boolean {
  return env.STAFF_STATE_KEEP === '1';
}

/** BENCH_DIR: the built site `npm run bench:search` measures. */
export function benchDir(env: Env = processEnv()): string {
  return env.BENCH_DIR || 'dist';
}
