/**
 * What kind of page a URL path is, for search results and the type filter. Derived from the path
 * alone, so pages added later under a known section (guide/, policies/, progress/, notices/, data/) are typed
 * correctly without touching them. Paths are without the base path ("/actions/transport/").
 */
export const pageTypes = ['原文', '行动', '保障措施', '指标', '部门', '政策', '指南', '进展', '动态', '数据', '首页', '关于本站', '其他'] as const;
export type PageType = (typeof pageTypes)[number];

/** The type of dated news (notices): search ranks it after the lasting pages that match as well. */
export const datedType: PageType = '动态';

/** First path segment → type. Order does not matter; each section owns one segment. */
const sections: Record<string, PageType> = {
  plan: '原文',
  actions: '行动',
  measures: '保障措施',
  indicators: '指标',
  departments: '部门',
  policies: '政策',
  guide: '指南',
  progress: '进展',
  notices: '动态',
  data: '数据',
  about: '关于本站',
};

/**
 * Pages that are about finding things rather than content (search, 404, the HTML 网站地图), and the
 * staff review of local previews: they stay out of the index.
 */
const unindexed = new Set(['search', '404', '404.html', 'sitemap', 'review']);

/** The page's type, or null when the page must not appear in search results. */
export function pageType(pathname: string): PageType | null {
  const first = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  if (first === '') return '首页';
  if (unindexed.has(first)) return null;
  return sections[first] ?? '其他';
}

/**
 * Whether a page belongs to a superseded text, for the `edition` search filter. Pages of superseded
 * texts (/plan/versions/<slug>/) and comparisons of two texts (/plan/versions/compare/…) repeat the
 * plan's sentences as they no longer stand: the search page leaves them out unless the reader asks
 * for them, so a query never answers with a text that is not in force. Only these pages carry the
 * filter (the default query excludes its value), so the other pages stay a few bytes lighter.
 * /plan/versions/ itself, the list of versions, is an ordinary page.
 */
export const supersededEdition = '已被替代的版本';

export function isSupersededPage(pathname: string): boolean {
  return /^\/*plan\/versions\/[^/]+/.test(pathname);
}
