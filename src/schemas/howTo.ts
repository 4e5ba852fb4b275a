import { z } from 'astro/zod';
import { slug } from './common.ts';
import { verificationSchema } from './verification.ts';

/**
 * Where a step, a material or a channel comes from: a policy of content/policies.json, or an
 * official document not collected there. Exactly one of the two.
 */
export const factSourceSchema = z
  .object(
    {
      /** id of the policy in content/policies.json the fact comes from. */
      policy: slug.optional(),
      /** Name of an official document not collected in content/policies.json. */
      document: z.string().trim().min(1, { error: '不能为空，应为官方文件名称' }).optional(),
      /** Official address of that document, where known (a link only). */
      url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
    },
    { error: '每一步、每项材料和渠道都应注明出处：{ "policy": 政策标识 } 或 { "document": 官方文件名称 }' },
  )
  .refine((s) => (s.policy === undefined) !== (s.document === undefined), {
    error: '出处应写 policy（content/policies.json 中的政策标识）或 document（官方文件名称），二者选一',
    path: ['policy'],
  });

/** One fact of how to apply (a step or a material), with the document it comes from. */
export const howToFactSchema = z.object({
  /** The fact in plain Chinese, as its source states it; never a guess. */
  text: z.string().trim().min(1, { error: '不能为空，应照出处写明' }),
  /** The document it comes from; a fact without one is refused. */
  source: factSourceSchema,
  /** Who checked it, when, against what; a list is printed only when every fact in it is checked. */
  verified: verificationSchema.optional(),
});

/** An official place to apply (a website, an app, a counter), with the document that names it. */
export const howToChannelSchema = howToFactSchema.extend({
  /** Its official address, where the source gives one (a link only). */
  url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
});

/**
 * 办理指引 of a guide topic; left out wherever no source states how to apply (the page then says
 * where to ask). Steps, materials and channels are each printed only when every item of the list is
 * checked: a procedure with a gap would mislead; the unchecked ones wait in the staff review.
 */
export const howToSchema = z.object({
  /** 办理步骤, in order; printed as a numbered list, each with its source. */
  steps: z.array(howToFactSchema, { error: '应为办理步骤列表' }).min(1, { error: '至少应有一个办理步骤；没有出处可引的步骤时请删去 howTo' }),
  /** 所需材料. */
  materials: z.array(howToFactSchema, { error: '应为所需材料列表' }).default([]),
  /** 办理渠道. */
  channels: z.array(howToChannelSchema, { error: '应为办理渠道列表' }).default([]),
  /** True for the invented steps of examples/guide/ (示例数据); refused outside `npm run build:demo`. */
  sample: z.boolean().default(false),
});

export type HowTo = z.infer<typeof howToSchema>;
export type HowToFact = z.infer<typeof howToFactSchema>;
export type FactSource = z.infer<typeof factSourceSchema>;
