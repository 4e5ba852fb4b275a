/**
 * Checks on notices (content/notices/*.mdx) that need the other content or the files beside them:
 * related actions, indicators and guide topics exist; a status names a guide topic (and the policy
 * it rests on, if any, exists) and no two
 * notices set the same topic from the same day; every attachment exists and is at most 20 MB; the
 * file name can be an address; no example notice slips into a real build. Pure: the files'
 * sizes come from `sizeOf`, so tests need no files.
 */
import { attachmentFolder, attachmentTypes, extensionOf, maxAttachmentBytes } from '../model/attachment.ts';
import type { Notice } from '../schemas/notice.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

export interface NoticeContext {
  actions: readonly string[];
  indicators: readonly number[];
  topics: readonly string[];
  /** ids of content/policies.json, which a status may rest on. */
  policies: readonly string[];
  /** Size in bytes of a file of the attachment folder, or null when it does not exist. */
  sizeOf: (file: string) => number | null;
  allowSample: boolean;
}

const show = (v: unknown) => JSON.stringify(v);

export function noticeCheck(notices: readonly Located<Notice>[], ctx: NoticeContext): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const actions = new Set(ctx.actions);
  const indicators = new Set(ctx.indicators);
  const topics = new Set(ctx.topics);
  const topicList = ctx.topics.join('、');
  const statusSet = new Map<string, string>();
  for (const { file, data: n } of notices) {
    const push = (field: (string | number)[], expected: string, found?: unknown) =>
      issues.push({ file, field, expected, ...(found === undefined ? {} : { found: show(found) }) });
    const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.mdx$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
      push([], `文件名即网址，应由小写英文字母、数字和连字符组成，如 "2025-06-01-car-pause.mdx"`, name);
    }
    if (n.sample && !ctx.allowSample) {
      push(['sample'], '正式内容中不能有示例数据：示例公告应放在 examples/notices/，用 npm run build:demo 构建演示站', true);
    }
    n.actions.forEach((a, i) => {
      if (!actions.has(a)) push(['actions', i], '应为 content/actions/ 中某项行动的 slug', a);
    });
    n.indicators.forEach((x, i) => {
      if (!indicators.has(x)) push(['indicators', i], '应为 content/indicators/ 中已有的指标序号（附件2）', x);
    });
    n.topics.forEach((t, i) => {
      if (!topics.has(t)) push(['topics', i], `应为 content/guide/ 中某个主题的 slug（${topicList}）`, t);
    });
    if (n.status) {
      if (!topics.has(n.status.topic)) push(['status', 'topic'], `应为 content/guide/ 中某个主题的 slug（${topicList}）`, n.status.topic);
      if (n.status.policy !== undefined && !ctx.policies.includes(n.status.policy))
        push(['status', 'policy'], '应为 content/policies.json 中已有的政策标识（补贴状态所依据的政策）', n.status.policy);
      const key = `${n.status.topic}|${n.status.from}`;
      const first = statusSet.get(key);
      if (first) push(['status', 'from'], `主题“${n.status.topic}”在该日期已由 ${first} 设置状态，同一天只能有一条`, n.status.from);
      else statusSet.set(key, file);
    }
    const seen = new Set<string>();
    n.attachments.forEach((a, i) => {
      if (seen.has(a.file)) push(['attachments', i, 'file'], '同一附件不能重复列出', a.file);
      seen.add(a.file);
      const ext = extensionOf(a.file);
      if (!(ext in attachmentTypes)) {
        push(['attachments', i, 'file'], `附件类型应为 ${Object.keys(attachmentTypes).join('、')} 之一`, a.file);
        return;
      }
      const size = ctx.sizeOf(a.file);
      if (size === null) push(['attachments', i, 'file'], `附件应存在于 content/${attachmentFolder}/ 中`, a.file);
      else if (size > maxAttachmentBytes)
        push(['attachments', i, 'file'], `附件不能超过 20 MB（较大的文件请链接到发布机关网站）`, `${a.file}，${(size / 1024 / 1024).toFixed(1)} MB`);
      else if (size === 0) push(['attachments', i, 'file'], '附件不能是空文件', a.file);
    });
  }
  return issues;
}
