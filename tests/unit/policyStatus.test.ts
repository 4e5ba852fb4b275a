/** Which policies are in force on the build date (only on a checked period), and what the guide and /policies/ may print of them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { currentFigures, endOf, guideRules, splitByValidity, startOf, validity } from '../../src/model/policyStatus.ts';
import { publishedPolicies } from '../../src/site/residentsView.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { citeAs, periodText, policyFact, type PolicyFactKind } from '../../src/site/policyText.ts';

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

describe('validity rests only on a checked period', () => {
  it.each([
    [{ from: '2024-04', to: '2025-01-10' }, '2024-03-31', 'not-yet'],
    [{ from: '2024-04', to: '2025-01-10' }, '2024-04-01', 'in-force'],
    [{ from: '2024-04', to: '2025-01-10' }, '2025-01-10', 'in-force'],
    [{ from: '2024-04', to: '2025-01-10' }, '2025-01-11', 'expired'],
    [{ from: '2025', to: '2025' }, '2025-12-31', 'in-force'],
    [{ from: '2025', to: '2025' }, '2026-01-01', 'expired'],
    // No end checked: never 现行有效 on that ground alone (a 2024 e-bike plan in 2030).
    [{ from: '2024-08-30' }, '2030-01-01', 'unknown'],
    [{ from: '2024-08-30' }, '2024-08-30', 'unknown'],
    [{ from: '2026' }, '2025-12-31', 'not-yet'],
    // No checked period at all.
    [undefined, '2025-06-01', 'unknown'],
  ] as const)('%j on %s → %s', (period, today, expected) => {
    expect(validity(period, today)).toBe(expected);
  });
});

describe('figures replaced inside a policy period', () => {
  const figures = [
    { topic: 'car', value: '10000元', replacedAfter: '2024-08-15' },
    { topic: 'car', value: '7000元', replacedAfter: '2024-08-15' },
    { topic: 'appliance', value: '2000元' },
  ];
  it.each([
    ['2024-08-15', 'car', ['10000元', '7000元']],
    ['2024-08-16', 'car', []],
    ['2024-08-16', 'appliance', ['2000元']],
  ])('on %s, topic %s → %j', (today, topic, values) => {
    expect(currentFigures(figures, topic, today).map((f) => f.value)).toEqual(values);
  });
});

// The real policies: what the site says on a given build date (only the published ones, on their checked periods).
const { issues } = readContent();
const all = publishedPolicies((JSON.parse(readFileSync('content/policies.json', 'utf8')) as unknown[]).map((p) => policySchema.parse(p)));
const byId = (...ids: string[]) => ids.map((id) => all.find((p) => p.id === id)!);

describe('the real policies on a given build date', () => {
  it('content is valid', () => {
    expect(issues).toEqual([]);
  });

  // Of the reference's rows, only the 2024 car rules have a checked period (their application deadline).
  it.each([
    ['2024-09-01', ['car-2024-75', 'car-2024-392'], []],
    ['2025-06-01', [], ['car-2024-75', 'car-2024-392']],
    ['2026-11-30', [], ['car-2024-75', 'car-2024-392']],
  ])('on %s: in force %j, ended %j; every other published policy states no validity', (today, inForce, ended) => {
    const { current, history, undated, upcoming } = splitByValidity(all, today);
    expect(current.map((p) => p.id).sort()).toEqual([...inForce].sort());
    expect(history.map((p) => p.id).sort()).toEqual([...ended].sort());
    expect(upcoming).toEqual([]);
    expect(undated.map((p) => p.id)).toEqual(expect.arrayContaining(['gf-2024-7', 'ebike-2024', 'ndrc-2025-13', 'appliance-2024', 'car-2025-8']));
  });

  it.each([
    ['car rules in 2024', ['car-2024-75', 'car-2024-392'], '2024-10-01', 'current'],
    ['car rules in 2026', ['car-2024-75', 'car-2024-392'], '2026-11-30', 'all-expired'],
    ['car rules and the 2025 notice of unstated validity in 2026', ['car-2024-75', 'car-2024-392', 'car-2025-8'], '2026-11-30', 'none'],
    ['appliance rules of unstated validity', ['appliance-2024', 'ndrc-2025-13'], '2026-11-30', 'none'],
    ['no rules', [], '2025-06-01', 'none'],
  ])('%s → %s', (_, ids, today, state) => {
    expect(guideRules(byId(...ids), today).state).toBe(state);
  });

  it('does not publish an entry that can be named by neither a checked title nor a checked 文号', () => {
    expect(all.map((p) => p.id)).not.toContain('ndrc-2025-1745');
    expect(all.map((p) => p.id)).not.toContain('ebike-2025');
  });
});

describe('periodText', () => {
  it.each([
    [{ from: '2024-08-23', to: '2024-12-31' }, '2024年8月23日至2024年12月31日'],
    [{ from: '2025-01' }, '2025年1月起'],
  ])('%j → %s', (applies, text) => {
    expect(periodText(applies)).toBe(text);
  });
});

describe('policyFact: a fact is printed only when checked or cited by the plan, and never marked pending', () => {
  const record = { checkedBy: '某人', checkedOn: '2026-12-07', against: '某文件' };
  const base = {
    title: '关于进一步做好汽车以旧换新有关工作的通知',
    docNumber: '商消费函〔2024〕392号',
    issuers: ['商务部等部门'],
    issued: '2024-08-16',
    applies: { from: '2024-04-24', to: '2025-01-10' },
    fromPlan: [],
    checks: [{ ...record, facts: ['title', 'issued', 'period'] }],
  } as const;
  type P = Parameters<typeof policyFact>[0];
  it.each<[string, Partial<Record<keyof P, unknown>>, PolicyFactKind, string | null]>([
    ['a checked title', {}, 'title', '《关于进一步做好汽车以旧换新有关工作的通知》'],
    // The reference gives 392号 from reprints only: it is not printed at all.
    ['an unchecked 文号', {}, 'docNumber', null],
    ['a 文号 the plan states', { docNumber: '鄂政办发〔2024〕18号', fromPlan: ['docNumber'] }, 'docNumber', '鄂政办发〔2024〕18号'],
    ['no 文号', { docNumber: undefined }, 'docNumber', null],
    ['a checked date', {}, 'issued', '2024年8月16日'],
    ['a checked month', { issued: '2024-04' }, 'issued', '2024年4月'],
    ['an unchecked 成文日期', { written: '2024-08-10' }, 'written', null],
    ['a checked period', {}, 'period', '2024年4月24日至2025年1月10日'],
    ['a checked period without an end', { applies: { from: '2024-08-30' } }, 'period', '2024年8月30日起'],
    ['nothing checked', { checks: [] }, 'title', null],
  ])('%s', (_, change, kind, text) => {
    expect(policyFact({ ...base, ...change } as P, kind)).toBe(text);
  });
  it.each([
    [{ ...base, checks: [{ ...record, facts: ['title', 'docNumber'] }] }, 'docNumber'],
    [base, 'title'],
    [{ ...base, checks: [] }, null],
  ] as const)('cites %j by its %s', (p, kind) => expect(citeAs(p as unknown as P)).toBe(kind));
});
