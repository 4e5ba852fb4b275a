/**
 * axe-core, run inside the page under test. Not @axe-core/playwright's AxeBuilder: it analyses
 * in parts and opens a fresh blank page for every analysis to combine them, which cost about a
 * second a page over the 200-odd pages the suite checks. These pages have no frames, so a single
 * axe.run in the page gives the same answer; a page with a frame fails loudly rather than going
 * half-checked.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA: the rules of every WCAG version up to 2.2 at those levels. */
export const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 A and AA and axe's best practices: what every page must pass. */
export const axeTags = [...wcagAA, 'best-practice'];

export type Violation = Result;

/** Which rules to run: those with any of these tags, or these rules by id. */
export type AxeRules = { tags: string[] } | { rules: string[] };

/** The page's violations of the rules asked for (by default those tagged `axeTags`). */
export async function axeViolations(page: Page, only: AxeRules = { tags: axeTags }): Promise<Violation[]> {
  const frames = await page.evaluate(() => document.querySelectorAll('iframe, frame, object, embed').length);
  if (frames > 0) throw new Error(`${page.url()} 含 ${frames} 个嵌入框架：axeViolations 只检查顶层文档，请改用 @axe-core/playwright。`);
  // page.evaluate runs through the DevTools protocol, so the page's CSP does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const runOnly = 'tags' in only ? { type: 'tag' as const, values: only.tags } : { type: 'rule' as const, values: only.rules };
  return page.evaluate(
    (runOnly) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly, resultTypes: ['violations'] }).then((r) => r.violations),
    runOnly,
  );
}
