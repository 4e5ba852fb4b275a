/**
 * Facts from outside are published only when checked, and what is not checked waits in the staff
 * review: which facts of a policy a page may print (src/model/verifiedFacts.ts), which 办理指引
 * lists (src/site/residentsView.ts), and the review areas 外部信息核实 (src/review/areas/facts.ts)
 * and 居民指南 (src/review/areas/guide.ts), each item naming its file and field. Table-driven, on
 * small hand-made content, so real checks arriving in content/ never change the expectations.
 */
import { describe, expect, it } from 'vitest';
import { isPublishable, publishedFacts, unverifiedFacts } from '../../src/model/verifiedFacts.ts';
import { guideTopic, howToView, publishedPolicies } from '../../src/site/residentsView.ts';
import { factsArea, factsReview } from '../../src/review/areas/facts.ts';
import { guideArea } from '../../src/review/areas/guide.ts';
import { guideSectionSchema } from '../../src/schemas/guide.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { policySchema } from '../../src/schemas/policy.ts';
import { warningSchema } from '../../src/schemas/warning.ts';

const record = { checkedBy: '区商务局 某人', checkedOn: '2026-12-01', against: '商务部网站 某通知原文' };

const policy = (p: object) =>
  policySchema.parse({ id: 'car-rule', title: '某通知', docNumber: '商消费函〔2024〕392号', issuers: ['商务部等部门'], level: 'national', kind: 'rule', ...p });

describe('publishedFacts: what a page may print of a policy', () => {
  it.each([
    ['nothing checked', {}, [], ['title', 'docNumber', 'issuers'], false],
    ['the title checked', { checks: [{ ...record, facts: ['title'] }] }, ['title'], ['docNumber', 'issuers'], true],
    ['the 文号 checked', { checks: [{ ...record, facts: ['docNumber', 'issuers'] }] }, ['docNumber', 'issuers'], ['title'], true],
    ['title and 文号 cited by the plan', { fromPlan: ['title', 'docNumber'] }, ['title', 'docNumber'], ['issuers'], true],
    [
      'two checks on different days',
      {
        issued: '2024-08-16',
        applies: { from: '2024-04-24', to: '2025-01-10' },
        checks: [
          { ...record, facts: ['title', 'issued'] },
          { ...record, checkedOn: '2026-12-05', facts: ['period'] },
        ],
      },
      ['title', 'issued', 'period'],
      ['docNumber', 'issuers'],
      true,
    ],
    [
      'issuers only: nothing names the document',
      { title: undefined, docNumber: undefined, checks: [{ ...record, facts: ['issuers'] }] },
      ['issuers'],
      [],
      false,
    ],
  ])('%s', (_, change, shown, unchecked, publishable) => {
    const p = policy(change);
    expect([...publishedFacts(p)]).toEqual(shown);
    expect(unverifiedFacts(p)).toEqual(unchecked);
    expect(isPublishable(p)).toBe(publishable);
  });

  it('refuses a check of a fact the entry does not have, and an approximate date', () => {
    expect(policySchema.safeParse({ ...policy({}), checks: [{ ...record, facts: ['written'] }] }).success).toBe(false);
    expect(policySchema.safeParse({ ...policy({}), issued: '约2024-08-23' }).success).toBe(false);
  });
});

describe('howToView: a list is printed only when every item of it is checked', () => {
  const step = (text: string, checked: boolean, source: object = { document: '某官方公告' }) => ({ text, source, ...(checked ? { verified: record } : {}) });
  const inForce = publishedPolicies([
    policy({ id: 'open', applies: { from: '2026-01-01', to: '2026-12-31' }, checks: [{ ...record, facts: ['title', 'period'] }] }),
    policy({ id: 'ended', applies: { from: '2024-01-01', to: '2024-12-31' }, checks: [{ ...record, facts: ['title', 'period'] }] }),
    policy({ id: 'hidden' }),
  ]);
  const of = (id: string) => inForce.find((p) => p.id === id);
  it.each([
    ['no 办理指引', undefined, 'none', 0, 0],
    ['every step checked', { steps: [step('一', true), step('二', true)] }, 'current', 2, 0],
    ['one step unchecked', { steps: [step('一', true), step('二', false)] }, 'none', 0, 0],
    ['steps checked, a material not', { steps: [step('一', true)], materials: [step('身份证', true), step('户口本', false)] }, 'current', 1, 0],
    ['steps and materials checked', { steps: [step('一', true)], materials: [step('身份证', true)] }, 'current', 1, 1],
    ['a step citing a policy that has ended', { steps: [step('一', true, { policy: 'ended' })] }, 'expired', 0, 0],
    ['a step citing a policy in force', { steps: [step('一', true, { policy: 'open' })] }, 'current', 1, 0],
    ['a step citing a policy waiting in the review', { steps: [step('一', true, { policy: 'hidden' })] }, 'none', 0, 0],
  ])('%s → %s', (_, h, state, steps, materials) => {
    const parsed = h === undefined ? undefined : guideSectionSchema.shape.howTo.parse(h);
    const v = howToView(parsed, of, '2026-06-01');
    expect(v.state).toBe(state);
    expect(v.state === 'current' ? v.steps.length : 0).toBe(steps);
    expect(v.state === 'current' ? v.materials.length : 0).toBe(materials);
  });
});

