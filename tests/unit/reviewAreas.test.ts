/**
 * The staff review's areas over copies of the real content (tests/helpers/contentCopy.ts), as they
 * stand and edited: which items each area lists, with which file and field, and which are required.
 * Each copy is put in the state the test is about (identity blank or filled, register emptied), so
 * the tests keep passing whatever staff have filled in content/ by then.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentFile, readContent } from '../../src/checks/readContent.ts';
import { collectReview, publishingBlockers } from '../../src/review/collectReview.ts';
import type { ReviewItem } from '../../src/review/reviewItem.ts';
import { identityArea } from '../../src/review/areas/identity.ts';
import { guideContactsArea } from '../../src/review/areas/guideContacts.ts';
import { demoArea } from '../../src/review/areas/demo.ts';
import { readingsArea } from '../../src/review/areas/readings.ts';
import { documentArea } from '../../src/review/areas/document.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';
import { fillDistrictContacts, fillIdentity } from '../helpers/publishingFields.ts';

const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
function copy(options: Parameters<typeof copyContent>[0] = {}): ContentCopy {
  const c = copyContent(options);
  copies.push(c);
  return c;
}

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json;
const writeJson = (path: string, data: unknown) => writeFileSync(path, JSON.stringify(data, null, 2));
function editSite(c: ContentCopy, edit: (site: Json & { contact: Json; accessibilityContact: Json; icp: Json; publicSecurity: Json }) => void) {
  const path = join(c.dir, 'site.json');
  const json = readJson(path) as { site: Parameters<typeof edit>[0] };
  edit(json.site);
  writeJson(path, json);
}
/** Every identity and contact field of site.json empty, as content/ was before staff filled any. */
function blankIdentity(c: ContentCopy) {
  editSite(c, (s) => {
    Object.assign(s, { url: '', sponsor: '', organizer: '', siteCode: '' });
    s.icp.number = '';
    s.publicSecurity.number = '';
    Object.assign(s.contact, { phone: '', address: '', hours: '', email: '' });
    s.accessibilityContact = { office: '', phone: '', address: '', email: '' };
  });
}

const today = '2026-01-15';
function reviewOf(c: ContentCopy, siteUrlOverride?: string): ReviewItem[] {
  return collectReview(readContent(c.dir).content, { today, siteFile: contentFile(c.dir, 'site.json'), ...(siteUrlOverride ? { siteUrlOverride } : {}) });
}
const inArea = (items: ReviewItem[], area: { name: string }) => items.filter((i) => i.area === area.name);
const where = (items: ReviewItem[]) => items.map((i) => [i.field, i.required]);

describe('网站标识与联系方式 (site.json)', () => {
  const blank = copy();
  blankIdentity(blank);
  const required = [
    'site.url',
    'site.sponsor',
    'site.siteCode',
    'site.icp.number',
    'site.contact.phone',
    'site.contact.address',
    'site.accessibilityContact.phone',
    'site.accessibilityContact.address',
  ];

  it('with nothing filled: the address, 主办单位, 网站标识码, ICP备案号 and both contacts are required; 承办单位, 公安备案 and 办公时间 are asked', () => {
    const items = inArea(reviewOf(blank), identityArea);
    expect(items.every((i) => i.file === contentFile(blank.dir, 'site.json'))).toBe(true);
    expect(items.filter((i) => i.required).map((i) => i.field)).toEqual(required);
    expect(items.filter((i) => !i.required).map((i) => i.field)).toEqual(['site.organizer', 'site.publicSecurity.number', 'site.contact.hours']);
    expect(items.find((i) => i.field === 'site.sponsor')?.what).toContain('主办单位');
  });

  it('SITE_URL stands in for site.url', () => {
    expect(inArea(reviewOf(blank, 'https://staging.example.cn/'), identityArea).map((i) => i.field)).not.toContain('site.url');
  });

  const filled = copy();
  blankIdentity(filled);
  fillIdentity(filled.dir);
  filled.setSiteUrl('https://liangxin.example.gov.cn/');
  it('once staff fill every field, nothing is open', () => {
    expect(inArea(reviewOf(filled), identityArea)).toEqual([]);
  });

  it.each([
    ['site.url', (s: Json) => (s.url = '')],
    ['site.sponsor', (s: Json) => (s.sponsor = '')],
    ['site.siteCode', (s: Json) => (s.siteCode = '  ')],
    ['site.icp.number', (s: Json & { icp: Json }) => (s.icp.number = '')],
    ['site.contact.phone', (s: Json & { contact: Json }) => (s.contact.phone = '')],
    ['site.contact.address', (s: Json & { contact: Json }) => (s.contact.address = '')],
    ['site.accessibilityContact.phone', (s: Json & { accessibilityContact: Json }) => (s.accessibilityContact.phone = '')],
    ['site.accessibilityContact.address', (s: Json & { accessibilityContact: Json }) => (s.accessibilityContact.address = '')],
  ] as const)('only %s blank → that one required item', (field, edit) => {
    const c = copy();
    cpSync(join(filled.dir, 'site.json'), join(c.dir, 'site.json'));
    editSite(c, edit);
    expect(where(inArea(reviewOf(c), identityArea))).toEqual([[field, true]]);
  });

  it('an ICP number without its link asks for the link, not required', () => {
    const c = copy();
    cpSync(join(filled.dir, 'site.json'), join(c.dir, 'site.json'));
    editSite(c, (s) => (s.icp.url = ''));
    expect(where(inArea(reviewOf(c), identityArea))).toEqual([['site.icp.url', false]]);
  });
});

