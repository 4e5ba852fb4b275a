import { z } from 'astro/zod';
import { slug } from './common.ts';
import { outsideSourceSchema, verificationSchema } from './verification.ts';

/** What a warning is: something official channels never do, whom to call when defrauded, where to complain. */
export const warningKinds = ['never', 'police', 'hotline'] as const;

/**
 * One line of the guide's 防骗提示与投诉举报 (content/anti-fraud.json): a warning or a hotline,
 * with the official document it comes from. Printed only with a verification record; the rest wait
 * in the staff review.
 */
export const warningSchema = z.object({
  /** Stable ASCII id, e.g. no-fees. */
  id: slug,
  /** never = 官方渠道不会这样做; police = 报警; hotline = 投诉举报热线. */
  kind: z.enum(warningKinds, { error: `应为 ${warningKinds.join('、')} 之一` }),
  /** The sentence as printed; for a hotline, what it handles, e.g. 咨询、投诉政务服务问题. */
  text: z.string({ error: '应为提示内容' }).trim().min(1, { error: '不能为空，应为提示内容' }),
  /** The number to dial, e.g. 12345; printed as a tel: link. */
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() ]{3,}$/, { error: '应为电话号码，如 "12345"' })
    .optional(),
  /** The hotline's name, e.g. 政务服务便民热线. */
  name: z.string().trim().min(1).optional(),
  /** The official document or page that states it. */
  source: outsideSourceSchema,
  /** Who checked it, when, against what; without it the line waits in the staff review. */
  verified: verificationSchema.optional(),
  /** True only for the invented lines of examples/ (示例数据); refused outside `npm run build:demo`. */
  sample: z.boolean().default(false),
});

export type Warning = z.infer<typeof warningSchema>;
