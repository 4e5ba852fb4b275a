import { z } from 'astro/zod';
import { periodIsOrdered } from '../model/policyStatus.ts';
import { hasFact, planFactKeys, policyFactKeys, policyFactLabels } from '../model/verifiedFacts.ts';
import { slug } from './common.ts';
import { outsideSourceSchema, verificationSchema } from './verification.ts';

/**
 * A date as precise as the source states it: 2024, 2024-08 or 2024-08-23 — never approximate: a
 * day the source gives only as “about” is left out. Validity is decided against the build date with
 * the imprecision resolved in the reader's favour of caution (a start month begins on its first
 * day, an end month ends on its last).
 */
export const partialDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
  error: '应为日期，写成 2024、2024-08 或 2024-08-23（不写“约”：不确切的日期请省略）',
});

/** What a figure, condition or channel is about; guide sections show only their own topic. */
export const policyTopic = z.enum(['car', 'appliance', 'digital', 'e-bike', 'home-renovation', 'elderly-adaptation', 'recycling'], {
  error: '应为 car、appliance、digital、e-bike、home-renovation、elderly-adaptation、recycling 之一',
});

/** A subsidy figure. Printed only with a verification record, and only while its policy is in force. */
export const policyFigureSchema = z.object({
  /** Which guide topic the figure belongs to. */
  topic: policyTopic,
  /** What the figure is for, in plain Chinese, e.g. 报废旧车并购买新能源乘用车. */
  label: z.string().trim().min(1, { error: '不能为空，应说明补贴对象' }),
  /** The figure as the document states it, e.g. 20000元 or 产品销售价格的15% (no thousands separators, as the plan writes 1000辆). */
  value: z
    .string()
    .trim()
    .min(1, { error: '不能为空，应写明金额或比例' })
    // One number style on every page (issue 24): the plan writes 1000辆 and 10000台.
    .refine((v) => !/\d,\d{3}/.test(v), { error: '数字不加千位分隔符，按方案的写法写，如 20000元' }),
  /** Who checked the figure, when, against what; without it the figure waits in the staff review. */
  verified: verificationSchema.optional(),
  /** Last day the figure applied when a later document replaced it inside the policy's period (YYYY-MM-DD). */
  replacedAfter: partialDate.optional(),
  /** id of the policy whose figure replaced this one. */
  replacedBy: slug.optional(),
});

/** A fact for residents (who qualifies, how to apply) stated by the document. */
export const policyNoteSchema = z.object({
  /** Which guide topic the note belongs to. */
  topic: policyTopic,
  /** What kind of fact: 适用条件 (who/what qualifies), 申请方式 (how to apply), 说明 (anything else). */
  kind: z.enum(['condition', 'apply', 'note'], { error: '应为 condition、apply、note 之一' }),
  /** The fact in plain Chinese, as the document states it. */
  text: z.string().trim().min(1, { error: '不能为空' }),
  /** Who checked it, when, against what; without it the note waits in the staff review. */
  verified: verificationSchema.optional(),
});

/** A check of some of a policy's facts: the record, and which facts it covers. */
export const policyCheckSchema = verificationSchema.extend({
  /** The facts checked: title, docNumber, issuers, written, issued, period, source, summary. */
  facts: z
    .array(z.enum(policyFactKeys, { error: `应为 ${policyFactKeys.join('、')} 之一` }), { error: '应列出所核实的内容，如 ["title", "docNumber"]' })
    .min(1, { error: '至少应列出一项所核实的内容' }),
});

/**
 * One policy document: the plan's basis documents and the national trade-in rules. Each fact is
 * printed only when a check covers it (`checks`) or, for a basis document's title and 文号, when
 * the plan's 起草说明 cites it so (`fromPlan`); the rest wait in the staff review. An entry whose
 * title and 文号 are both unchecked (or unknown) is not shown at all.
 */
export const policySchema = z
  .object({
    /** Stable ASCII id, used in the page anchor (/policies/#id) and by guide sections. */
    id: slug,
    /** Title of the document as issued (《》 not included); left out where the title was not found. */
    title: z.string().trim().min(1, { error: '不能为空；未查到标题时请省略本字段' }).optional(),
    /** 发文字号, e.g. 国发〔2024〕7号; left out where it was not found. */
    docNumber: z.string().trim().min(1, { error: '不能为空；未查到发文字号时请省略本字段' }).optional(),
    /** 发文机关, as the source names them. */
    issuers: z.array(z.string().trim().min(1), { error: '应为发文机关列表' }).default([]),
    /** 成文日期, as precisely as the source gives it. */
    written: partialDate.optional(),
    /** 发布日期, as precisely as the source gives it. */
    issued: partialDate.optional(),
    /** Level of government: national, provincial (湖北省) or city (宜昌市). */
    level: z.enum(['national', 'provincial', 'city'], { error: '应为 national、provincial、city 之一' }),
    /** basis = a plan this district plan rests on; rule = a trade-in rule residents apply under. */
    kind: z.enum(['basis', 'rule'], { error: '应为 basis（方案依据）或 rule（以旧换新规则）' }),
    /** The period the document applies to, as the document states it; its validity is stated only when a check covers `period`. */
    applies: z
      .object({
        /** First day it applies. */
        from: partialDate,
        /** Last day it applies; left out when the document's end was not found. */
        to: partialDate.optional(),
      })
      .optional(),
    /** Where readers can read it: the publisher's name and an official web address. */
    source: outsideSourceSchema.optional(),
    /** What the document does, in one or two plain sentences, as its source states. */
    summary: z.string().trim().min(1).optional(),
    /** Subsidy figures, each belonging to this document, each with its own verification record. */
    figures: z.array(policyFigureSchema).default([]),
    /** Facts for residents: conditions, how to apply, each with its own verification record. */
    notes: z.array(policyNoteSchema).default([]),
    /** Facts the plan's own 起草说明 states of a basis document (its title, its 文号): printed as the plan writes them. */
    fromPlan: z.array(z.enum(planFactKeys, { error: '应为 title 或 docNumber' })).default([]),
    /** Checks of the entry's facts: who, when, against what, and which facts. */
    checks: z.array(policyCheckSchema).default([]),
  })
  .refine((p) => p.applies === undefined || periodIsOrdered(p.applies), {
    error: '适用期的结束日期（applies.to）不应早于开始日期（applies.from）',
    path: ['applies', 'to'],
  })
  .superRefine((p, ctx) => {
    p.checks.forEach((c, i) =>
      c.facts.forEach((key, j) => {
        if (!hasFact(p, key)) {
          const message = `核实记录列出了 ${key}（${policyFactLabels[key]}），但本条没有该项内容：请先写入该项，或从 facts 中删去`;
          ctx.addIssue({ code: 'custom', message, path: ['checks', i, 'facts', j] });
        }
      }),
    );
  });

export type Policy = z.infer<typeof policySchema>;
export type PolicyTopic = z.infer<typeof policyTopic>;
export type PartialDate = z.infer<typeof partialDate>;