const section = (change: object = {}) =>
  guideSectionSchema.parse({
    number: 1,
    slug: 'cars',
    title: '换车',
    need: '想换车',
    topic: 'car',
    action: 'consumer-trade-in',
    planNote: '方案未专门提及。',
    policies: ['car-rule'],
    askAt: [
      { name: '湖北省商务厅', url: 'http://swt.hubei.gov.cn/', source: { name: '湖北省商务厅网站' } },
      { name: '12345', source: { name: '某文件' }, verified: record },
    ],
    ...change,
  });

describe('guideTopic: only checked channels, figures and notes', () => {
  it('names the first checked channel, and shows figures only of a checked rule in force', () => {
    const rule = policy({
      applies: { from: '2026-01-01', to: '2026-12-31' },
      checks: [{ ...record, facts: ['title', 'period'] }],
      figures: [
        { topic: 'car', label: '新能源', value: '20000元', verified: record },
        { topic: 'car', label: '燃油', value: '15000元' },
      ],
      notes: [{ topic: 'car', kind: 'condition', text: '某条件' }],
    });
    const t = guideTopic(section(), publishedPolicies([rule]), '2026-06-01');
    expect(t.channels.map((c) => c.name)).toEqual(['12345']);
    expect(t.rules.state).toBe('current');
    expect(t.figuresOf(t.rules.current[0]!).map((f) => f.value)).toEqual(['20000元']);
    expect(t.notesOf(t.rules.current[0]!)).toEqual([]);
    const later = guideTopic(section(), publishedPolicies([rule]), '2027-01-01');
    expect(later.rules.state).toBe('all-expired');
  });
  it('states no validity for a rule whose end is not checked', () => {
    const t = guideTopic(
      section(),
      publishedPolicies([policy({ applies: { from: '2024-08-30' }, checks: [{ ...record, facts: ['title', 'period'] }] })]),
      '2030-01-01',
    );
    expect(t.rules.state).toBe('none');
    expect(t.rules.undated.map((p) => p.id)).toEqual(['car-rule']);
  });
});

const at = <T>(file: string, data: T) => ({ file, data });

