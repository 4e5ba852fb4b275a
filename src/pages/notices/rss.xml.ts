/** RSS feed of notices: one item per notice, newest first, dated the day it was issued. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../data/content';
import { loadNotices } from '../../data/notices';
import { noticePath } from '../../site/noticePaths';
import { withBase } from '../../site/url';

export async function GET(context: APIContext) {
  const content = await loadContent();
  const { notices, topics } = await loadNotices();
  const topicTitle = (slug: string) => topics.find((t) => t.topic.slug === slug)?.topic.title ?? slug;
  const base = import.meta.env.BASE_URL;
  const site = context.site ?? 'http://localhost:4321';
  return rss({
    title: `${content.site.title}：通知公告`,
    description: '本专题发布的通知公告、工作动态、政策解读和提示。',
    site,
    items: notices.map((n) => ({
      title: `${n.sample ? '【示例数据】' : ''}【${n.kind}】${n.title}`,
      link: new URL(withBase(base, noticePath.notice(n.id)), site).href,
      pubDate: new Date(`${n.date}T00:00:00+08:00`),
      description: `${n.issuer}发布。出处：${n.source.name}${n.status ? `。${topicTitle(n.status.topic)}补贴自${n.status.from}起${n.status.state}` : ''}`,
      customData: `<guid isPermaLink="false">notice-${n.id}</guid>`,
    })),
    customData: '<language>zh-CN</language>',
  });
}
