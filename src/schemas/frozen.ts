/**
 * What the files of a frozen version (content/versions/<slug>/) must still say for its pages and
 * the comparison. Deliberately lenient: a frozen file cannot be edited (its hash is checked), so if
 * the current schemas later gain a field, old versions must still read. Only the fields the
 * comparison and the frozen text page use are required; the rest passes through.
 */
import { z } from 'astro/zod';

const ids = z.array(z.string()).default([]);

/** The frontmatter of a frozen plan part (plan/*.mdx). */
export const frozenPlanPartSchema = z.looseObject({
  /** Order on the full-text page. */
  order: z.number(),
  /** preamble, section or explanation. */
  kind: z.string(),
  /** Anchor of a numbered section. */
  anchor: z.string().optional(),
  /** The heading. */
  title: z.string(),
});

/** The frontmatter of a frozen action or measure (actions/*.mdx, measures/*.mdx). */
export const frozenTaskSchema = z.looseObject({
  /** Its number in the plan. */
  number: z.int(),
  /** Its page's address. */
  slug: z.string(),
  /** Its title. */
  title: z.string(),
  /** 牵头单位 ids. */
  lead: ids,
  /** 责任单位 ids. */
  responsible: ids,
});

/** A frozen indicator (indicators/*.json). */
export const frozenIndicatorSchema = z.looseObject({
  /** 序号 in 附件2. */
  number: z.int(),
  /** Its page's address. */
  slug: z.string(),
  /** 指标名称. */
  name: z.string(),
  /** 单位. */
  unit: z.string().default(''),
  /** Target cells by column key (national2027 … district2027). */
  targets: z.record(z.string(), z.string()),
  /** 责任单位 ids. */
  responsible: ids,
  /** 责任单位 as the table writes it. */
  responsibleText: z.string().default(''),
  /** 备注 as the table writes it. */
  remark: z.string().default(''),
  /** The plan's sentences the indicator page quotes. */
  source: z.array(z.string()).default([]),
});

/** document.json: site.json's document block as it stood. */
export const frozenDocumentSchema = z.looseObject({
  /** 标题. */
  title: z.string(),
  /** 状态. */
  status: z.string(),
});
