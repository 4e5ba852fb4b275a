/** RSS feed of progress updates: one item per imported report (a bureau's figures for a period). */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../data/content';
import { loadProgress } from '../../data/progress';
import { withUnit } from '../../lib/progressText';
import { withBase } from '../../lib/url';

export async function GET(context: APIContext) {
  const content = await loadContent();
  const progress = await loadProgress();
  const base = import.meta.env.BASE_URL;
  const name = (n: number) => content.indicators.find((i) => i.data.number === n)!.data;
  const items = [...progress.reports]
    .sort((a, b) => b.imported.localeCompare(a.imported) || a.id.localeCompare(b.id))
    .map((r) => ({
      title: `${r.sample ? '【示例数据】' : ''}${r.department.data.name}报送${r.period}进展数据`,
      link: withBase(base, '/progress/'),
      pubDate: new Date(`${r.imported}T00:00:00+08:00`),
      description: r.rows
        .map((row) => `指标${row.indicator}“${name(row.indicator).name}”：截至${row.asOf}为${withUnit(row.value, name(row.indicator).unit)}`)
        .join('；'),
      customData: `<guid isPermaLink="false">progress-${r.id}-${r.imported}</guid>`,
    }));
  return rss({
    title: `${content.site.title}：指标进展更新`,
    description: '各责任单位报送的“两新”指标进展数据，每次导入一条。',
    site: context.site ?? 'http://localhost:4321',
    items,
    customData: '<language>zh-CN</language>',
  });
}
