/**
 * Checks of site.json beyond its schema. Pure. The demo's invented identity (examples/site.json,
 * `sample: true`) must never reach a real build: the footer would print an invented 网站标识码
 * and phone number as the district's.
 */
import type { ContentIssue } from './issue.ts';
import type { SiteSettings } from '../schemas/site.ts';

export function siteIssues(site: SiteSettings, file: string, allowSample: boolean): ContentIssue[] {
  if (!site.sample || allowSample) return [];
  return [
    {
      file,
      field: ['site', 'sample'],
      expected: '网站标识和联系方式是示例数据（演示站专用），正式内容中应填写本站的真实信息并删除 "sample"，或设为 false',
      found: 'true',
    },
  ];
}
