/**
 * /guide/merchants/: the published 参与企业名单 grouped for residents — by guide topic in the
 * guide's order, then by 街道 — each topic with the lists (公布日期 and notice) its businesses
 * come from. Pure: lists, guide sections and the base path in, what the page prints out.
 */
import { telHref, telText } from '../site/telHref.ts';
import { withBase } from '../site/url.ts';
import type { GuideSection } from '../schemas/guide.ts';
import type { Merchant, MerchantList } from '../schemas/merchant.ts';

/** Heading of the businesses whose list gives no 街道. */
export const noStreet = '未注明街道';

/** Where a topic's businesses were published: the day and the notice. */
export interface MerchantSource {
  published: string;
  notice: string;
  noticeUrl: string | undefined;
  sample: boolean;
}

/** A business as the page lists it: its phone, if any, as a link a phone can call. */
export interface ListedMerchant extends Merchant {
  /** The phone as a tel: link and its unbreakable text; undefined when the list gives none. */
  call: { href: string; text: string } | undefined;
}

export interface MerchantStreet {
  /** The 街道 as listed, or 未注明街道. */
  street: string;
  merchants: ListedMerchant[];
}

export interface MerchantCategory {
  /** The guide topic's slug (its anchor on /guide/). */
  slug: string;
  /** The guide topic's title, e.g. 换家电. */
  title: string;
  /** The lists this topic's businesses come from, newest first. */
  sources: MerchantSource[];
  /** Streets in Chinese collation order, the unnamed last. */
  streets: MerchantStreet[];
}

export interface MerchantsPage {
  /** How many businesses are listed in all. */
  total: number;
  categories: MerchantCategory[];
  /** The link to /guide/, whose topics give the categories. */
  guideHref: string;
}

export function merchantsPage(lists: MerchantList[], guide: Pick<GuideSection, 'number' | 'slug' | 'title'>[], base: string): MerchantsPage {
  const categories: MerchantCategory[] = [];
  for (const g of [...guide].sort((a, b) => a.number - b.number)) {
    const from = lists.filter((l) => l.merchants.some((m) => m.category === g.slug));
    if (from.length === 0) continue;
    const byStreet = new Map<string, ListedMerchant[]>();
    for (const l of from) {
      for (const m of l.merchants.filter((m) => m.category === g.slug)) {
        const street = m.street || noStreet;
        const call = m.phone ? { href: telHref(m.phone), text: telText(m.phone) } : undefined;
        byStreet.set(street, [...(byStreet.get(street) ?? []), { ...m, call }]);
      }
    }
    const streets = [...byStreet]
      .map(([street, merchants]) => ({ street, merchants }))
      .sort((a, b) => Number(a.street === noStreet) - Number(b.street === noStreet) || a.street.localeCompare(b.street, 'zh-CN'));
    const sources = from
      .map((l) => ({ published: l.published, notice: l.notice, noticeUrl: l.noticeUrl, sample: l.sample }))
      .sort((a, b) => b.published.localeCompare(a.published));
    categories.push({ slug: g.slug, title: g.title, sources, streets });
  }
  return { total: lists.reduce((n, l) => n + l.merchants.length, 0), categories, guideHref: withBase(base, '/guide/') };
}
