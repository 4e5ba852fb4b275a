/** Paragraph ids of the plan text, where a quote lives, and the text directive that highlights it. */
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/model/bodyText.ts';
import { directiveRange, encodeTextTerm, findQuote, numberParagraphs, planParagraphs, quoteFinder, textDirective } from '../../src/site/planParagraphs.ts';
import { groupTokens, indicatorGroups } from '../../src/site/indicatorGroups.ts';

describe('bodyParagraphs (src/model/bodyText.ts): the one plain-text reading of a body', () => {
  it.each([
    ['one paragraph', '甲乙丙。', ['甲乙丙。']],
    ['blank lines separate, tags and emphasis go', '\n<strong>（一）指导思想。</strong>以\n\n**强调**文字。\n\n', ['（一）指导思想。以', '强调文字。']],
    ['blank lines with spaces', '甲。\n  \n乙。', ['甲。', '乙。']],
    ['the lines of a paragraph join, heading marks go', '## 二、标题\n\n第一行\n  第二行。', ['二、标题', '第一行第二行。']],
    ['a block that was only markup is no paragraph', '<strong></strong>\n\n甲。', ['甲。']],
    ['empty', '\n\n', []],
  ])('%s', (_, body, paragraphs) => expect(bodyParagraphs(body)).toEqual(paragraphs));
});

describe('planParagraphs: numbered as /plan/ numbers its <p>s', () => {
  it('a heading is not a paragraph', () => {
    expect(planParagraphs([{ prefix: 'general', body: '## 标题\n\n甲。\n\n乙。' }])).toEqual([
      { id: 'general-p1', part: 'general', text: '甲。' },
      { id: 'general-p2', part: 'general', text: '乙。' },
    ]);
  });
  it('each part numbers from 1 and names its part', () => {
    expect(
      planParagraphs([
        { prefix: 'general', body: '甲。' },
        { prefix: 'action-manufacturing', body: '乙。\n\n丙。' },
      ]),
    ).toEqual([
      { id: 'general-p1', part: 'general', text: '甲。' },
      { id: 'action-manufacturing-p1', part: 'action-manufacturing', text: '乙。' },
      { id: 'action-manufacturing-p2', part: 'action-manufacturing', text: '丙。' },
    ]);
  });
});

describe('numberParagraphs', () => {
  it.each([
    ['<p>甲</p>\n<p><strong>乙</strong>丙</p>', 'general', '<p id="general-p1">甲</p>\n<p id="general-p2"><strong>乙</strong>丙</p>'],
    ['<p class="x">甲</p><p>乙</p>', 'action-a', '<p class="x">甲</p><p id="action-a-p1">乙</p>'],
    ['', 'general', ''],
  ])('%j with prefix %s', (html, prefix, out) => expect(numberParagraphs(html, prefix)).toBe(out));
});

describe('encodeTextTerm', () => {
  it.each([
    ['2024年', '2024%E5%B9%B4'],
    // The spec's syntax characters are always encoded, - included (encodeURIComponent leaves it).
    ['a-b&c,d', 'a%2Db%26c%2Cd'],
    ['15%', '15%25'],
  ])('%s → %s', (term, encoded) => expect(encodeTextTerm(term)).toBe(encoded));
});

describe('directiveRange: where the first start, then the first end after it, fall', () => {
  it.each<[string, string, string | null, [number, number] | null]>([
    ['甲乙丙丁', '乙', null, [1, 2]],
    ['甲乙丙丁', '甲', '丁', [0, 4]],
    ['甲乙丙丁', '戊', null, null],
    ['甲乙丙丁', '丙', '乙', null],
  ])('%s: %s,%s', (page, start, end, range) => expect(directiveRange(page, start, end)).toEqual(range));
});

describe('textDirective', () => {
  const decode = (d: string) =>
    d
      .replace(/^text=/, '')
      .split(',')
      .map(decodeURIComponent);
  const p2 = '2024年，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过84.5%、64%；二手车交易量增长15%。';
  const p3 = '到2027年，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。';
  const page = `${p2}\n${p3}`;
  it.each([
    ['a short quote is its own term', '二手车交易量增长15%', ['二手车交易量增长15%']],
    // The first clause alone would start in the 2024 paragraph: the pair must pick the 2027 sentence.
    ['a long quote: clauses that pick out its first occurrence', '规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%', null],
    [
      'a long quote met first',
      '规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过84.5%、64%',
      ['规模以上工业企业数字化研发设计工具普及率', '64%'],
    ],
  ])('%s', (_, quote, terms) => {
    const d = textDirective(page, quote)!;
    const [start, end] = decode(d);
    if (terms) expect([start, end].filter((t) => t !== undefined)).toEqual(terms);
    const range = directiveRange(page, start!, end ?? null)!;
    expect(page.slice(range[0], range[1])).toBe(quote);
    expect(d.length).toBeLessThan(`text=${encodeTextTerm(quote)}`.length + 1);
  });
  it('is null for a quote the page does not hold', () => expect(textDirective(page, '没有这句')).toBeNull());
});

describe('findQuote', () => {
  const paragraphs = planParagraphs([
    { prefix: 'general', body: '<strong>（一）指导思想。</strong>甲。\n\n<strong>（二）工作目标。</strong>2024年，二手车交易量增长15%。' },
    { prefix: 'action-recycling', body: '力争到2027年，全区全年二手汽车交易超6000辆。' },
  ]);
  it.each([
    ['二手车交易量增长15%', 'general-p2'],
    ['全区全年二手汽车交易 超6000辆', 'action-recycling-p1'],
    ['（二）工作目标。2024年', 'general-p2'],
    ['没有这句', null],
  ])('%s → %s', (quote, id) => expect(findQuote(paragraphs, quote)?.id ?? null).toBe(id));
  it('one finder, reused and asked twice, answers as findQuote does', () => {
    const find = quoteFinder(paragraphs);
    for (const quote of ['二手车交易量增长15%', '全区全年二手汽车交易超6000辆', '全区全年二手汽车交易 超6000辆', '没有这句']) {
      const once = find(quote);
      expect(find(quote)).toEqual(once);
      expect(once).toEqual(findQuote(paragraphs, quote));
    }
    const spot = find('全区全年二手汽车交易 超6000辆');
    expect(spot?.id).toBe('action-recycling-p1');
    expect(spot?.directive).toMatch(/^text=/);
  });
});

describe('indicatorGroups: 总体目标 for the main targets, the action marked when the filing is ours', () => {
  const action = { slug: 'manufacturing', number: 1, title: '制造业设备改造行动' };
  it.each([
    ['a main target without an action', 'main', null, false, [{ kind: 'goals' }], 'goals'],
    [
      'a main target filed under an action by the site',
      'main',
      action,
      false,
      [{ kind: 'goals' }, { kind: 'action', ...action, ours: true, rules: ['main-targets-under-actions'] }],
      'goals manufacturing',
    ],
    ['a specific target whose action states it', 'specific', action, true, [{ kind: 'action', ...action, ours: false, rules: [] }], 'manufacturing'],
  ] as const)('%s', (_, type, a, filedByPlan, groups, tokens) => {
    const g = indicatorGroups({ type }, a, filedByPlan);
    expect(g).toEqual(groups);
    expect(groupTokens(g)).toBe(tokens);
  });
});
