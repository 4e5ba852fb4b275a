import { z } from 'astro/zod';

/** A registration number with the page it links to (ICP, 公安备案). */
const registration = z.object({
  /** The number as issued, e.g. 鄂ICP备xxxxxxxx号; empty until staff fill it. */
  number: z.string(),
  /** Where the number links (the registry's site); empty for none. */
  url: z.union([z.literal(''), z.url({ error: '应为完整网址，如 "https://beian.miit.gov.cn/"' })]),
});

/** A phone number as dialled (digits, spaces, + - and brackets), or empty until staff fill it. */
const optionalPhone = z.union([z.literal(''), z.string().regex(/^[0-9+\-() ]{5,}$/, { error: '应为电话号码，如 "0717-1234567"' })], {
  error: '应为电话号码，如 "0717-1234567"，未填写时为 ""',
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
  /** 主办单位, e.g. 宜昌市伍家岗区人民政府办公室; empty until staff fill it, required before publishing. */
  sponsor: z.string(),
  /** 承办单位, when another body runs the site for the 主办单位; may stay empty. */
  organizer: z.string(),
  /** 网站标识码 (the code of the government-website register); empty until staff fill it, required before publishing. */
  siteCode: z.string(),
  /** ICP备案号 and its link; the number is required before publishing. */
  icp: registration,
  /** 公安机关备案号 and its link; may stay empty until the site is registered. */
  publicSecurity: registration,
  /** 联系方式 for 咨询, shown in the footer; phone and address are required before publishing (src/review/areas/identity.ts). */
  contact: z.object({
    /** 联系电话, as dialled, e.g. 0717-1234567; shown as a tel: link. */
    phone: optionalPhone,
    /** 联系地址. */
    address: z.string(),
    /** 办公时间, e.g. 工作日 8:30—12:00，14:30—17:30; left out of the footer while empty. */
    hours: z.string().default(''),
    /** 电子邮箱. */
    email: z.union([z.literal(''), z.email({ error: '应为电子邮箱地址' })]),
  }),
  /** Where readers report a barrier: the 无障碍声明 on /about/ names it; phone and address are required before publishing. */
  accessibilityContact: z
    .object({
      /** 受理部门, e.g. 伍家岗区人民政府办公室. */
      office: z.string().default(''),
      /** 联系电话, as dialled; shown as a tel: link. */
      phone: optionalPhone,
      /** 联系地址 (for letters). */
      address: z.string().default(''),
      /** 电子邮箱; optional. */
      email: z.union([z.literal(''), z.email({ error: '应为电子邮箱地址' })]).default(''),
    })
    .default({ office: '', phone: '', address: '', email: '' }),
  /**
   * True only in the demo's invented identity (examples/site.json): every identity and contact value
   * is then shown marked 示例数据, and any other build refuses the file (src/checks/siteCheck.ts).
   */
  sample: z.boolean({ error: '应为 true 或 false' }).default(false),
  /** The plan as a document. */
  document: documentSchema,
});

export type SiteSettings = z.infer<typeof siteSchema>;
