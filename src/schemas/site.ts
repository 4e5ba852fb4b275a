import { z } from 'astro/zod';

/** A registration number with the page it links to (ICP, 公安备案). */
const registration = z.object({
  /** The number as issued, e.g. 鄂ICP备xxxxxxxx号; empty until staff fill it. */
  number: z.string(),
  /** Where the number links (the registry's site); empty for none. */
  url: z.union([z.literal(''), z.url({ error: '应为完整网址，如 "https://beian.miit.gov.cn/"' })]),
});

/** Metadata of the plan as a government document (索引号-style block on the plan pages). */
export const documentSchema = z.object({
  /** 标题 of the plan. */
  title: z.string().min(1),
  /** 状态: 送审稿 until it is issued, then e.g. 现行有效. */
  status: z.string().min(1, { error: '应为文件状态，如 "送审稿"' }),
  /** 起草单位. */
  drafter: z.string(),
  /** 发文机关 once issued; empty while a draft. */
  issuer: z.string(),
  /** 拟印发机关 as the 起草说明 states it. */
  intendedIssuer: z.string(),
  /** 发文字号; empty while a draft. */
  docNumber: z.string(),
  /** 成文日期 YYYY-MM-DD; empty until known. */
  writtenDate: z.union([z.literal(''), z.iso.date({ error: '应为日期 YYYY-MM-DD' })]),
  /** 发布日期 YYYY-MM-DD; empty until published. */
  publishedDate: z.union([z.literal(''), z.iso.date({ error: '应为日期 YYYY-MM-DD' })]),
  /** The years the plan covers. */
  period: z.object({
    /** First year (2024). */
    start: z.int().min(2000),
    /** Last year (2027). */
    end: z.int().min(2000),
  }),
  /** The provincial and city documents the plan is based on, as the 起草说明 names them. */
  basis: z.array(z.string().min(1)).default([]),
});

/** Site settings: identity, footer fields and the plan's document metadata. */
export const siteSchema = z.object({
  /** Site title in the header and <title>. */
  title: z.string().min(1, { error: '应为网站名称' }),
  /** Short title for narrow screens. */
  shortTitle: z.string().min(1),
  /** The district, shown in the identity header. */
  district: z.string().min(1),
  /** One-sentence description for search engines and link previews. */
  description: z.string().min(1),
  /** Public address of the site, e.g. https://www.wjg.gov.cn/zt/liangxin/; while empty, builds are local previews and publishing stops (src/site/siteAddress.ts). */
  url: z.union([z.literal(''), z.url({ protocol: /^https?$/, error: '应为 http(s):// 开头的完整网址' })]),
  /** 主办单位; empty until staff fill it. */
  sponsor: z.string(),
  /** 承办单位; empty until staff fill it. */
  organizer: z.string(),
  /** 网站标识码; empty until staff fill it. */
  siteCode: z.string(),
  /** ICP备案号 and its link. */
  icp: registration,
  /** 公安机关备案号 and its link. */
  publicSecurity: registration,
  /** 联系方式 shown in the footer. */
  contact: z.object({
    /** 联系电话. */
    phone: z.string(),
    /** 联系地址. */
    address: z.string(),
    /** 电子邮箱. */
    email: z.union([z.literal(''), z.email({ error: '应为电子邮箱地址' })]),
  }),
  /** The plan as a document. */
  document: documentSchema,
});

export type SiteSettings = z.infer<typeof siteSchema>;
