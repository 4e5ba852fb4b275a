/**
 * Unit test files that read nothing of content/: the staff-state check (scripts/testStaffState.ts),
 * whose copy of the checkout differs from it only in content/, does not run them again, since they
 * pass or fail there exactly as here. Every other unit test file runs there, a new one included.
 *
 * Found by running the unit tests with SUITE_CONTENT_TRACE set (tests/helpers/contentGuard.ts
 * records each file whose process touches content/), less the files that start commands (a command
 * is another process, which the guard cannot see: tests/unit/commandMessages.test.ts runs them on
 * the real content/). Kept true by the guard: in every unit run, a file listed here that reads
 * content/ fails. A file that starts a command reading the real content/ must not be listed.
 */
export const contentFree: string[] = [
  'tests/unit/architecture.test.ts',
  'tests/unit/benchBuild.test.ts',
  'tests/unit/buildDate.test.ts',
  'tests/unit/buildMemory.test.ts',
  'tests/unit/checkLinks.test.ts',
  'tests/unit/citation.test.ts',
  'tests/unit/contentSafety.test.ts',
  'tests/unit/counts.test.ts',
  'tests/unit/cspHashes.test.ts',
  'tests/unit/csv.test.ts',
  'tests/unit/dependencies.test.ts',
  'tests/unit/deploy.test.ts',
  'tests/unit/documentStatus.test.ts',
  'tests/unit/elderMode.test.ts',
  'tests/unit/footerIdentity.test.ts',
  'tests/unit/format.test.ts',
  'tests/unit/importMerge.test.ts',
  'tests/unit/indicators.test.ts',
  'tests/unit/merchantsPage.test.ts',
  'tests/unit/outDir.test.ts',
  'tests/unit/pageType.test.ts',
  'tests/unit/planParagraphs.test.ts',
  'tests/unit/progress.test.ts',
  'tests/unit/readWorkbook.test.ts',
  'tests/unit/readingText.test.ts',
  'tests/unit/remark.test.ts',
  'tests/unit/renderPng.test.ts',
  'tests/unit/residentReview.test.ts',
  'tests/unit/reviewDetectors.test.ts',
  'tests/unit/runsAstro.test.ts',
  'tests/unit/searchHints.test.ts',
  'tests/unit/searchQuery.test.ts',
  'tests/unit/siteAddress.test.ts',
  'tests/unit/sitemapPage.test.ts',
  'tests/unit/speech.test.ts',
  'tests/unit/stylesheets.test.ts',
  'tests/unit/targets.test.ts',
  'tests/unit/targetsInForce.test.ts',
  'tests/unit/testDate.test.ts',
  'tests/unit/testReport.test.ts',
  'tests/unit/textWidth.test.ts',
  'tests/unit/versions.test.ts',
  'tests/unit/widgets.test.ts',
  'tests/unit/xml.test.ts',
];
