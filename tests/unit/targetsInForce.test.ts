/** Which text of the plan is in force on a figure's 截至日期, and progress judged against its targets. */
import { describe, expect, it } from 'vitest';
import { assessIndicator, type IndicatorForProgress } from '../../src/progress/assess.ts';
import { assessAcrossTexts, inForceFrom, targetInForce, textInForce, type PlanText } from '../../src/progress/targetsInForce.ts';

const none = { national2027: '/', province2024: '/', province2027: '/', city2024: '/', city2027: '/' };
const row = (d2024: string, d2027: string) => ({ ...none, district2024: d2024, district2027: d2027 });

// Indicator 20's shape (人工智能教育实验室, cumulative, 2027 only); the earlier texts set other targets.
const labs: IndicatorForProgress & { slug: string } = {
  slug: 'ai-labs',
  name: '建设科创和人工智能教育实验室',
  type: 'specific',
  measure: 'cumulative',
  unit: '间',
  remark: '',
  targets: row('/', '20间'),
};
const text = (name: string, publishedDate: string, date: string | null, d2027: string): PlanText & { name: string } => ({
  name,
  publishedDate,
  date,
  indicators: [{ slug: 'ai-labs', targets: row('/', d2027) }],
});

const consultation = text('征求意见稿', '', '2024-06-01', '22间');
const review = text('送审稿', '', '2025-03-01', '24间');
const issuedUnpublished = text('现行文本', '', null, '20间');
const issuedPublished = text('现行文本', '2025-05-10', null, '20间');

describe('when each text took over', () => {
  it.each([
    ['only the current text', [issuedUnpublished], [null]],
    ['unpublished texts take over on the day the one before was frozen', [consultation, review, issuedUnpublished], [null, '2024-06-01', '2025-03-01']],
    ['a 发布日期 wins over the freeze', [consultation, review, issuedPublished], [null, '2024-06-01', '2025-05-10']],
  ])('%s', (_, texts, expected) => expect(inForceFrom(texts)).toEqual(expected));
});

describe('the text and target in force on a day', () => {
  const unpublished = [consultation, review, issuedUnpublished];
  const published = [consultation, review, issuedPublished];
  it.each([
    ['before any date: the oldest text', unpublished, '2024-03-31', '征求意见稿', '22间'],
    ['on the freeze day the next text applies', unpublished, '2024-06-01', '送审稿', '24间'],
    ['the day before a freeze', unpublished, '2025-02-28', '送审稿', '24间'],
    ['after the last freeze: the current text, though unpublished', unpublished, '2025-03-01', '现行文本', '20间'],
    ['published later than the freeze: the frozen text until the 发布日期', published, '2025-05-09', '送审稿', '24间'],
    ['from the 发布日期', published, '2025-05-10', '现行文本', '20间'],
    ['no versions: always the current text', [issuedUnpublished], '2024-01-01', '现行文本', '20间'],
  ])('%s (%s)', (_, texts, asOf, name, raw) => {
    expect(textInForce(texts, asOf).name).toBe(name);
    const t = targetInForce(texts, 'ai-labs', 'district', 2027, asOf);
    expect(t?.text.name).toBe(name);
    expect(t?.raw).toBe(raw);
  });

  it('says nothing for an indicator or cell the text does not have', () => {
    expect(targetInForce([issuedUnpublished], 'no-such-indicator', 'district', 2027, '2025-01-01')).toBeNull();
    expect(targetInForce([issuedUnpublished], 'ai-labs', 'national', 2024, '2025-01-01')).toBeNull();
  });

  it('refuses an empty list', () => expect(() => textInForce([], '2025-01-01')).toThrow());
});

describe('progress judged against the target in force', () => {
  const texts = [consultation, review, issuedPublished];
  it.each([
    // figure date, value, text judged against, target, share reached
    ['2024-03-31', 5, '征求意见稿', '22间', 5 / 22],
    ['2025-04-30', 12, '送审稿', '24间', 12 / 24],
    ['2025-12-31', 12, '现行文本', '20间', 12 / 20],
  ])('a figure dated %s', (asOf, value, name, raw, reached) => {
    const [a] = assessAcrossTexts(labs, texts, [{ asOf, value }], '2026-01-15');
    expect(a!.text.name).toBe(name);
    expect(a!.assessment.target.raw).toBe(raw);
    expect(a!.assessment.reached).toBeCloseTo(reached, 10);
  });

  it('with no versions it is exactly the plain assessment', () => {
    const readings = [{ asOf: '2024-12-31', value: 11 }];
    const plain = assessIndicator(labs, readings, '2026-01-15');
    expect(assessAcrossTexts(labs, [issuedUnpublished], readings, '2026-01-15').map((a) => a.assessment)).toEqual(plain);
  });

  it('without a figure, the text in force today', () => {
    const [a] = assessAcrossTexts(labs, texts, [], '2025-04-01');
    expect(a!.text.name).toBe('送审稿');
    expect(a!.assessment.status).toBe('no-data');
  });

  it('falls back to the current target when the text in force lacks the indicator', () => {
    const noLabs = { ...consultation, indicators: [] };
    const [a] = assessAcrossTexts(labs, [noLabs, issuedPublished], [{ asOf: '2024-12-31', value: 11 }], '2026-01-15');
    expect(a!.text.name).toBe('现行文本');
    expect(a!.assessment.target.raw).toBe('20间');
  });
});
