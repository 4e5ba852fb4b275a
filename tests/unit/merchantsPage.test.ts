/** /guide/merchants/'s model: topics in the guide's order, streets in collation order with the unnamed last, sources newest first. */
import { describe, expect, it } from 'vitest';
import { merchantsPage, noStreet } from '../../src/pageModels/merchantsPage.ts';
import type { MerchantList } from '../../src/schemas/merchant.ts';

const guide = [
  { number: 2, slug: 'appliances', title: '换家电' },
  { number: 1, slug: 'cars', title: '换车' },
  { number: 3, slug: 'digital', title: '换手机等数码产品' },
];
const m = (name: string, category: string, street = '') => ({ name, category, street, address: '', phone: '' });
const list = (published: string, notice: string, merchants: MerchantList['merchants']): MerchantList => ({
  published,
  notice,
  sample: false,
  importedFrom: '',
  imported: published,
  merchants,
});

describe('merchantsPage', () => {
  it('is empty when no list is published', () => {
    expect(merchantsPage([], guide, '/')).toEqual({ total: 0, categories: [], guideHref: '/guide/' });
  });

  it('links the guide under the site’s base path', () => {
    expect(merchantsPage([], guide, '/zt/liangxin/').guideHref).toBe('/zt/liangxin/guide/');
  });

  it('groups by topic, then street, and names each topic’s lists', () => {
    const page = merchantsPage(
      [
        list('2025-03-01', '甲通知', [m('A', 'appliances', '万寿桥街道'), m('B', 'appliances'), m('C', 'appliances', '大公桥街道')]),
        list('2025-04-15', '乙通知', [m('D', 'cars', '伍家乡'), m('E', 'appliances', '万寿桥街道')]),
      ],
      guide,
      '/',
    );
    expect(page.total).toBe(5);
    expect(page.categories.map((c) => c.slug)).toEqual(['cars', 'appliances']);
    const appliances = page.categories[1]!;
    expect(appliances.sources.map((s) => s.notice)).toEqual(['乙通知', '甲通知']);
    expect(appliances.streets.map((s) => [s.street, s.merchants.map((x) => x.name)])).toEqual([
      ['大公桥街道', ['C']],
      ['万寿桥街道', ['A', 'E']],
      [noStreet, ['B']],
    ]);
  });

  it.each([
    ['0717-6543210', { href: 'tel:07176543210', text: '0717\u20116543210' }],
    ['(0717) 654 3210', { href: 'tel:07176543210', text: '(0717)\u00a0654\u00a03210' }],
    ['', undefined],
  ])('lists the phone %j as a link a phone can call', (phone, call) => {
    const page = merchantsPage([list('2025-03-01', '甲通知', [{ ...m('A', 'cars'), phone }])], guide, '/');
    expect(page.categories[0]!.streets[0]!.merchants[0]!.call).toEqual(call);
  });
});
