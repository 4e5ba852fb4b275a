import { z } from 'astro/zod';
import { slug } from './common.ts';

/** One participating business (参与企业) of a published list. */
export const merchantSchema = z.object({
  /** 名称: the business's name as the bureau's list writes it. */
  name: z.string().trim().min(1, { error: '不能为空，应为企业或门店名称' }),
  /** 类别: slug of the guide topic (content/guide/*.json) the business takes part in, e.g. "appliances". */
  category: slug,
  /** 地址: the shop's address as listed; empty when the list gives none. */
  address: z.string().trim().default(''),
  /** 街道: the 街道办事处 (or 乡镇) the shop is in, as listed; empty when the list gives none. */
  street: z.string().trim().default(''),
  /** 电话: contact number as listed; empty when the list gives none. */
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()（）\-—－ 、/，,转]*$/u, { error: '应为电话号码，如 "0717-1234567"，几个号码之间用顿号分隔' })
    .default(''),
});

/**
 * One published 参与企业名单: the businesses a bureau announced on one day with one notice,
 * as written by `npm run import:merchants`. Never typed by hand from memory, never invented.
 */
export const merchantListSchema = z.object({
  /** 公布日期 YYYY-MM-DD: the day the notice published the list. */
  published: z.iso.date({ error: '应为公布日期 YYYY-MM-DD，如 "2025-03-01"' }),
  /** 来源: the notice the list was published with, by its title, e.g. 关于公布家电以旧换新参与企业名单的通知. */
  notice: z.string().trim().min(1, { error: '不能为空，应为公布名单的通知标题' }),
  /** Official address of that notice, when the list gives one. */
  noticeUrl: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
  /** True only for demonstration data kept in examples/; the official build refuses it. */
  sample: z.boolean().default(false),
  /** Name of the spreadsheet the list was imported from, for tracing. */
  importedFrom: z.string().default(''),
  /** Date of the import (YYYY-MM-DD). */
  imported: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
  /** The businesses, in the order of the bureau's list. */
  merchants: z.array(merchantSchema).min(1, { error: '至少应有一家企业' }),
});

export type Merchant = z.infer<typeof merchantSchema>;
export type MerchantList = z.infer<typeof merchantListSchema>;
