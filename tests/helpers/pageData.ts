/**
 * What src/data gives pages, made from the standalone content reader, so page models can be tested
 * on the real content without Astro. Joined by the same function as src/data/content.ts
 * (src/data/join.ts); progress is assessed as src/data/progress.ts assesses it, from
 * the readings a test names, never from content/progress/ (real reports must not break tests).
 */
import { afterAll } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { joinContent } from '../../src/data/join.ts';
import { copyContent } from './contentCopy.ts';
import { assessIndicator, primaryAssessment, type Reading } from '../../src/progress/assess.ts';

export function pageContent(dir: string) {
  const { content, issues } = readContent(dir);
  if (issues.length > 0) throw new Error(`content/ has issues: ${issues.map((i) => i.file).join(', ')}`);
  const joined = joinContent(content);
  return { ...content, ...joined, indicator: (n: number) => joined.indicators.find((i) => i.data.number === n)! };
}

export type PageContent = ReturnType<typeof pageContent>;

/**
 * pageContent of the 送审稿 (a copy, removed after the test file): the text table-driven page-model
 * tests take their targets and bureaus from, which staff's issued text must not move.
 */
export function reviewDraftPageContent(): PageContent {
  const draft = copyContent({ reviewDraft: true });
  afterAll(() => draft.remove());
  return pageContent(draft.dir);
}

/** Progress data for `today` with the given readings per indicator number (none for the others). */
export function pageProgress(content: PageContent, today: string, readings: Record<number, Reading[]> = {}, hasSample = false) {
  const byIndicator = content.indicators.map((indicator) => {
    const figures = [...(readings[indicator.data.number] ?? [])].sort((a, b) => a.asOf.localeCompare(b.asOf));
    const assessments = assessIndicator(indicator.data, figures, today);
    return { indicator, figures, assessments, primary: primaryAssessment(assessments, today) };
  });
  const figures = byIndicator.flatMap((p) => p.figures);
  const latestAsOf = figures.reduce<string | null>((m, f) => (m === null || f.asOf > m ? f.asOf : m), null);
  return { today, figures, byIndicator, latestAsOf, hasSample };
}
