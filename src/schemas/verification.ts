import { z } from 'astro/zod';

/**
 * A day, YYYY-MM-DD. YAML reads an unquoted `2026-12-07` as a date, so a Date is taken back to its
 * day; JSON and quoted YAML give the string, and staff write the same thing either way.
 */
export const isoDay = (error: string) =>
  z.preprocess((v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v), z.iso.date({ error }));

/**
 * Who checked a fact from outside the plan (a policy's title or date, a subsidy figure, a channel,
 * a step of how to apply, an anti-fraud warning), when, and against what. A fact without one is
 * unverified: it never reaches a page, in any build, and waits in the staff review
 * (`npm run review`) with its file and field.
 */
export const verificationSchema = z.object(
  {
    /** Who checked it: a person with their office, or the document that records the check, e.g. 区商务局 王某. */
    checkedBy: z.string({ error: '应写明核实人，如 "区商务局 王某"' }).trim().min(1, { error: '不能为空，应写明核实人，如 "区商务局 王某"' }),
    /** The day it was checked, YYYY-MM-DD. */
    checkedOn: isoDay('应为核实日期 YYYY-MM-DD，如 "2026-12-07"'),
    /** What it was checked against: the official document, page or address read, e.g. 商务部网站 https://www.mofcom.gov.cn/… . */
    against: z.string({ error: '应写明核对依据：官方文件名称或网页地址' }).trim().min(1, { error: '不能为空，应写明核对依据：官方文件名称或网页地址' }),
  },
  { error: '核实记录应为 { "checkedBy": 核实人, "checkedOn": "YYYY-MM-DD", "against": 核对依据 }' },
);

/** Where a fact from outside comes from: the document or page that states it. */
export const outsideSourceSchema = z.object(
  {
    /** The document or page, e.g. 商务部网站 or 《关于……的通知》. */
    name: z.string({ error: '应为出处名称' }).trim().min(1, { error: '不能为空，应为出处名称' }),
    /** Its official address, where there is one (a link only; pages make no request to it). */
    url: z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的网址' }).optional(),
  },
  { error: '应写明出处：{ "name": 文件或网页名称, "url": 网址（可省略）}' },
);

export type Verification = z.infer<typeof verificationSchema>;
export type OutsideSource = z.infer<typeof outsideSourceSchema>;
