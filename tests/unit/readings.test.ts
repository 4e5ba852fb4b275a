/**
 * The registers of 计算口径 and contradictions: each contradiction (for the staff review) quotes the
 * document's own words on every side; the register of rules holds exactly the rules the code applies.
 */
import { describe, expect, it } from 'vitest';
import { readContent, readingCheckInput } from '../../src/checks/readContent.ts';
import { readingCheck } from '../../src/checks/readingCheck.ts';
import { ruleIds } from '../../src/model/rules.ts';
import { sourceText } from '../helpers/sourceDocument.ts';

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

describe('the register of 计算口径 (content/readings.json)', () => {
  it('holds one entry for each rule the code applies, and nothing else', () => {
    expect(readingCheck(input)).toEqual([]);
    expect(content.readings.map((r) => r.data.id).sort()).toEqual([...ruleIds].sort());
  });

  const entry = (id: string) => ({ file: 'content/readings.json', data: { id, title: '口径', reason: '说明', alternative: null } });
  it.each([
    ['an id the code does not apply', [...ruleIds.map(entry), entry('made-up')], ['rule applied nowhere']],
    ['a rule the code applies left out', ruleIds.slice(1).map(entry), [`应登记计算口径 "${ruleIds[0]}"`]],
    ['an id twice', [...ruleIds.map(entry), entry(ruleIds[0])], ['duplicate rule id']],
  ])('refuses %s', (_, readings, messages) => {
    const issues = readingCheck({ ...input, readings });
    expect(issues.map((i) => i.expected).join('\n')).toEqual(expect.stringContaining(messages[0]!));
    expect(issues).toHaveLength(1);
  });

  // What the public method page states: the district's rule in plain words, never the staff's other reading.
  it.each(content.readings.map((r) => [r.data.id, r.data] as const))('%s is stated plainly', (_, r) => {
    for (const word of ['本站解读', '另一种读法', '本站未查到', '待核实', '不一致']) expect(`${r.title}${r.reason}`).not.toContain(word);
  });

  it('the charging piles sentence is the only target sentence that says 累计, so the other counts need the rule', () => {
    const said = content.indicators.filter((i) => i.data.source.some((s) => s.includes('累计'))).map((i) => i.data.number);
    expect(said).toEqual([7]);
    expect(doc).toContain('累计到2027年新增和改造充电桩');
  });
});
