import { z } from 'astro/zod';

/** A stable ASCII identifier used in URLs and cross-references. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '应为小写英文字母、数字和连字符组成的标识，如 "urban-infrastructure"' });

/**
 * A department id (see content/departments.json). Only a non-empty string here: which ids exist is
 * departments.json's to say, and the cross-file check (src/checks/departmentRefs.ts) answers what was
 * typed, e.g. a bureau's name with its id. A slug rule here would answer 区商务局 with an unrelated example.
 */
export const departmentRef = z
  .string({ error: '应为部门标识（content/departments.json 中的 id）' })
  .min(1, { error: '不能为空，应为部门标识（content/departments.json 中的 id）' });

/** A list of department ids. */
export const departmentRefs = z.array(departmentRef, { error: '应为部门标识的列表，写在方括号 [ ] 中' });

/** Non-empty Chinese text copied from the source document. */
export const verbatim = z.string().trim().min(1, { error: '不能为空，应照录原文' });
