/**
 * RSS feed of progress updates: one item per imported report (a bureau's figures for a period),
 * dated when it was first imported, and one per correction (a re-import that changed or dropped
 * figures), dated that day and listing each figure's old and new value; and one per frozen version
 * of the plan, dated the day it was frozen (version.json's date), since from then progress is
 * judged against the text that replaced it unless that text gives a later 发布日期.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../data/content';
import { loadProgress } from '../../data/progress';
import { loadSiteAddress } from '../../data/siteAddress';
import { loadVersions } from '../../data/versions';
import { revisionPhrase, withUnit } from '../../progress/text';
import { localAddressNote } from '../../site/siteAddress';
import { withBase } from '../../site/url';
import { statusText } from '../../model/documentStatus';
import { ruleAnchor } from '../../model/rules';

export async function GET(context: APIContext) {
  const content = await loadContent();
  const progress = await loadProgress();
  const base = import.meta.env.BASE_URL;
  const address = await loadSiteAddress();
  const site = context.site ?? address.href;
  // Absolute, so @astrojs/rss keeps links as they are (it would add a slash after a #fragment).
  const href = (path: string) => new URL(withBase(base, path), site).href;
  const indicator = (n: number) => content.indicators.find((i) => i.data.number === n)!.data;
  const reported = progress.reports.map((r) => ({
    date: r.imported,
    id: r.id,
    title: `${r.sample ? '【示例数据】' : ''}${r.department.data.name}报送${r.period}进展数据`,
    link: href('/progress/'),
    description: r.rows
      .map((row) => `指标${row.indicator}“${indicator(row.indicator).name}”：截至${row.asOf}为${withUnit(row.value, indicator(row.indicator).unit)}`)
      .join('；'),
    guid: `progress-${r.id}-${r.imported}`,
  }));
  const revised = progress.revisionEvents.map((e) => {
    const numbers = [...new Set(e.revisions.map((v) => v.indicator))];
    return {
      date: e.revised,
      id: e.reportId,
      title: `${e.sample ? '【示例数据】' : ''}${e.department.data.name}修订${e.period}进展数据`,
      // One indicator: its page, where 数据修订记录 shows the change; several: the progress page.
      link: href(numbers.length === 1 ? `/indicators/${indicator(numbers[0]!).slug}/#revisions` : '/progress/'),
      description: e.revisions
        .map((v) => `指标${v.indicator}“${indicator(v.indicator).name}”截至${v.asOf}的数值${revisionPhrase(v)}${v.reason ? `（${v.reason}）` : ''}`)
        .join('；'),
      guid: `progress-revision-${e.reportId}-${e.revised}`,
    };
  });
  const { pairs, sample } = await loadVersions();
  const replaced = pairs.map(({ before, after, path, comparison }) => {
    const next = after.superseded ? after.name : `${after.name}（${statusText(after.status)}）`;
    return {
      date: before.date!,
      id: `version-${before.slug}`,
      // The demo's current text is invented (examples/versions/).
      title: `${sample && !after.superseded ? '【示例数据】' : ''}方案${before.name}由${next}替代`,
      link: href(path),
      description: `方案${before.name}（${before.status}）于${before.date}冻结，原文仍可在本站查阅。与${next}相比，改动的段落${comparison.parts.length}处、目标值${comparison.targets.length}处、分工${comparison.assignments.length}处。自${after.inForceFrom ?? before.date}起，进展按${next}的目标评估。`,
      guid: `plan-version-${before.slug}`,
    };
  });
  const items = [...reported, ...revised, ...replaced]
    // Newest first; ties by report, then its 报送 item before its correction's (guid order).
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id) || a.guid.localeCompare(b.guid))
    .map((i) => ({
      title: i.title,
      link: i.link,
      pubDate: new Date(`${i.date}T00:00:00+08:00`),
      description: i.description,
      customData: `<guid isPermaLink="false">${i.guid}</guid>`,
    }));
  return rss({
    title: `${content.site.title}：指标进展更新`,
    // The feed says once whose words it carries (/about/#statement-kinds): bureaus' figures, and our reading of their periods.
    // A feed needs absolute links; a local build's are localhost, and the feed says so.
    description: `各责任单位报送的“两新”指标进展数据（报送数据，不是方案原文），每次导入一条；更正后重新导入改动了数值的，另有一条修订记录；方案文本被新的版本替代时，也有一条。报告期按统一写法（计算口径：${href(ruleAnchor('cumulative-reports'))}）。${address.local ? `链接为${localAddressNote}` : ''}`,
    site,
    items,
    customData: '<language>zh-CN</language>',
  });
}
