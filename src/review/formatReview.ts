/**
 * The review as staff read it in a terminal: `npm run review` (every item, grouped by area) and the
 * publishing gate's refusal (every required item at once). Chinese, with the English key of each
 * field (src/schemas/fieldLabels.ts).
 */
import { describeField } from '../schemas/fieldLabels.ts';
import type { ReviewItem } from './reviewItem.ts';
import { groupByArea } from './collectReview.ts';

/** "site.contact.phone" → "site.contact.phone（咨询联系方式…电话）"; list positions stay numbers. */
export function fieldName(field: string): string {
  return describeField(field === '' ? [] : field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
}

/** One item: where, then what, then the other reading when there is one. */
export function formatItem(item: ReviewItem, indent = '  '): string {
  const lines = [`${indent}${item.required ? '【必须】' : ''}${item.file}  字段 ${fieldName(item.field)}`, `${indent}  ${item.what}`];
  if (item.alternative) lines.push(`${indent}  另一种读法：${item.alternative}`);
  return lines.join('\n');
}

/** The whole review, grouped by area; `strict` adds what --strict decided. */
export function formatReview(items: readonly ReviewItem[]): string {
  const required = items.filter((i) => i.required).length;
  if (items.length === 0) return '工作人员审核清单（staff review）：没有待处理的事项。';
  const head = `工作人员审核清单（staff review）：共 ${items.length} 项待处理，其中 ${required} 项发布前必须完成（标“【必须】”）。`;
  const groups = groupByArea(items).map(({ area, items: list }) => {
    const n = list.filter((i) => i.required).length;
    return [`■ ${area}（${list.length} 项${n > 0 ? `，必须 ${n} 项` : ''}）`, ...list.map((i) => formatItem(i))].join('\n');
  });
  return [head, ...groups].join('\n\n');
}

/** Why a publication cannot start: every required item at once, numbered. */
export function formatBlockers(blockers: readonly ReviewItem[]): string {
  return [
    `发布前还有 ${blockers.length} 项必须填写或处理（publishing blocked）：`,
    ...blockers.map((b, i) => `${i + 1}. [${b.area}] ${b.file}  字段 ${fieldName(b.field)}\n   ${b.what}`),
    '逐项填好后重新运行；npm run review 列出全部待处理事项。只在本机查看可用 npm start 或 npm run build（本地预览构建）。',
  ].join('\n');
}
