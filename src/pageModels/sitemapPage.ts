/**
 * 网站地图 (/sitemap/): every public page, under the section of the main navigation it belongs to —
 * the sections' own pages, then each entry's page. Pure: the lists come from the page's loaders.
 * sitemap.xml (for machines) lists the same pages; tests/site/sitemapPage.test.ts holds them equal.
 */
import { mainNav } from '../site/nav.ts';
import { withBase } from '../site/url.ts';

export interface SitemapLink {
  /** Path without the base, e.g. /actions/transport/. */
  path: string;
  /** The link as printed: the path under the site's base. */
  href: string;
  text: string;
}

export interface SitemapSection {
  /** Anchor of the section's heading, from its path: plan, actions…; home for /. */
  id: string;
  title: string;
  path: string;
  href: string;
  links: SitemapLink[];
}

export interface SitemapInput {
  actions: { slug: string; title: string }[];
  measures: { slug: string; title: string }[];
  indicators: { slug: string; number: number; name: string }[];
  departments: { id: string; name: string }[];
  notices: { id: string; title: string; date: string }[];
  /** Frozen earlier texts, oldest first. */
  versions: { slug: string; name: string }[];
  /** Comparisons of consecutive texts. */
  comparisons: { path: string; before: string; after: string }[];
}

/** `base`: the site's base path, e.g. /zt/liangxin/. */
export function sitemapSections(input: SitemapInput, base: string): SitemapSection[] {
  const children: Record<string, Omit<SitemapLink, 'href'>[]> = {
    '/plan/': [
      { path: '/plan/explanation/', text: '起草说明' },
      { path: '/plan/versions/', text: '文本版本' },
      ...input.versions.map((v) => ({ path: `/plan/versions/${v.slug}/`, text: v.name })),
      ...input.comparisons.map((c) => ({ path: c.path, text: `${c.before}与${c.after}对照` })),
    ],
    '/actions/': input.actions.map((a) => ({ path: `/actions/${a.slug}/`, text: a.title })),
    '/measures/': input.measures.map((m) => ({ path: `/measures/${m.slug}/`, text: m.title })),
    '/indicators/': input.indicators.map((i) => ({ path: `/indicators/${i.slug}/`, text: `指标${i.number} ${i.name}` })),
    '/notices/': input.notices.map((n) => ({ path: `/notices/${n.id}/`, text: `${n.title}（${n.date}）` })),
    '/departments/': input.departments.map((d) => ({ path: `/departments/${d.id}/`, text: d.name })),
    '/guide/': [{ path: '/guide/merchants/', text: '参与企业名单' }],
    '/data/': [{ path: '/data/dictionary/', text: '数据字典' }],
    '/about/': [
      { path: '/about/method/', text: '计算口径' },
      { path: '/search/', text: '站内搜索' },
      { path: '/sitemap/', text: '网站地图' },
    ],
  };
  const link = <T extends { path: string }>(l: T) => ({ ...l, href: withBase(base, l.path) });
  return mainNav({ actions: input.actions.length }).map((item) =>
    link({ id: item.path.replace(/\//g, '') || 'home', title: item.label, path: item.path, links: (children[item.path] ?? []).map(link) }),
  );
}