describe('居民指南的区内咨询联系方式 (content/guide/)', () => {
  it('every topic without districtContact is a required item naming its file', () => {
    const c = copy();
    const files = readdirSync(join(c.dir, 'guide')).filter((f) => f.endsWith('.json'));
    const without = files.filter((f) => readJson(join(c.dir, 'guide', f)).districtContact === undefined);
    const items = inArea(reviewOf(c), guideContactsArea);
    expect(items.map((i) => i.file)).toEqual(without.map((f) => contentFile(c.dir, `guide/${f}`)));
    expect(items.every((i) => i.field === 'districtContact' && i.required)).toBe(true);
  });

  it('with every topic filled but one, only that one', () => {
    const c = copy();
    fillDistrictContacts(c.dir);
    const path = join(c.dir, 'guide/03-digital.json');
    const rest = readJson(path);
    delete rest.districtContact;
    writeJson(path, rest);
    const items = inArea(reviewOf(c), guideContactsArea);
    expect(items.map((i) => [i.file, i.field, i.required])).toEqual([[contentFile(c.dir, 'guide/03-digital.json'), 'districtContact', true]]);
    expect(items[0]!.what).toContain(`“${String(rest.title)}”`);
  });
});

describe('示例数据', () => {
  it('the demo identity and an example report or notice copied into content are required items', () => {
    const c = copy({ reports: false });
    editSite(c, (s) => (s.sample = true));
    cpSync('examples/progress/2024-commerce.json', join(c.dir, 'progress/2024-commerce.json'));
    mkdirSync(join(c.dir, 'notices'), { recursive: true });
    cpSync('examples/notices/2025-03-05-sample-work-update.mdx', join(c.dir, 'notices/2025-03-05-sample-work-update.mdx'));
    const items = inArea(reviewOf(c), demoArea);
    expect(items.map((i) => [i.file, i.field, i.required])).toEqual([
      [contentFile(c.dir, 'site.json'), 'site.sample', true],
      [contentFile(c.dir, 'progress/2024-commerce.json'), 'sample', true],
      [contentFile(c.dir, 'notices/2025-03-05-sample-work-update.mdx'), 'sample', true],
    ]);
  });

  it('real content has none', () => {
    expect(inArea(reviewOf(copy()), demoArea)).toEqual([]);
  });
});

