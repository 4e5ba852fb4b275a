import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Site tests read the builds that `npm test` makes in .test-dist/ before running them.
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 } },
      {
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
