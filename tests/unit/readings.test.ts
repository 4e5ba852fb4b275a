/**
 * The registers of readings and contradictions against the source document: each contradiction
 * quotes the document's own words on every side, and each reading stands where the code shows it.
 */
import { describe, expect, it } from 'vitest';
import { readContent, readingCheckInput } from '../../src/checks/readContent.ts';
import { readingCheck } from '../../src/checks/readingCheck.ts';
import { indicatorReadings, readingIds, readingPlaces } from '../../src/model/readingUses.ts';
import { annexRows, sourceText } from '../helpers/sourceDocument.ts';

const { content } = readContent();
const input = readingCheckInput(content, 'content/readings.json');
const flat = (t: string) => t.replace(/\s+/g, '');
const doc = flat(sourceText);

describe('content/discrepancies.json', () => {
  it.each(content.discrepancies.flatMap((d) => d.data.sides.map((s) => [d.data.id, s.where, s.text] as const)))('%s: %s quotes the document', (_, __, text) => {
    expect(doc).toContain(flat(text));
  });
  it.each([
    // The two the issue names, by the document's words.
    ['charging-piles-bureaus', ['区发改局', '有序推进充（换）电基础设施建设及升级改造']],
    ['ai-labs-upgrade', ['建设科创和人工智能教育实验室', '到2027年升级建设科创和人工智能教育实验室20间']],
  ] as const)('%s is listed', (id, texts) => {
    const entry = content.discrepancies.find((d) => d.data.id === id)!;
    expect(entry.data.sides.map((s) => s.text)).toEqual(expect.arrayContaining([...texts]));
  });
});

describe('where each reading is shown', () => {
  const rows = annexRows();
  it.each([
    // 累计 is written for charging piles only: the other cumulative counts carry our base date.
    ['cumulative-base', content.indicators.filter((i) => i.data.measure === 'cumulative' && i.data.number !== 7).map((i) => i.data.number)],
    ['all-action-leads', rows.filter((r) => r.responsible === '各牵头单位').map((r) => r.number)],
    ['merged-cells', rows.filter((r) => r.responsible === '').map((r) => r.number)],
    ['every-year-2024-target', [15]],
    ['every-year-2027-target', [12]],
    ['cumulative-despite-every-year', [13]],
    ['main-targets-under-actions', [2, 3, 4, 5]],
  ] as const)('%s on indicators %j', (id, numbers) => {
    expect(readingPlaces(id, input.context).indicators).toEqual(numbers);
  });

  it('the charging piles sentence is the only target sentence that says 累计', () => {
    const said = content.indicators.filter((i) => i.data.source.some((s) => s.includes('累计'))).map((i) => i.data.number);
    expect(said).toEqual([7]);
    expect(doc).toContain('累计到2027年新增和改造充电桩');
  });

  it('an indicator page shows exactly the readings the register lists for it', () => {
    for (const i of content.indicators) {
      const listed = content.readings.filter((r) => r.data.indicators.includes(i.data.number)).map((r) => r.data.id);
      expect(indicatorReadings(i.data), `指标${i.data.number}`).toEqual(listed);
    }
  });

  it('the real registers pass the check, and every reading the code knows is registered', () => {
    expect(readingCheck(input)).toEqual([]);
    expect(content.readings.map((r) => r.data.id).sort()).toEqual([...readingIds].sort());
  });
});
