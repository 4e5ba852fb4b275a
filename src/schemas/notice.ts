import { z } from 'astro/zod';
import { subsidyStates } from '../model/topicStatus.ts';
import { slug } from './common.ts';

/** The four kinds of dated item a government 专题 lists. */
export const noticeKinds = ['通知公告', '工作动态', '政策解读', '提示'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

/**
 * A day, YYYY-MM-DD. YAML reads an unquoted `2025-03-01` as a date (Astro's parser does), so a
 * date is taken back to its day; quoted or not, staff write the same thing.
 */
const day = (error: string) => z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), z.iso.date({ error }));

/** Where a notice comes from: the official page or document it reports. */
export const noticeSourceSchema = z.object({
  /** The document or page, e.g. 宜昌市商务局《关于……的通知》 or 湖北省商务厅网站. */
  name: z.string({ error: '应为出处名称，如 "湖北省商务厅网站"' }).trim().min(1, { error: '不能为空，应为出处名称，如 "湖北省商务厅网站"' }),
  /** Its official address, where there is one. */
  url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的官方网址' }).optional(),
});

/** A file published with a notice; it lives in the content folder and is copied into the site. */
export const attachmentSchema = z.object({
  /** The file's name in content/notices/files/, e.g. 2025-申报表.pdf (letters, digits, - _ . only). */
  file: z
    .string()
    .regex(/^[\p{L}\p{N}_.-]+\.[a-z0-9]+$/u, { error: '应为 content/notices/files/ 中的文件名，如 "2025-apply-form.pdf"（不含目录，扩展名小写）' }),
  /** The name readers see, e.g. 申报表. */
  title: z.string({ error: '应为附件名称，如 "申报表"' }).trim().min(1, { error: '不能为空，应为附件名称' }),
});

/** A 提示 that sets a guide topic's subsidy status from a day on. */
export const topicStatusSchema = z.object({
  /** The guide topic: the `slug` of a file in content/guide/, e.g. cars. */
  topic: slug,
  /** The state from `from` on. */
  state: z.enum(subsidyStates, { error: `应为 ${subsidyStates.join('、')} 之一` }),
  /** 起始日期 YYYY-MM-DD: the day the state takes effect. */
  from: day('应为起始日期 YYYY-MM-DD，如 "2025-06-01"'),
  /**
   * The policy the state rests on (an id in content/policies.json), where there is one: once its
   * checked period ends the state no longer stands (src/model/topicStatus.ts).
   */
  policy: slug.optional(),
});

/** One dated notice (content/notices/*.mdx); its body is the notice's text. */
export const noticeSchema = z
  .object({
    /** 类别: 通知公告, 工作动态, 政策解读 or 提示. */
    kind: z.enum(noticeKinds, { error: `应为 ${noticeKinds.join('、')} 之一` }),
    /** 标题, as issued. */
    title: z.string({ error: '应为标题' }).trim().min(1, { error: '不能为空，应为标题' }),
    /** 发布日期 YYYY-MM-DD. */
    date: day('应为发布日期 YYYY-MM-DD，如 "2025-06-01"'),
    /** 发布单位, e.g. 区商务局. */
    issuer: z.string({ error: '应为发布单位，如 "区商务局"' }).trim().min(1, { error: '不能为空，应为发布单位，如 "区商务局"' }),
    /** 出处: the official page or document. */
    source: noticeSourceSchema,
    /** 附件, in the order shown. */
    attachments: z.array(attachmentSchema).default([]),
    /** slugs of related actions (content/actions/). */
    actions: z.array(slug, { error: '应为行动标识列表，如 ["consumer-trade-in"]' }).default([]),
    /** 序号 of related indicators (附件2). */
    indicators: z.array(z.int({ error: '应为指标序号（整数），如 14' }), { error: '应为指标序号列表，如 [14]' }).default([]),
    /** slugs of related guide topics (content/guide/). */
    topics: z.array(slug, { error: '应为指南主题标识列表，如 ["cars"]' }).default([]),
    /** 补贴状态: only a 提示 sets one. */
    status: topicStatusSchema.optional(),
    /** True only for demonstration notices kept in examples/; the official build refuses it. */
    sample: z.boolean({ error: '应为 true 或 false' }).default(false),
  })
  .refine((n) => n.status === undefined || n.kind === '提示', { error: '设置了补贴状态（status）的公告，类别应为“提示”', path: ['kind'] });

export type Notice = z.infer<typeof noticeSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
