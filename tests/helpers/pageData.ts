/**
 * What src/data gives pages, made from the standalone content reader, so page models can be tested
 * on the real content without Astro. Joins as src/data/content.ts joins (sorted by number, 各牵头单位
 * expanded to every action's lead); progress is assessed as src/data/progress.ts assesses it, from
 * the readings a test names, never from content/progress/ (real reports must not break tests).
 */
import { readContent } from '../../src/checks/readContent.ts';
import { assessIndicator, primaryAssessment, type Reading } from '../../src/progress/assess.ts';

export function pageContent(dir = 'content') {
  const { content, issues } = readContent(dir);
  if (issues.length > 0) throw new Error(`content/ has issues: ${issues.map((i) => i.file).join(', ')}`);
  const byNumber = <T extends { data: { number: number } }>(list: T[]) => [...list].sort((a, b) => a.data.number - b.data.number);
  const actions = byNumber(content.actions);
  const measures = byNumber(content.measures);
  const indicators = byNumber(content.indicators);
  const plan = [...content.plan].sort((a, b) => a.data.order - b.data.order);
  const dept = (id: string) => {
    const d = content.departments.find((x) => x.data.id === id);
    if (!d) throw new Error(`unknown department ${id}`);
    return d;
  };
  const actionLeadIds = [...new Set(actions.flatMap((a) => a.data.lead))];
  type IndicatorEntry = (typeof indicators)[number];
  return {
    ...content,
    actions,
    measures,
    indicators,
    plan,
    dept,
    actionOf: (i: IndicatorEntry) => actions.find((a) => a.data.slug === i.data.action) ?? null,
    indicatorDepartments: (i: IndicatorEntry) => (i.data.allActionLeads ? actionLeadIds : i.data.responsible).map(dept),
    indicator: (n: number) => indicators.find((i) => i.data.number === n)!,
  };
}

export type PageContent = ReturnType<typeof pageContent>;

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
