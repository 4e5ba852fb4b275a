/**
 * The 一图读懂 input from content/ as the checks read it, for tests that run without Astro (the
 * site's own src/data/summary.ts reads the content collections).
 */
import type { readContent } from '../../src/checks/readContent.ts';
import { summaryInput } from '../../src/images/summaryGraphic.ts';

export function summaryOfContent(content: ReturnType<typeof readContent>['content']): ReturnType<typeof summaryInput> {
  const names = new Map(content.departments.map((d) => [d.data.id, d.data.name]));
  return summaryInput({
    title: content.site!.document.title,
    status: content.site!.document.status,
    period: content.site!.document.period,
    actions: content.actions.map((a) => a.data),
    indicators: content.indicators.map((i) => i.data),
    departmentName: (id) => names.get(id)!,
    discrepant: content.discrepancies.flatMap((d) => d.data.indicators),
  });
}
