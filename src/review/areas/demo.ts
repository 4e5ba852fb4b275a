/**
 * 示例数据: anything in the content marked as the demo's invented data (`sample: true`, from
 * examples/). The official build refuses it already (the content check); the review names each
 * file so staff can remove it, and publishing waits for it.
 */
import type { AreaItem, ReviewArea } from '../reviewArea.ts';

const advice = '示例数据只用于演示站（npm run build:demo），不得出现在正式内容中：删除该文件或该项';

export const demoArea: ReviewArea = {
  name: '示例数据',
  collect(content, { siteFile }) {
    const items: AreaItem[] = [];
    const flagged = (file: string, field: string, what: string) => items.push({ file, field, what: `${what}是示例数据。${advice}`, required: true });
    if (content.site?.sample) flagged(siteFile, 'site.sample', '网站标识和联系方式');
    for (const r of content.progress) if (r.data.sample) flagged(r.file, 'sample', `进展报告“${r.data.period}”`);
    for (const n of content.notices) if (n.data.sample) flagged(n.file, 'sample', `公告“${n.data.title}”`);
    for (const m of content.merchants) if (m.data.sample) flagged(m.file, 'sample', `参与企业名单（${m.data.published}）`);
    for (const g of content.guide) if (g.data.howTo?.sample) flagged(g.file, 'howTo.sample', `居民指南“${g.data.title}”的办理指引`);
    return items;
  },
};
