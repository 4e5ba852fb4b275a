/**
 * The residents' content against its sources: every published figure is one the reference file
 * marks verified for that very document; guide text publishes no amounts of its own; mistakes in
 * policies or guide files are reported with file, field and what is expected.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { guideSectionSchema } from '../../src/schemas/guide.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import { sharedReference } from '../helpers/reference.ts';

const reference = readFileSync('tests/fixtures/trade-in-policies.md', 'utf8');
const policies = (JSON.parse(readFileSync('content/policies.json', 'utf8')) as unknown[]).map((p) => policySchema.parse(p));
const guideFiles = ['01-cars', '02-appliances', '03-digital', '04-e-bikes', '05-home-renovation', '06-elderly-adaptation', '07-second-hand'];
const guide = guideFiles.map((f) => guideSectionSchema.parse(JSON.parse(readFileSync(`content/guide/${f}.json`, 'utf8'))));

/** Rows of the reference table: document, figures, status. */
const rows = reference
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| topic'))
  .map((l) => l.split('|').map((c) => c.trim()))
  .map((c) => ({ document: c[2]!, figures: c[3]!, status: c[4]! }));

/** The parts of a row's figures that are verified: all of a verified row, the verified clauses of a mixed one. */
function verifiedText(row: (typeof rows)[number]): string {
  if (row.status.startsWith('verified')) return row.figures;
  if (row.status === 'mixed')
    return row.figures
      .split(';')
      .filter((part) => part.includes('(verified)'))
      .join(';');
  return '';
}

/** 20,000元 → 20,000; 销售价格的15% → 15%. */
const numberOf = (value: string) => /\d[\d,]*%?/.exec(value)?.[0] ?? '';

// Pinned by hash, so a clean clone without ../shared still checks the fixture; when the team's
// reference changes, copy it into tests/fixtures/ and update the hash together with the content.
it('the fixture is the reviewed version of the reference (SHA-256 pinned)', () => {
  expect(createHash('sha256').update(reference).digest('hex')).toBe('3b81f465ceee7e2e8a45a705f7d17dea0975817bd49cde26b0de3963ef380b56');
});

it.skipIf(sharedReference === null)('the fixture equals the team’s shared reference', () => {
  expect(reference).toBe(sharedReference);
});

describe('every published figure is verified for its own document in the reference', () => {
  const figures = policies.flatMap((p) => p.figures.map((f) => ({ p, f })));
  it('there are figures to check', () => expect(figures.length).toBeGreaterThan(5));
  it.each(figures.map(({ p, f }) => [p.docNumber ?? p.title, f.label, f.value, p] as const))('%s: %s %s', (_, __, value, p) => {
    const key = p.docNumber ?? p.title;
    const matching = rows.filter((r) => r.document.includes(key));
    expect(matching.length, `参考文件中没有 ${key}`).toBeGreaterThan(0);
    const n = numberOf(value);
    expect(n).not.toBe('');
    expect(
      matching.some((r) => verifiedText(r).includes(n)),
      `${key} 的 ${value} 未在参考文件中标为 verified`,
    ).toBe(true);
  });
  it('no secondary or not-found document carries figures', () => {
    for (const p of policies.filter((x) => x.verification === 'secondary' || x.verification === 'not-found')) expect(p.figures).toEqual([]);
  });
});

describe('the plan’s basis documents are listed', () => {
  it.each(['国发〔2024〕7号', '商消费发〔2024〕58号', '鄂政办发〔2024〕18号', '宜府办发〔2024〕31号'])('%s', (doc) => {
    expect(policies.some((p) => p.docNumber === doc && p.kind === 'basis')).toBe(true);
  });
});

describe('the guide', () => {
  it('has the seven needs in order', () => {
    expect(guide.map((s) => s.title)).toEqual(['换车', '换家电', '换手机等数码产品', '电动自行车以旧换新', '家装厨卫焕新', '居家适老化改造', '二手商品与回收']);
  });
  // Free text stays true whatever the build date, so it may not state subsidy amounts or rates:
  // those come only from the policies, shown while in force.
  it.each(guide.map((s) => [s.title, s] as const))('%s: FAQ and notes state no subsidy amounts', (_, s) => {
    const text = [s.need, s.planNote ?? '', s.noRuleNote ?? '', ...s.faq.flatMap((f) => [f.q, f.a])].join('\n');
    expect(text).not.toMatch(/\d[\d,]*元|\d+%|万元/);
    expect(s.faq.length).toBeGreaterThan(0);
  });
  it('links only official channels, and says where to ask in every section', () => {
    for (const s of guide) {
      expect(s.askAt.length).toBeGreaterThan(0);
      for (const c of s.askAt) if (c.url) expect(new URL(c.url).hostname).toMatch(/\.gov\.cn$/);
    }
  });
});

let copy: ContentCopy | undefined;
afterEach(() => copy?.remove());

const cases: [string, string, string | RegExp, string, string[]][] = [
  [
    'an unverified figure',
    'policies.json',
    /"value": "20,000元", "verification": "verified"/,
    '"value": "20,000元", "verification": "secondary"',
    ['policies.json', 'verification（核实状态）', '只有已核实（verified）的数字可以发布'],
  ],
  [
    'figures on a secondary document',
    'policies.json',
    '"verification": "secondary",',
    '"verification": "secondary", "figures": [{ "topic": "car", "label": "x", "value": "1元", "verification": "verified" }],',
    ['policies.json', 'figures', '不能公布数字'],
  ],
  [
    'a period that ends before it begins',
    'policies.json',
    '"from": "2024-04", "to": "2025-01-10"',
    '"from": "2024-04", "to": "2023-01-10"',
    ['policies.json', 'applies.to（结束日期）', '不应早于开始日期'],
  ],
  ['a malformed date', 'policies.json', '"issued": "2024-08-16"', '"issued": "2024/08/16"', ['policies.json', 'issued（成文或发布日期）', '2024-08-23']],
  [
    'a quote not in the action',
    'guide/04-e-bikes.json',
    '支持老旧、存在安全隐患电动自行车报废更新。',
    '支持所有电动自行车报废更新。',
    ['guide/04-e-bikes.json', 'quotes.0（方案原文引用）', '正文中原样出现'],
  ],
  [
    'an unknown policy',
    'guide/02-appliances.json',
    '"appliance-2024"',
    '"appliance-2023"',
    ['guide/02-appliances.json', 'policies.0（适用政策）', 'content/policies.json 中已有的政策标识'],
  ],
  ['a basis document as a rule', 'guide/03-digital.json', '"ndrc-2025-13"', '"gf-2024-7"', ['guide/03-digital.json', 'policies.0', 'kind 应为 "rule"']],
  [
    'no official channel',
    'guide/07-second-hand.json',
    /"askAt": \[[\s\S]*?\],\n {2}"faq"/,
    '"askAt": [],\n  "faq"',
    ['guide/07-second-hand.json', 'askAt（咨询渠道）', '至少应列出一个官方咨询渠道'],
  ],
];

describe('mistakes in policies and guide are reported with file, field and what is expected', () => {
  it.each(cases)('%s', (_, file, from, to, expected) => {
    copy = copyContent();
    copy.edit(file, from, to);
    const { issues } = readContent(copy.dir);
    const message = formatIssues(issues);
    expect(issues.length).toBeGreaterThan(0);
    for (const part of expected) expect(message).toContain(part);
  });
});
