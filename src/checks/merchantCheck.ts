/**
 * Checks on the participating-merchant lists that need other content or the date: every 类别 is a
 * topic of the residents' guide, the 公布日期 lies between the plan's start and today, a business
 * is listed once per list, and no example list slips into a real build. Pure; shared by the
 * content check and `npm run import:merchants`.
 */
import { PLAN_START } from '../progress/assess.ts';
import type { GuideSection } from '../schemas/guide.ts';
import type { MerchantList } from '../schemas/merchant.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

/** The guide's topics as a 类别 must name them: 'appliances（换家电）、…', for messages. */
export function categoryChoices(guide: Pick<GuideSection, 'slug' | 'title'>[]): string {
  return guide.map((g) => `${g.slug}（${g.title}）`).join('、');
}

export function checkMerchants(
  lists: Located<MerchantList>[],
  guide: Pick<GuideSection, 'slug' | 'title'>[],
  today: string,
  allowSample: boolean,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const topics = new Set(guide.map((g) => g.slug));
  for (const { file, data } of lists) {
    if (data.sample && !allowSample) {
      issues.push({
        file,
        field: ['sample'],
        expected: '正式内容中不能有示例数据：示例名单应放在 examples/merchants/，用 npm run build:demo 构建演示站',
        found: 'true',
      });
    }
    if (data.published < PLAN_START || data.published > today) {
      issues.push({ file, field: ['published'], expected: `公布日期应在 ${PLAN_START} 至 ${today}（今天）之间`, found: JSON.stringify(data.published) });
    }
    const seen = new Map<string, number>();
    data.merchants.forEach((m, i) => {
      if (!topics.has(m.category)) {
        issues.push({
          file,
          field: ['merchants', i, 'category'],
          expected: `应为居民指南中的类别：${categoryChoices(guide)}`,
          found: JSON.stringify(m.category),
        });
      }
      const key = `${m.name}|${m.address}`;
      const first = seen.get(key);
      if (first !== undefined)
        issues.push({ file, field: ['merchants', i, 'name'], expected: `与第 ${first + 1} 家重复（名称和地址相同）`, found: JSON.stringify(m.name) });
      else seen.set(key, i);
    });
  }
  return issues;
}
