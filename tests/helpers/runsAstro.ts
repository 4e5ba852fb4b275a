/**
 * Site and browser test files that run Astro themselves (a build by scripts/build.ts, a regenerate,
 * `astro dev`). Astro processes in one checkout must not overlap (they share its .astro/), so
 * `npm test` runs these files in one vitest process, one after another, and the other browser
 * tests beside them in a second process (scripts/test.ts). tests/unit/runsAstro.test.ts finds such
 * files by what they spawn and fails when one is missing here, so a new one cannot slip into the
 * other process and build beside them.
 */
export const runsAstro = [
  'tests/site/buildFailure.test.ts',
  'tests/site/devCheck.test.ts',
  'tests/site/progressBuilds.test.ts',
  'tests/site/residents.test.ts',
  'tests/site/staleCounts.test.ts',
  'tests/browser/contentSafety.test.ts',
];

/**
 * What in a test file's (or its helper's) code says it starts Astro: the path of the build, regenerate
 * or demo-build script as a string, Astro's binary, or `astro` as a command with its arguments.
 */
export const startsAstro = /['"`](?:\.\/)?scripts\/(?:build|regenerate|buildDemo)\.ts['"`]|astro\/bin\/astro\.mjs|['"]astro['"]\s*,\s*\[/;
