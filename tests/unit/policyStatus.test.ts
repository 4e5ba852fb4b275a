/** Which policies are in force on the build date, and what the guide may show. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { currentFigures, endOf, guideRules, splitByValidity, startOf, validity } from '../../src/model/policyStatus.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { entryVerification, periodText, policyFactText, sourceFact, type PolicyFactKind } from '../../src/site/policyText.ts';

describe('partial dates', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-08', '2024-08-01', '2024-08-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2025-01-10', '2025-01-10', '2025-01-10'],
  ])('%s → %s … %s', (date, start, end) => {
    expect(startOf(date)).toBe(start);
    expect(endOf(date)).toBe(end);
  });
});

describe('validity', () => {
  it.each([
    [{ from: '2024-04', to: '2025-01-10' }, '2024-03-31', 'not-yet'],
    [{ from: '2024-04', to: '2025-01-10' }, '2024-04-01', 'in-force'],
    [{ from: '2024-04', to: '2025-01-10' }, '2025-01-10', 'in-force'],
    [{ from: '2024-04', to: '2025-01-10' }, '2025-01-11', 'expired'],
    [{ from: '2025', to: '2025' }, '2025-12-31', 'in-force'],
    [{ from: '2025', to: '2025' }, '2026-01-01', 'expired'],
    [{ from: '2024-08-30' }, '2030-01-01', 'in-force'],
    [{ from: '2026' }, '2025-12-31', 'not-yet'],
  ] as const)('%j on %s → %s', (applies, today, expected) => {
    expect(validity(applies, today)).toBe(expected);
  });
});

describe('figures replaced inside a policy period', () => {
  const figures = [
    { topic: 'car', value: '10,000元', replacedAfter: '2024-08-15' },
    { topic: 'car', value: '7,000元', replacedAfter: '2024-08-15' },
    { topic: 'appliance', value: '2,000元' },
  ];
  it.each([
    ['2024-08-15', 'car', ['10,000元', '7,000元']],
    ['2024-08-16', 'car', []],
    ['2024-08-16', 'appliance', ['2,000元']],
  ])('on %s, topic %s → %j', (today, topic, values) => {
    expect(currentFigures(figures, topic, today).map((f) => f.value)).toEqual(values);
  });
});

// The real policies: what the site says on a given build date.
const { issues } = readContent();
const all = (JSON.parse(readFileSync('content/policies.json', 'utf8')) as unknown[]).map((p) => policySchema.parse(p));
const byId = (...ids: string[]) => ids.map((id) => all.find((p) => p.id === id)!);

describe('the real policies on a given build date', () => {
  it('content is valid', () => {
    expect(issues).toEqual([]);
  });

  it.each([
    ['2024-09-01', ['car-2024-75', 'car-2024-392', 'appliance-2024', 'ebike-2024'], ['ndrc-2025-13', 'car-2025-8', 'ebike-2025', 'ndrc-2025-1745']],
    ['2025-06-01', ['car-2025-8', 'ndrc-2025-13', 'ebike-2024', 'ebike-2025'], ['car-2024-75', 'car-2024-392', 'appliance-2024']],
    ['2026-11-30', ['ebike-2024', 'ndrc-2025-1745'], ['car-2024-75', 'car-2025-8', 'appliance-2024', 'ndrc-2025-13', 'ebike-2025']],
  ])('on %s: in force %j, not in force %j', (today, inForce, notInForce) => {
    const { current } = splitByValidity(all, today);
    const ids = current.map((p) => p.id);
    for (const id of inForce) expect(ids).toContain(id);
    for (const id of notInForce) expect(ids).not.toContain(id);
    // The plan's basis documents stay in force (宜府办发〔2024〕31号 until the end of 2027).
    expect(ids).toEqual(expect.arrayContaining(['gf-2024-7', 'sxf-2024-58', 'ezbf-2024-18', 'yfbf-2024-31']));
  });

  it.each([
    ['appliance rules in 2024', ['appliance-2024', 'ndrc-2025-13'], '2024-10-01', 'current'],
    ['appliance rules in 2026', ['appliance-2024', 'ndrc-2025-13'], '2026-11-30', 'all-expired'],
    ['2026 framework before it begins', ['ndrc-2025-1745'], '2025-06-01', 'upcoming'],
    ['no rules', [], '2025-06-01', 'none'],
  ])('%s → %s', (_, ids, today, state) => {
    expect(guideRules(byId(...ids), today).state).toBe(state);
  });
});

describe('periodText', () => {
  it.each([
    [{ from: '2024-08-23', to: '2024-12-31' }, '2024年8月23日至2024年12月31日'],
    // The reference: a policy with no end date found says 本站未查到截止日期, never 未规定截止日期.
    [{ from: '2025-01' }, '2025年1月起（本站未查到截止日期）'],
  ])('%j → %s', (applies, text) => {
    expect(periodText(applies as Parameters<typeof periodText>[0])).toBe(text);
  });
});

describe('policyFactText: a fact is printed bare only when the reference verifies it or the plan states it', () => {
  const base = {
    title: '关于进一步做好汽车以旧换新有关工作的通知',
    titleDescriptive: false,
    titleStatus: 'verified',
    docNumber: '商消费函〔2024〕392号',
    docNumberStatus: 'verified',
    issued: '2024-08-16',
    issuedApprox: false,
    issuedStatus: 'verified',
    applies: { from: '2024-04-24', to: '2025-01-10' },
    periodStatus: 'verified',
  } as const;
  type P = Parameters<typeof policyFactText>[0];
  it.each<[string, Partial<Record<keyof P, unknown>>, PolicyFactKind, string | null]>([
    ['a verified title', {}, 'title', '《关于进一步做好汽车以旧换新有关工作的通知》'],
    ['an unverified title', { titleStatus: 'unverified' }, 'title', '《关于进一步做好汽车以旧换新有关工作的通知》（待核实）'],
    ['a descriptive title', { title: '某通知', titleDescriptive: true }, 'title', '某通知（标题为本站概括）'],
    ['a verified 文号', {}, 'docNumber', '商消费函〔2024〕392号'],
    // The reference gives 392号 from reprints only: every place that prints it says 待核实.
    ['a 文号 from reprints', { docNumberStatus: 'unverified' }, 'docNumber', '商消费函〔2024〕392号（待核实）'],
    ['a 文号 the plan states', { docNumber: '鄂政办发〔2024〕18号', docNumberStatus: 'plan' }, 'docNumber', '鄂政办发〔2024〕18号'],
    ['a 文号 without a status', { docNumberStatus: undefined }, 'docNumber', '商消费函〔2024〕392号（待核实）'],
    ['no 文号', { docNumber: undefined, docNumberStatus: undefined }, 'docNumber', null],
    ['a verified date', {}, 'issued', '2024年8月16日'],
    ['an approximate date', { issuedApprox: true }, 'issued', '约2024年8月16日'],
    ['an unverified year', { issued: '2024', issuedStatus: 'unverified' }, 'issued', '2024年（待核实）'],
    ['a verified period', {}, 'period', '2024年4月24日至2025年1月10日'],
    ['a period read from the year', { applies: { from: '2025-01', to: '2025-12' }, periodStatus: 'unverified' }, 'period', '2025年1月至2025年12月（待核实）'],
    ['no end date found', { applies: { from: '2024-03' } }, 'period', '2024年3月起（本站未查到截止日期）'],
  ])('%s', (_, change, kind, text) => {
    expect(policyFactText({ ...base, ...change } as P, kind)).toBe(text);
  });
  it.each([
    [{ docNumber: '商消费函〔2024〕75号' }, 'docNumber'],
    [{}, 'title'],
  ] as const)('cites %j by its %s', (p, kind) => expect(sourceFact(p)).toBe(kind));
});

describe('an entry’s 核实状态 as printed', () => {
  const facts = { titleStatus: 'verified', docNumberStatus: 'verified', issuedStatus: 'verified', periodStatus: 'verified' } as const;
  it.each<[string, Parameters<typeof entryVerification>[0], ReturnType<typeof entryVerification>]>([
    ['verified, every fact verified', { verification: 'verified', ...facts }, 'verified'],
    ['verified, facts the plan states', { verification: 'verified', ...facts, titleStatus: 'plan', docNumberStatus: 'plan' }, 'verified'],
    ['verified, no 文号', { verification: 'verified', ...facts, docNumberStatus: undefined }, 'verified'],
    ['verified, but the issue date 待核实', { verification: 'verified', ...facts, issuedStatus: 'unverified' }, 'mixed'],
    ['verified, but the period 待核实', { verification: 'verified', ...facts, periodStatus: 'unverified' }, 'mixed'],
    ['from reprints stays so', { verification: 'secondary', ...facts, titleStatus: 'unverified' }, 'secondary'],
    ['not found stays so', { verification: 'not-found', ...facts }, 'not-found'],
  ])('%s', (_, p, expected) => expect(entryVerification(p)).toBe(expected));
});
