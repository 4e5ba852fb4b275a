import { defineConfig } from 'vitest/config';
import { testDate } from './scripts/lib/testDate.ts';

export default defineConfig({
  test: {
    // A test that asserts nothing fails: a loop over nothing, or an expectation behind an if, must
    // not pass silently. Projects inherit this through `extends: true`.
    expect: { requireAssertions: true },
    // One date for the whole run, as `npm test` pins it (scripts/lib/testDate.ts): BUILD_DATE when
    // set, else today but never before the content's latest date. No test reads the clock.
    env: { BUILD_DATE: testDate().date },
    projects: [
      {
        extends: true,
        // contentGuard: files listed as reading nothing of content/ (not run again by the
        // staff-state check) fail if they read it.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/helpers/contentGuard.ts'],
          // npm test runs the unit tests beside the builds and browser tests (two lanes on two
          // cores): the slowest take about 2.3 s alone, so vitest's default 5 s left too little room
          // (a first ESLint load in architecture.test.ts passed 5 s on a loaded machine).
          testTimeout: 20_000,
        },
      },
      // Site tests read the builds that `npm test` makes in .test-dist/ before running them.
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          // The files share one module graph: they only read the built pages (and the ones that
          // build start their builds as commands), none mocks a module or changes the environment.
          // Isolated, each file imported cheerio, the schemas and the page helpers afresh: 60 s
          // wall (64 s CPU) for the 22 reading files, 29 s (36 s CPU) without, same 1 765 tests.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium at a time keeps timings sane.
          fileParallelism: false,
          // Within a file, page-by-page gates (it.concurrent) share that Chromium three pages at a time.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
