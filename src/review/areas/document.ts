/**
 * 文件内容: the document's own inconsistencies, for the drafting office to settle before the plan is
 * issued — those registered in content/discrepancies.json, and those the detectors find that no
 * entry there covers yet: targets the 起草说明 says were deleted whose task the body keeps
 * (detectors/deletedTasks.ts), 每年 targets with one yearly figure in 附件2 (detectors/everyYear.ts),
 * and one bureau written two ways (detectors/bureauSpellings.ts). Registering a finding in
 * discrepancies.json replaces it with the registered entry. Not required for publishing: the site
 * publishes the text as it stands and says which figure it uses.
 */
import type { Discrepancy } from '../../schemas/discrepancy.ts';
import type { AreaItem, ReviewArea, ReviewContent } from '../reviewArea.ts';
import { twoSpellings, type TwoSpellings } from '../detectors/bureauSpellings.ts';
import { everyYearGaps, type EveryYearGap } from '../detectors/everyYear.ts';
import { keptTasks, type KeptTask } from '../detectors/deletedTasks.ts';
import type { Passage } from '../detectors/text.ts';

const toDraftingOffice = '请起草单位在方案印发前确定；确定后如正文不改，可登记到 content/discrepancies.json';

/** The document's text, passage by passage, with where staff find each. */
function documentPassages(content: ReviewContent): { explanation: Passage[]; body: Passage[]; table: Passage[] } {
  const plan = content.plan.map((p) => ({
    file: p.file,
    field: 'body',
    label: p.data.kind === 'explanation' ? '起草说明' : `方案正文“${p.data.title}”`,
    text: p.body ?? '',
    kind: p.data.kind,
  }));
  return {
    explanation: plan.filter((p) => p.kind === 'explanation'),
    body: [
      ...plan.filter((p) => p.kind !== 'explanation'),
      ...content.actions.map((a) => ({ file: a.file, field: 'body', label: `方案正文 行动“${a.data.title}”`, text: a.body ?? '' })),
      ...content.measures.map((m) => ({ file: m.file, field: 'body', label: `方案正文 保障措施“${m.data.title}”`, text: m.body ?? '' })),
    ],
    table: content.indicators.map((i) => ({
      file: i.file,
      field: 'responsibleText',
      label: `附件2 第${i.data.number}行 责任单位`,
      text: i.data.responsibleText,
    })),
  };
}

const sideTexts = (d: Discrepancy) => d.sides.map((s) => s.text);

const coversKept = (d: Discrepancy, k: KeptTask) => sideTexts(d).some((t) => k.deleted.some((x) => t.includes(x.subject)));
const coversGap = (d: Discrepancy, g: EveryYearGap) =>
  d.indicators.includes(g.indicator.number) && sideTexts(d).some((t) => t.includes('每年')) && sideTexts(d).includes(g.set.cell);
const coversSpellings = (d: Discrepancy, t: TwoSpellings) => t.uses.every((u) => sideTexts(d).some((s) => s.includes(u.spelling)));

function keptItem(k: KeptTask): AreaItem {
  const targets = k.deleted.map((d) => `“${d.target}”`).join('');
  const proposers = [...new Set(k.deleted.flatMap((d) => (d.proposer ? [d.proposer] : [])))];
  const by = proposers.length > 0 ? `（${proposers.join('、')}建议删除）` : '';
  return {
    file: k.passage.file,
    field: k.passage.field,
    what: `起草说明写明删除${targets}指标${by}，但${k.passage.label}仍写：“${k.sentence}”。${toDraftingOffice}`,
    required: false,
  };
}

function gapItem(g: EveryYearGap, file: string): AreaItem {
  const by = g.yearlyBy.kind === 'name' ? `附件2的指标名称“${g.yearlyBy.words}”` : `正文“${g.yearlyBy.words}”`;
  return {
    file,
    field: `targets.district${g.missing}`,
    what: `指标${g.indicator.number}按${by}是每年的目标，但附件2只在${g.set.year}年一栏写有区指标“${g.set.cell}”，${g.missing}年一栏没有数值，其他年份也没有年度目标。${toDraftingOffice}`,
    required: false,
  };
}

function spellingItem(t: TwoSpellings, file: string): AreaItem {
  const uses = t.uses.map((u) => `“${u.spelling}”（${u.where.join('；')}）`).join('与');
  return { file, field: `${t.index}.aliases`, what: `同一单位有两种写法：${uses}。${toDraftingOffice}`, required: false };
}

export const documentArea: ReviewArea = {
  name: '文件内容（请起草单位在印发前确定）',
  collect(content) {
    const registered = content.discrepancies.map((d) => d.data);
    const unregistered = <T>(found: T[], covers: (d: Discrepancy, f: T) => boolean) => found.filter((f) => !registered.some((d) => covers(d, f)));
    const items: AreaItem[] = content.discrepancies.map((d, index) => ({
      file: d.file,
      field: String(index),
      what: `${d.data.topic}：${d.data.sides.map((s) => `${s.where}“${s.text}”`).join('；')}。本站现按：${d.data.shown}`,
      required: false,
    }));

    const { explanation, body, table } = documentPassages(content);
    for (const e of explanation) items.push(...unregistered(keptTasks(e.text, body), coversKept).map(keptItem));

    const indicatorFile = new Map(content.indicators.map((i) => [i.data.number, i.file]));
    items.push(...unregistered(everyYearGaps(content.indicators.map((i) => i.data)), coversGap).map((g) => gapItem(g, indicatorFile.get(g.indicator.number)!)));

    const tasks = [
      ...content.actions.map((a) => ({ title: `方案正文 行动“${a.data.title}”`, ids: [...a.data.lead, ...a.data.responsible] })),
      ...content.measures.map((m) => ({ title: `方案正文 保障措施“${m.data.title}”`, ids: [...m.data.lead, ...m.data.responsible] })),
      ...content.indicators.map((i) => ({ title: `附件2 第${i.data.number}行 责任单位`, ids: i.data.responsible })),
    ];
    const assigned = (id: string) => tasks.filter((t) => t.ids.includes(id)).map((t) => t.title);
    const found = twoSpellings(
      content.departments.map((d) => d.data),
      [...explanation, ...body, ...table],
      assigned,
    );
    const departmentsFile = content.departments[0]?.file ?? 'content/departments.json';
    items.push(...unregistered(found, coversSpellings).map((t) => spellingItem(t, departmentsFile)));
    return items;
  },
};
