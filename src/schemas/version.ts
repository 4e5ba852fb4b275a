import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * Addresses under /plan/versions/ that a version's slug cannot take: `compare` holds the
 * comparison pages, `current` names the current text in them.
 */
export const reservedVersionSlugs: readonly string[] = ['compare', 'current'];

/**
 * content/versions/<slug>/version.json: one frozen version of the plan, written by
 * `npm run version:freeze -- <名称>` and never edited by hand. The other files of the folder are
 * the plan's content as it stood (plan/, actions/, measures/, indicators/, document.json).
 */
export const versionSchema = z.object({
  /** The version's name as the document calls it, e.g. 送审稿. */
  name: z.string().trim().min(1, { error: '应为版本名称，如 "送审稿"' }),
  /** ASCII address of the version's pages, /plan/versions/<slug>/; the same as the folder's name. */
  slug: slug.refine((s) => !reservedVersionSlugs.includes(s), { error: `不能为 ${reservedVersionSlugs.join('、')}（网站已占用的地址）` }),
  /** site.json's document.status when the version was frozen, e.g. 送审稿. */
  status: z.string().trim().min(1, { error: '应为文件状态，如 "送审稿"' }),
  /** The day it was frozen, YYYY-MM-DD. */
  date: z.iso.date({ error: '应为日期 YYYY-MM-DD' }),
  /** 1 for the first version frozen, 2 for the next…: the order of versions, oldest first. */
  sequence: z.int({ error: '应为整数，如 1' }).min(1, { error: '应从 1 开始' }),
  /** Every frozen file of the folder (path inside it) with the SHA-256 of its bytes, so the content check refuses an edit. */
  files: z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{64}$/, { error: '应为 64 位十六进制 SHA-256 指纹' })),
});

export type Version = z.infer<typeof versionSchema>;
