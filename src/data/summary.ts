/** The 一图读懂 input from the loaded content, shared by the home page and /summary.svg. */
import { summaryInput } from '../images/summaryGraphic.ts';
import { loadContent } from './content.ts';
import { statusText } from '../model/documentStatus.ts';

export async function loadSummary() {
  const c = await loadContent();
  return summaryInput({
    title: c.site.document.title,
    // Said plainly, as every page says it: 送审稿，尚未印发 until the plan is issued.
    status: statusText(c.site.document.status),
    period: c.site.document.period,
    actions: c.actions.map((a) => a.data),
    indicators: c.indicators.map((i) => i.data),
    departmentName: (id) => c.dept(id).data.name,
    // The picture shows 附件2's side of these; it marks them (content/discrepancies.json).
    discrepant: c.discrepancies.flatMap((d) => d.indicators),
  });
}
