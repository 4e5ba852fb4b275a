/**
 * The footer's identity block and the 无障碍声明's contact (src/pageModels/footerIdentity.ts): what
 * is shown, linked, marked 示例数据, and where a local preview says 待填写 — never in a build that
 * is not a preview.
 */
import { describe, expect, it } from 'vitest';
import { accessibilityContact, footerIdentity, placeholderText, type FooterField } from '../../src/pageModels/footerIdentity.ts';
import { telHref, telText } from '../../src/site/telHref.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';

function site(over: Partial<SiteSettings> = {}): SiteSettings {
  return {
    sponsor: '',
    organizer: '',
    siteCode: '',
    icp: { number: '', url: 'https://beian.miit.gov.cn/' },
    publicSecurity: { number: '', url: '' },
    contact: { phone: '', address: '', hours: '', email: '' },
    accessibilityContact: { office: '', phone: '', address: '', email: '' },
    sample: false,
    ...over,
  } as SiteSettings;
}
const filled = site({
  sponsor: '某主办单位',
  organizer: '某承办单位',
  siteCode: '1234567890',
  icp: { number: '鄂ICP备12345678号', url: 'https://beian.miit.gov.cn/' },
  publicSecurity: { number: '鄂公网安备42050302000000号', url: 'https://beian.mps.gov.cn/' },
  contact: { phone: '0717-1234567', address: '某路1号', hours: '工作日', email: 'a@example.cn' },
  accessibilityContact: { office: '某科室', phone: '(0717) 765 4321', address: '某路2号', email: '' },
});
const show = (lines: FooterField[][]) =>
  lines.map((l) => l.map((f) => `${f.label}=${f.text}${f.href ? `→${f.href}` : ''}${f.placeholder ? `[${f.placeholder}]` : ''}${f.sample ? '+示例' : ''}`));

describe('footer identity block', () => {
  it('shows every filled field in three lines, the registrations linked, the phone as tel: and the e-mail as mailto:', () => {
    expect(show(footerIdentity(filled, false))).toEqual([
      ['主办单位=某主办单位', '承办单位=某承办单位', '网站标识码=1234567890'],
      ['ICP备案号=鄂ICP备12345678号→https://beian.miit.gov.cn/', '公安机关备案号=鄂公网安备42050302000000号→https://beian.mps.gov.cn/'],
      ['联系电话=0717\u20111234567→tel:07171234567', '办公时间=工作日', '联系地址=某路1号', '电子邮箱=a@example.cn→mailto:a@example.cn'],
    ]);
  });

  it('in a local preview, 待填写 with the field for what publishing waits for; the rest is left out', () => {
    expect(show(footerIdentity(site(), true))).toEqual([
      [`主办单位=${placeholderText}[site.sponsor]`, `网站标识码=${placeholderText}[site.siteCode]`],
      [`ICP备案号=${placeholderText}[site.icp.number]`],
      [`联系电话=${placeholderText}[site.contact.phone]`, `联系地址=${placeholderText}[site.contact.address]`],
    ]);
  });

  it('never 待填写 outside a preview: a missing field is left out, an empty line too', () => {
    expect(footerIdentity(site(), false)).toEqual([]);
    expect(show(footerIdentity(site({ sponsor: '某主办单位' }), false))).toEqual([['主办单位=某主办单位']]);
  });

  it('a number without a link is shown without one', () => {
    expect(show(footerIdentity(site({ publicSecurity: { number: '鄂公网安备1号', url: '' } }), false))).toEqual([['公安机关备案号=鄂公网安备1号']]);
  });

  it('the demo’s invented values (site.sample) each carry 示例数据', () => {
    const lines = footerIdentity({ ...filled, sample: true }, true).flat();
    expect(lines.length).toBe(9);
    expect(lines.every((f) => f.sample)).toBe(true);
  });
});

describe('the 无障碍声明’s contact', () => {
  it('office, phone as tel:, address; e-mail left out while empty', () => {
    expect(show([accessibilityContact(filled, false)])).toEqual([['受理部门=某科室', '电话=(0717)\u00a0765\u00a04321→tel:07177654321', '地址=某路2号']]);
  });
  it('in a preview, 待填写 for phone and address, which publishing waits for', () => {
    expect(show([accessibilityContact(site(), true)])).toEqual([
      [`电话=${placeholderText}[site.accessibilityContact.phone]`, `地址=${placeholderText}[site.accessibilityContact.address]`],
    ]);
    expect(accessibilityContact(site(), false)).toEqual([]);
  });
});

describe('telHref', () => {
  it.each([
    ['0717-1234567', 'tel:07171234567'],
    ['(0717) 123 4567', 'tel:07171234567'],
    ['+86 717 1234567', 'tel:+867171234567'],
    ['12345', 'tel:12345'],
  ])('%s → %s', (phone, href) => expect(telHref(phone)).toBe(href));
});

describe('telText', () => {
  it.each([
    ['0717-1234567', '0717\u20111234567'],
    ['(0717) 123 4567', '(0717)\u00a0123\u00a04567'],
  ])('%s never wraps', (phone, text) => expect(telText(phone)).toBe(text));
});