describe('计算口径（待责任单位确认）', () => {
  const c = copy();
  const file = join(c.dir, 'readings.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as { id: string; alternative: string | null; confirmation?: unknown }[];
  const open = entries.map((e, i) => ({ ...e, index: i })).filter((e) => e.confirmation === undefined);

  it('each entry without a confirmation, with its alternative reading', () => {
    const items = inArea(reviewOf(c), readingsArea);
    expect(items.map((i) => [i.field, i.alternative ?? null, i.required])).toEqual(open.map((e) => [`${e.index}.confirmation`, e.alternative, false]));
  });

  it('each 计算口径 waits for the drafting office (区发改局) with the bureaus concerned, with its other reading; a confirmed one is no longer listed', () => {
    const d = copy();
    const dFile = join(d.dir, 'readings.json');
    const list = (JSON.parse(readFileSync(dFile, 'utf8')) as Json[]).slice(0, 2).map((e): Json => ({ ...e, alternative: `测试的另一种读法${String(e.id)}` }));
    for (const e of list) delete e.confirmation;
    writeJson(dFile, list);
    const items = inArea(reviewOf(d), readingsArea);
    expect(items.map((i) => [i.field, i.alternative])).toEqual(list.map((e, n) => [`${n}.confirmation`, `测试的另一种读法${String(e.id)}`]));
    for (const item of items) expect(item.what).toContain('待区发改局（方案起草单位）会同相关责任单位确认');
    list[0]!.confirmation = { by: '区卫健局', date: '2026-01-10', basis: '测试：区卫健局复函' };
    writeJson(dFile, list);
    expect(inArea(reviewOf(d), readingsArea).map((i) => i.field)).toEqual(['1.confirmation']);
  });
});

describe('文件内容 (the 送审稿 as staff have it)', () => {
  const c = copy({ reviewDraft: true });
  writeJson(join(c.dir, 'discrepancies.json'), []);
  const departments = JSON.parse(readFileSync(join(c.dir, 'departments.json'), 'utf8')) as { id: string }[];
  const index = (id: string) => departments.findIndex((d) => d.id === id);

  it('with nothing registered: the deleted tasks the body keeps, the 每年 targets, the bureaus written two ways', () => {
    const items = inArea(reviewOf(c), documentArea);
    const inCopy = (file: string) => file.slice(contentFile(c.dir, '.').length + 1);
    expect(items.map((i) => [inCopy(i.file), i.field, i.required])).toEqual([
      ['actions/08-consumer-trade-in.mdx', 'body', false],
      ['actions/02-urban-infrastructure.mdx', 'body', false],
      ['actions/04-agriculture-water.mdx', 'body', false],
      ['actions/09-recycling.mdx', 'body', false],
      ['indicators/12-medical-equipment.json', 'targets.district2024', false],
      ['indicators/15-elderly-home-adaptation.json', 'targets.district2027', false],
      ...[index('government-office'), index('market-regulation')].sort((a, b) => a - b).map((i) => ['departments.json', `${i}.aliases`, false]),
    ]);
    expect(items[2]!.what).toContain('“报废农机1万台套”');
    expect(items[2]!.what).toContain('区农业农村局建议删除');
  });

  it('an entry of content/discrepancies.json replaces the finding it covers, and is listed itself', () => {
    const d = copy({ reviewDraft: true });
    const entry = {
      id: 'market-regulation-name',
      topic: '部门名称',
      sides: [
        { where: '起草说明 二、起草过程', text: '区市场监督管理局' },
        { where: '方案正文', text: '区市场监管局' },
      ],
      shown: '按方案正文写作“区市场监管局”。',
    };
    const farm = {
      id: 'farm-machinery',
      topic: '报废农机',
      sides: [
        { where: '起草说明', text: '报废农机1万台套' },
        { where: '方案正文 二、（四）', text: '加快推进秸秆粉碎机、玉米收割机、旋耕机等农业机械报废更新' },
      ],
      shown: '照录正文。',
    };
    writeJson(join(d.dir, 'discrepancies.json'), [entry, farm]);
    const items = inArea(reviewOf(d), documentArea);
    expect(items.slice(0, 2).map((i) => [i.file, i.field])).toEqual([
      [contentFile(d.dir, 'discrepancies.json'), '0'],
      [contentFile(d.dir, 'discrepancies.json'), '1'],
    ]);
    expect(items[0]!.what).toContain('区市场监督管理局');
    expect(items.map((i) => i.field)).not.toContain(`${index('market-regulation')}.aliases`);
    expect(items.map((i) => i.field)).toContain(`${index('government-office')}.aliases`);
    expect(items.filter((i) => i.file.endsWith('04-agriculture-water.mdx'))).toEqual([]);
  });
});

describe('collectReview', () => {
  it('every item names its area, file and field; publishing waits for the required ones only', () => {
    const c = copy();
    blankIdentity(c);
    for (const f of readdirSync(join(c.dir, 'guide')).filter((n) => n.endsWith('.json'))) {
      const topic = readJson(join(c.dir, 'guide', f));
      delete topic.districtContact;
      writeJson(join(c.dir, 'guide', f), topic);
    }
    const items = reviewOf(c);
    expect(items.every((i) => i.area && i.file && typeof i.field === 'string' && i.what)).toBe(true);
    expect(publishingBlockers(items).every((i) => i.required)).toBe(true);
    expect(publishingBlockers(items).map((i) => i.area)).toEqual(expect.arrayContaining([identityArea.name, guideContactsArea.name]));
    expect(publishingBlockers(items).filter((i) => i.area === readingsArea.name || i.area === documentArea.name)).toEqual([]);
  });
});
