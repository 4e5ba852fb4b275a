/**
 * Every kind of content in one table: its name, where its files are in the content folder, and
 * its schema. src/content.config.ts builds Astro's collections from it and src/checks/readContent.ts
 * reads the same files with the same schemas, so the site and the checks cannot disagree about
 * where content lives. Adding a collection is one line here.
 */
import './locale.ts';
import type { z } from 'astro/zod';
import { changelogEntrySchema } from './changelog.ts';
import { departmentSchema } from './department.ts';
import { discrepancySchema } from './discrepancy.ts';
import { guideSectionSchema } from './guide.ts';
import { indicatorSchema } from './indicator.ts';
import { merchantListSchema } from './merchant.ts';
import { noteSchema } from './note.ts';
import { noticeSchema } from './notice.ts';
import { planSectionSchema } from './planSection.ts';
import { policySchema } from './policy.ts';
import { progressReportSchema } from './progress.ts';
import { readingSchema } from './reading.ts';
import { searchSynonymSchema } from './searchSynonym.ts';
import { siteSchema } from './site.ts';
import { actionSchema, measureSchema } from './task.ts';
import { versionSchema } from './version.ts';
import { warningSchema } from './warning.ts';

/**
 * Where a collection's files are, relative to the content folder: one JSON `file` holding a list
 * of entries (each with an `id`) or an object of entries keyed by id, as Astro's file() loader
 * reads it; or one entry per file, the files of `folder` matching `pattern`, as its glob() loader.
 */
export type CollectionSource = { file: string } | { folder: string; pattern: string };

export type CollectionSpec = CollectionSource & {
  schema: z.ZodType;
  /** The file or folder may be missing: the collection then has no entries. */
  optional?: boolean;
  /** Pages never read it, only the checks and the build's search index, so Astro does not load it. */
  checksOnly?: boolean;
};

export const contentCollections = {
  site: { file: 'site.json', schema: siteSchema },
  departments: { file: 'departments.json', schema: departmentSchema },
  plan: { folder: 'plan', pattern: '*.mdx', schema: planSectionSchema },
  actions: { folder: 'actions', pattern: '*.mdx', schema: actionSchema },
  measures: { folder: 'measures', pattern: '*.mdx', schema: measureSchema },
  notes: { file: 'notes.json', schema: noteSchema },
  readings: { file: 'readings.json', schema: readingSchema },
  discrepancies: { file: 'discrepancies.json', schema: discrepancySchema },
  indicators: { folder: 'indicators', pattern: '*.json', schema: indicatorSchema },
  policies: { file: 'policies.json', schema: policySchema },
  guide: { folder: 'guide', pattern: '*.json', schema: guideSectionSchema },
  // 防骗提示与投诉举报 on the guide, each line with its source and verification record.
  antiFraud: { file: 'anti-fraud.json', schema: warningSchema },
  progress: { folder: 'progress', pattern: '*.json', schema: progressReportSchema, optional: true },
  notices: { folder: 'notices', pattern: '*.mdx', schema: noticeSchema, optional: true },
  merchants: { folder: 'merchants', pattern: '*.json', schema: merchantListSchema, optional: true },
  // Frozen versions of the plan: each folder's version.json; the frozen files beside it are read by
  // src/checks/versionFiles.ts (hash-checked, leniently parsed), never as current content.
  versions: { folder: 'versions', pattern: '*/version.json', schema: versionSchema, optional: true },
  changelog: { file: 'changelog.json', schema: changelogEntrySchema },
  synonyms: { file: 'search-synonyms.json', schema: searchSynonymSchema, optional: true, checksOnly: true },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof contentCollections;

/** The collections Astro loads for pages: all but the checks-only ones. */
export type SiteCollectionName = { [K in CollectionName]: (typeof contentCollections)[K] extends { checksOnly: true } ? never : K }[CollectionName];

/** The data of one entry of a collection, as its schema gives it. */
export type EntryData<K extends CollectionName> = z.infer<(typeof contentCollections)[K]['schema']>;