describe('factsReview (外部信息核实): every unchecked fact with its file and field', () => {
  const content = {
    policies: [
      at(
        'content/policies.json',
        policy({ id: 'shown', checks: [{ ...record, facts: ['title', 'issuers'] }], figures: [{ topic: 'car', label: '新能源', value: '20000元' }] }),
      ),
      at('content/policies.json', policy({ id: 'hidden', title: undefined, issuers: ['商务部等5部门'] })),
    ],
    guide: [at('content/guide/01-cars.json', section({ howTo: { steps: [{ text: '某一步', source: { document: '某公告' } }] } }))],
    antiFraud: [
      at('content/anti-fraud.json', warningSchema.parse({ id: 'a', kind: 'never', text: '不会收费', source: { name: '某提示' } })),
      at(
        'content/anti-fraud.json',
        warningSchema.parse({ id: 'b', kind: 'police', text: '请拨打110', phone: '110', source: { name: '某提示' }, verified: record }),
      ),
    ],
  };
  const items = factsReview(content);
  it.each([
    ['content/policies.json', '0.docNumber', '发文字号“商消费函〔2024〕392号”未核实'],
    ['content/policies.json', '0.applies', '没有适用期，页面不说明其是否有效'],
    ['content/policies.json', '0.figures.0', '补贴标准“新能源：20000元”未核实'],
    ['content/policies.json', '1', '标题和发文字号均未核实或未查到，本条整条不显示'],
    ['content/policies.json', '1.docNumber', '发文字号'],
    ['content/policies.json', '1.issuers', '发文机关“商务部等5部门”'],
    ['content/guide/01-cars.json', 'askAt.0', '咨询渠道“湖北省商务厅（http://swt.hubei.gov.cn/）”未核实'],
    ['content/guide/01-cars.json', 'howTo.steps.0', '办理指引“某一步”未核实'],
    ['content/anti-fraud.json', '0', '防骗提示“不会收费”未核实（出处：某提示）'],
  ])('%s %s: %s', (file, field, what) => {
    const found = items.filter((i) => i.file === file && i.field === field);
    expect(found.length, items.map((i) => `${i.file} ${i.field}`).join('\n')).toBe(1);
    expect(found[0]!.what).toContain(what);
  });
  it('lists nothing that is checked, and requires nothing while /policies/ has an entry to show', () => {
    const fields = items.map((i) => `${i.file} ${i.field}`);
    for (const checked of [
      'content/policies.json 0.title',
      'content/policies.json 0.issuers',
      'content/guide/01-cars.json askAt.1',
      'content/anti-fraud.json 1',
    ]) {
      expect(fields).not.toContain(checked);
    }
    expect(items.every((i) => !i.required)).toBe(true);
    expect(items.length).toBe(9);
  });
  it('is the review area 外部信息核实', () => {
    expect(factsArea.name).toBe('外部信息核实');
    expect(factsArea.collect(content as Parameters<typeof factsArea.collect>[0], { today: '2026-12-07', siteFile: 'content/site.json' })).toEqual(items);
  });
  it('requires a checked entry when /policies/ would have nothing to show', () => {
    const none = factsReview({ ...content, policies: [content.policies[1]!] });
    expect(none.filter((i) => i.required).map((i) => i.what)).toEqual(['政策文件页没有一份可显示的文件：至少核实一份文件的标题或发文字号']);
  });
});

describe('the review area 居民指南: statuses that have aged', () => {
  const guideReview = (content: object, today: string) =>
    guideArea.collect(content as Parameters<typeof guideArea.collect>[0], { today, siteFile: 'content/site.json' });
  const contact = { office: '区商务局消费促进科', phone: '0717-1234567', address: '某路1号', hours: '工作日' };
  const notice = (file: string, data: object) =>
    at(
      file,
      noticeSchema.parse({ kind: '提示', title: '汽车补贴恢复受理的提示', date: '2026-06-01', issuer: '区商务局', source: { name: '区商务局' }, ...data }),
    );
  const ended = policy({ id: 'ended', applies: { from: '2024-01-01', to: '2026-03-31' }, checks: [{ ...record, facts: ['title', 'period'] }] });
  const content = (notices: ReturnType<typeof notice>[], withContact = false) => ({
    guide: [
      at('content/guide/01-cars.json', section(withContact ? { districtContact: contact } : {})),
      at('content/guide/02-appliances.json', section({ number: 2, slug: 'appliances', title: '换家电', districtContact: contact })),
    ],
    notices,
    policies: [at('content/policies.json', ended)],
  });
  it('lists no district contacts (the area of guideContacts.ts does) and nothing while statuses stand', () => {
    expect(guideArea.name).toBe('居民指南');
    expect(guideReview(content([]), '2026-06-02')).toEqual([]);
  });
  it.each([
    ['a fresh status', '2026-06-01', undefined, '2026-08-29', null],
    ['a status not confirmed for 90 days', '2026-06-01', undefined, '2026-08-30', '已超过 90 天没有新的提示确认，页面自 2026-08-30 起显示“请以最新通知为准”'],
    [
      'a status resting on a policy that has ended',
      '2026-03-01',
      'ended',
      '2026-04-01',
      '所依据的政策 ended 已于 2026-03-31 结束，页面自 2026-04-01 起显示“请以最新通知为准”',
    ],
  ])('%s (set %s, resting on %s) on %s', (_, date, rests, today, what) => {
    const status = { topic: 'cars', state: '进行中', from: date, ...(rests ? { policy: rests } : {}) };
    const items = guideReview(content([notice('content/notices/cars.mdx', { date, status })], true), today);
    if (what === null) expect(items).toEqual([]);
    else {
      expect(items.map((i) => [i.file, i.field, i.required])).toEqual([['content/notices/cars.mdx', 'status', false]]);
      expect(items[0]!.what).toContain(what);
    }
  });
});
