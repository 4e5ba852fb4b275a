import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './config/env.ts';
import {
  actionSchema,
  departmentSchema,
  indicatorSchema,
  measureSchema,
  noteSchema,
  planSectionSchema,
  siteSchema,
  progressReportSchema,
} from './schemas/index.ts';
import { guideSectionSchema, policySchema } from './schemas/index.ts';

const dir = contentDir();

export const collections = {
  site: defineCollection({ loader: file(`${dir}/site.json`), schema: siteSchema }),
  departments: defineCollection({ loader: file(`${dir}/departments.json`), schema: departmentSchema }),
  plan: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/plan` }), schema: planSectionSchema }),
  actions: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/actions` }), schema: actionSchema }),
  measures: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${dir}/measures` }), schema: measureSchema }),
  notes: defineCollection({ loader: file(`${dir}/notes.json`), schema: noteSchema }),
  indicators: defineCollection({ loader: glob({ pattern: '*.json', base: `${dir}/indicators` }), schema: indicatorSchema }),
  policies: defineCollection({ loader: file(`${dir}/policies.json`), schema: policySchema }),
  guide: defineCollection({ loader: glob({ pattern: '*.json', base: `${dir}/guide` }), schema: guideSectionSchema }),
  progress: defineCollection({ loader: glob({ pattern: '*.json', base: `${dir}/progress` }), schema: progressReportSchema }),
};
