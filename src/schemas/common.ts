import { z } from 'astro/zod';

/** A stable ASCII identifier used in URLs and cross-references. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '应为小写英文字母、数字和连字符组成的标识，如 "urban-infrastructure"' });

/** A list of department ids (see content/departments.json). */
export const departmentRefs = z.array(slug, { error: '应为部门标识列表，如 ["commerce"]' });

/** Non-empty Chinese text copied from the source document. */
export const verbatim = z.string().trim().min(1, { error: '不能为空，应照录原文' });
