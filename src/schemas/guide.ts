import { z } from 'astro/zod';
import { slug, verbatim } from './common.ts';
import { policyTopic } from './policy.ts';
import { howToSchema } from './howTo.ts';
import { outsideSourceSchema, verificationSchema } from './verification.ts';

/**
 * An official channel residents can turn to (a website, a hotline, a counter) for one topic; never
 * an invented process. Printed only with a verification record; the first printed channel is the
 * one a topic names when no rule is in force.
 */
export const channelSchema = z.object({
  /** Name of the body or service, e.g. 湖北省商务厅. */
  name: z.string().trim().min(1, { error: '不能为空，应为机构或渠道名称' }),
  /** Its official address, where known. */
  url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
  /** What to go there for, in a few words. */
  purpose: z.string().trim().min(1).optional(),
  /** The official page or document that names the channel for this purpose. */
  source: outsideSourceSchema,
  /** Who checked the channel (name, address, purpose), when, against what; without it the channel waits in the staff review. */
  verified: verificationSchema.optional(),
  /** True only for the invented channels of examples/guide/ (示例数据); refused outside `npm run build:demo`. */
  sample: z.boolean().default(false),
});

/** The district office residents can ask about one guide topic. */
export const districtContactSchema = z.object({
  /** The office, e.g. 伍家岗区商务局消费促进科. */
  office: z.string().trim().min(1, { error: '不能为空，应为办公室或科室名称' }),
  /** Phone as dialled, e.g. 0717-1234567; shown as a tel: link. */
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{5,}$/, { error: '应为电话号码，如 "0717-1234567"' }),
  /** Street address where residents can go. */
  address: z.string().trim().min(1, { error: '不能为空，应为办公地址' }),
  /** Office hours, e.g. 工作日 8:30—12:00，14:30—17:30. */
  hours: z.string().trim().min(1, { error: '不能为空，应为办公时间' }),
  /** True only for the invented contacts of examples/guide/ (示例数据); refused outside `npm run build:demo`. */
  sample: z.boolean().default(false),
});

/** A question residents ask, answered from facts on this site only. */
export const faqSchema = z.object({
  /** The question, as a resident would put it. */
  q: z.string().trim().min(1, { error: '不能为空，应为问题' }),
  /** The answer, drawn from the plan or the policies collection. */
  a: z.string().trim().min(1, { error: '不能为空，应为回答' }),
});

/** One section of the residents' trade-in guide (/guide/#slug). */
export const guideSectionSchema = z
  .object({
    /** Position on the page, from 1. */
    number: z.int({ error: '应为整数序号，如 1' }).min(1, { error: '序号应从 1 开始' }),
    /** Anchor on the guide page; never change it once published. */
    slug,
    /** Heading, e.g. 换车. */
    title: z.string().trim().min(1, { error: '不能为空，应为标题' }),
    /** The resident's need in one line, e.g. 想报废旧车或换购新车. */
    need: z.string().trim().min(1, { error: '不能为空' }),
    /** Topic whose figures and notes are taken from the policies. */
    topic: policyTopic,
    /** slug of the action whose text is quoted. */
    action: slug,
    /** Sentences of that action, copied exactly (the build checks they occur in its text). */
    quotes: z.array(verbatim).default([]),
    /** Said instead of quotes when the plan says nothing specific about this need. */
    planNote: z.string().trim().min(1).optional(),
    /** ids of the rules (content/policies.json) that apply to this need. */
    policies: z.array(slug, { error: '应为政策标识列表，如 ["car-2024-392"]' }).default([]),
    /** Said when no rule is collected for this need, in the district's words (never what this site did not find). */
    noRuleNote: z.string().trim().min(1).optional(),
    /** Whom to ask in the district first (office, phone, address, hours); required before publishing (the gate lists topics without one). */
    districtContact: districtContactSchema.optional(),
    /** Where to ask besides the district: official channels only, each printed once checked. */
    askAt: z.array(channelSchema).default([]),
    /** Short FAQ. */
    faq: z.array(faqSchema).default([]),
    /** 办理指引 (steps, materials, channels), each fact citing its source; left out when none is known. */
    howTo: howToSchema.optional(),
  })
  .refine((s) => s.quotes.length > 0 || s.planNote !== undefined, {
    error: '应引用方案原文（quotes），或在 planNote 中说明方案未专门提及',
    path: ['quotes'],
  })
  .refine((s) => s.policies.length > 0 || s.noRuleNote !== undefined, {
    error: '未关联政策（policies）时应在 noRuleNote 中说明',
    path: ['policies'],
  });

export type GuideSection = z.infer<typeof guideSectionSchema>;
export type Channel = z.infer<typeof channelSchema>;
