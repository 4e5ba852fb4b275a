import { z } from 'astro/zod';
import { periodIsOrdered } from '../model/policyStatus.ts';
import { slug } from './common.ts';

/**
 * A date as precise as the source states it: 2024, 2024-08 or 2024-08-23. Validity is decided
 * against the build date with the imprecision resolved in the reader's favour of caution
 * (a start month begins on its first day, an end month ends on its last).
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, { error: '应为日期，写成 2024、2024-08 或 2024-08-23' });

/** What a figure, condition or channel is about; guide sections show only their own topic. */
export const policyTopic = z.enum(['car', 'appliance', 'digital', 'e-bike', 'home-renovation', 'elderly-adaptation', 'recycling'], {
  error: '应为 car、appliance、digital、e-bike、home-renovation、elderly-adaptation、recycling 之一',
});

/**
 * How far the facts of an entry were checked (see shared/reference/trade-in-policies.md):
 * verified = read in a reputable copy; secondary = from summaries; mixed = part of each;
 * not-found = named only.
 */
export const verification = z.enum(['verified', 'secondary', 'mixed', 'not-found'], {
  error: '应为 verified、secondary、mixed、not-found 之一',
});

/**
 * How one fact about a policy (its title, 文号, issue date or period) is known, so that only what
 * shared/reference/trade-in-policies.md verifies is printed bare: verified = that reference
 * verifies it; plan = the plan's own text states it (原文, e.g. the basis documents of its
 * 起草说明); unverified = from anywhere else, printed with 待核实 (src/components/PolicyFact.astro).
 */
export const factStatus = z.enum(['verified', 'plan', 'unverified'], {
  error: '应写明核实状态：verified（参考资料已核实）、plan（方案原文所载）或 unverified（待核实）',
});

/** A subsidy figure. Only verified figures may be published, so the schema refuses any other. */
export const policyFigureSchema = z.object({
  /** Which guide topic the figure belongs to. */
  topic: policyTopic,
  /** What the figure is for, in plain Chinese, e.g. 报废旧车并购买新能源乘用车. */
  label: z.string().trim().min(1, { error: '不能为空，应说明补贴对象' }),
  /** The figure as the document states it, e.g. 20,000元 or 产品销售价格的15%. */
  value: z.string().trim().min(1, { error: '不能为空，应写明金额或比例' }),
  /** Must be verified: secondary or unconfirmed numbers are never published. */
  verification: z.literal('verified', { error: '只有已核实（verified）的数字可以发布；待核实的数字请勿录入' }),
  /** Last day the figure applied when a later document replaced it inside the policy's period (YYYY-MM-DD). */
  replacedAfter: partialDate.optional(),
  /** id of the policy whose figure replaced this one. */
  replacedBy: slug.optional(),
});

/** A fact for residents (who qualifies, how to apply) stated by the document and verified. */
export const policyNoteSchema = z.object({
  /** Which guide topic the note belongs to. */
  topic: policyTopic,
  /** What kind of fact: 适用条件 (who/what qualifies), 申请方式 (how to apply), 说明 (anything else). */
  kind: z.enum(['condition', 'apply', 'note'], { error: '应为 condition、apply、note 之一' }),
  /** The fact in plain Chinese, without figures unless they are verified. */
  text: z.string().trim().min(1, { error: '不能为空' }),
});

/** One policy document: the plan's basis documents and the national trade-in rules. */
export const policySchema = z
  .object({
    /** Stable ASCII id, used in the page anchor (/policies/#id) and by guide sections. */
    id: slug,
    /** Title of the document as issued (《》 not included). */
    title: z.string().trim().min(1, { error: '不能为空，应为文件标题' }),
    /** True when the official title was not found and `title` is this site's own description of the document. */
    titleDescriptive: z.boolean().default(false),
    /** How the title is known (a descriptive title is this site's own words either way). */
    titleStatus: factStatus,
    /** 发文字号, e.g. 国发〔2024〕7号; left out where it was not found. */
    docNumber: z.string().trim().min(1).optional(),
    /** How the 文号 is known; required with a 文号 (unverified: from reprints only, shown as 待核实). */
    docNumberStatus: factStatus.optional(),
    /** 发文机关, as the source names them. */
    issuers: z.array(z.string().trim().min(1), { error: '应为发文机关列表' }).min(1, { error: '至少应有一个发文机关' }),
    /** 成文或发布日期, as precisely as known. */
    issued: partialDate,
    /** True when the issue date is approximate (shown as 约). */
    issuedApprox: z.boolean().default(false),
    /** How the issue date is known. */
    issuedStatus: factStatus,
    /** Level of government: national, provincial (湖北省) or city (宜昌市). */
    level: z.enum(['national', 'provincial', 'city'], { error: '应为 national、provincial、city 之一' }),
    /** basis = a plan this district plan rests on; rule = a trade-in rule residents apply under. */
    kind: z.enum(['basis', 'rule'], { error: '应为 basis（方案依据）或 rule（以旧换新规则）' }),
    /** The period the document applies to. */
    applies: z.object({
      /** First day it applies. */
      from: partialDate,
      /** Last day it applies; left out when the document sets no end. */
      to: partialDate.optional(),
      /** How the period was determined, when it is not stated in so many words. */
      note: z.string().trim().min(1).optional(),
    }),
    /** How the period's dates (applies.from, applies.to) are known. */
    periodStatus: factStatus,
    /** Where to read it: the publisher's name and, where known, an official web address. */
    source: z.object({
      /** e.g. 中国政府网. */
      name: z.string().trim().min(1, { error: '不能为空，应为来源名称' }),
      /** An official https?:// address (a link only; pages make no request to it). */
      url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
    }),
    /** How far the entry was checked. */
    verification,
    /** What the document does, in one or two plain sentences, without unverified figures. */
    summary: z.string().trim().min(1, { error: '不能为空，应简述文件内容' }),
    /** Verified subsidy figures, each belonging to this document. */
    figures: z.array(policyFigureSchema).default([]),
    /** Verified facts for residents: conditions, how to apply. */
    notes: z.array(policyNoteSchema).default([]),
    /** What is known to exist but not published here because it is unverified (no numbers). */
    withheld: z.string().trim().min(1).optional(),
  })
  .refine((p) => p.docNumber === undefined || p.docNumberStatus !== undefined, {
    error: '写了发文字号（docNumber）就应写明其核实状态（docNumberStatus）：verified、plan 或 unverified',
    path: ['docNumberStatus'],
  })
  .refine((p) => periodIsOrdered(p.applies), {
    error: '适用期的结束日期（applies.to）不应早于开始日期（applies.from）',
    path: ['applies', 'to'],
  });

export type Policy = z.infer<typeof policySchema>;
export type FactStatus = z.infer<typeof factStatus>;
export type PolicyTopic = z.infer<typeof policyTopic>;
export type PartialDate = z.infer<typeof partialDate>;
