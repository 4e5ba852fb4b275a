/**
 * Reads content/ from disk the way the Astro build will, validates every file with the same zod
 * schemas, then runs the cross-file checks. Used by `npm run check:content`, the build and tests,
 * so a mistake is reported with its file and field before Astro starts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { contentSafetyIssues } from '../../src/checks/contentSafety.ts';
import { crossCheck, formatIssue, type ContentIssue, type ContentSet, type Located } from '../../src/checks/crossCheck.ts';
import { describeField } from '../../src/schemas/fieldLabels.ts';
import {
  actionSchema,
  departmentSchema,
  indicatorSchema,
  measureSchema,
  noteSchema,
  planSectionSchema,
  siteSchema,
} from '../../src/schemas/index.ts';
import type { Note } from '../../src/schemas/note.ts';
import { guideSectionSchema, policySchema } from '../../src/schemas/index.ts';
import type { GuideSection } from '../../src/schemas/guide.ts';
import { residentCheck } from '../../src/checks/residentCheck.ts';
import type { SiteSettings } from '../../src/schemas/site.ts';
import { progressReportSchema, type ProgressReport } from '../../src/schemas/progress.ts';
import { checkProgress } from '../../src/checks/progressCheck.ts';
import { buildDate } from '../../src/config/buildDate.ts';
import { allowSampleData } from '../../src/config/env.ts';
import { searchSynonymSchema, type SearchSynonym } from '../../src/schemas/searchSynonym.ts';
import { synonymCheck } from '../../src/checks/synonymCheck.ts';

/** The staff-edited table of search synonyms, inside the content folder. */
export const SYNONYMS_FILE = 'search-synonyms.json';

export interface ReadResult {
  content: ContentSet & { site: SiteSettings | null; notes: Located<Note>[]; progress: Located<ProgressReport>[]; synonyms: Located<SearchSynonym>[] };
  issues: ContentIssue[];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function validate<S extends z.ZodType>(schema: S, data: unknown, file: string, issues: ContentIssue[]): z.infer<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(data, path);
    issues.push({ file, field: path, expected: issue.message, ...(found === undefined ? {} : { found: JSON.stringify(found) }) });
  }
  return null;
}

function readText(root: string, path: string, issues: ContentIssue[]): string | null {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    issues.push({ file: path, field: [], expected: '文件应存在且可读取' });
    return null;
  }
}

function readJson(root: string, path: string, issues: ContentIssue[]): unknown {
  const text = readText(root, path, issues);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.push({ file: path, field: [], expected: `应为有效的 JSON（${(e as Error).message}）` });
    return undefined;
  }
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return null;
  return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

function listFiles(root: string, dir: string, ext: string, issues: ContentIssue[]): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => `${dir}/${f}`);
  } catch {
    issues.push({ file: `${dir}/`, field: [], expected: '目录应存在' });
    return [];
  }
}

function readMdxDir<S extends z.ZodType>(root: string, dir: string, schema: S, issues: ContentIssue[]): Located<z.infer<S>>[] {
  const out: Located<z.infer<S>>[] = [];
  for (const file of listFiles(root, dir, '.mdx', issues)) {
    const text = readText(root, file, issues);
    if (text === null) continue;
    let parts: ReturnType<typeof splitFrontmatter>;
    try {
      parts = splitFrontmatter(text);
    } catch (e) {
      issues.push({ file, field: [], expected: `文件头（--- 之间的 YAML）格式有误：${(e as Error).message}` });
      continue;
    }
    if (!parts) {
      issues.push({ file, field: [], expected: '文件应以 --- 包围的文件头开始' });
      continue;
    }
    const data = validate(schema, parts.data, file, issues);
    if (data !== null) out.push({ file, data, body: parts.body });
  }
  return out;
}

/** Reads a JSON file holding a list of entries, validating each; field paths start with the entry's index. */
function readList<S extends z.ZodType>(root: string, file: string, schema: S, issues: ContentIssue[]): Located<z.infer<S>>[] {
  const out: Located<z.infer<S>>[] = [];
  const data = readJson(root, file, issues);
  if (data === undefined) return out;
  if (!Array.isArray(data)) {
    issues.push({ file, field: [], expected: '应为列表（JSON 数组）' });
    return out;
  }
  data.forEach((item, i) => {
    const before = issues.length;
    const valid = validate(schema, item, file, issues);
    for (const issue of issues.slice(before)) issue.field.unshift(i);
    if (valid) out.push({ file, data: valid });
  });
  return out;
}

/** The line of an MDX file on which its body (after the frontmatter) starts. */
function bodyStartLine(root: string, file: string, body: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  return text.slice(0, text.length - body.length).split('\n').length;
}

/** Reads and checks the content folder `dir` (relative to `cwd`). */
export function readContent(dir = 'content', cwd = process.cwd()): ReadResult {
  const issues: ContentIssue[] = [];
  const root = resolve(cwd, dir);
  const rel = (p: string) => relative(cwd, join(root, p)).split('\\').join('/');
  const relIssues = (from: number) => {
    for (const i of issues.slice(from)) i.file = rel(i.file);
  };

  const siteFile = readJson(root, 'site.json', issues) as Record<string, unknown> | undefined;
  const site = siteFile ? validate(siteSchema, siteFile.site, 'site.json', issues) : null;
  if (siteFile && !('site' in siteFile)) issues.push({ file: 'site.json', field: ['site'], expected: '应有名为 "site" 的对象' });

  const departments = readList(root, 'departments.json', departmentSchema, issues);
  const notes = readList(root, 'notes.json', noteSchema, issues);

  const indicators: Located<z.infer<typeof indicatorSchema>>[] = [];
  for (const file of listFiles(root, 'indicators', '.json', issues)) {
    const data = validate(indicatorSchema, readJson(root, file, issues), file, issues);
    if (data) indicators.push({ file, data });
  }

  // Progress reports: the folder may be empty (no figures reported yet) or absent.
  const progress: Located<ProgressReport>[] = [];
  let progressFiles: string[] = [];
  try {
    progressFiles = readdirSync(join(root, 'progress')).filter((f) => f.endsWith('.json')).sort().map((f) => `progress/${f}`);
  } catch {
    // No progress folder: no figures reported.
  }
  for (const file of progressFiles) {
    const data = validate(progressReportSchema, readJson(root, file, issues), file, issues);
    if (data) progress.push({ file, data });
  }

  // Search synonyms (everyday word → the site's word); optional: without the file, none.
  const synonyms = existsSync(join(root, SYNONYMS_FILE)) ? readList(root, SYNONYMS_FILE, searchSynonymSchema, issues) : [];

  const content = {
    site,
    synonyms,
    progress,
    departments,
    notes,
    indicators,
    plan: readMdxDir(root, 'plan', planSectionSchema, issues),
    actions: readMdxDir(root, 'actions', actionSchema, issues),
    measures: readMdxDir(root, 'measures', measureSchema, issues),
  };
  // Residents' trade-in guide and the policies it cites.
  const policies = readList(root, 'policies.json', policySchema, issues);
  const guide: Located<GuideSection>[] = [];
  for (const file of listFiles(root, 'guide', '.json', issues)) {
    const data = validate(guideSectionSchema, readJson(root, file, issues), file, issues);
    if (data) guide.push({ file, data });
  }
  // Content is text, never code: see src/checks/contentSafety.ts.
  issues.push(
    ...contentSafetyIssues([
      ...(siteFile ? [{ file: 'site.json', data: siteFile }] : []),
      ...[content.departments, content.notes, content.synonyms].flatMap((list) => list.map((e, i) => ({ file: e.file, data: e.data, prefix: [i] }))),
      ...content.indicators.map((e) => ({ file: e.file, data: e.data })),
      ...policies.map((e, i) => ({ file: e.file, data: e.data, prefix: [i] })),
      ...guide.map((e) => ({ file: e.file, data: e.data })),
      ...[content.plan, content.actions, content.measures].flatMap((list) => list.map((e) => ({ file: e.file, data: e.data, body: e.body, bodyStartLine: bodyStartLine(root, e.file, e.body ?? '') }))),
    ]),
  );
  relIssues(0);
  for (const list of [content.synonyms, content.departments, content.notes, content.indicators, content.plan, content.actions, content.measures, content.progress, policies, guide]) {
    for (const e of list) e.file = rel(e.file);
  }
  // Cross-file checks only make sense once every file is well-formed.
  if (issues.length === 0) issues.push(...crossCheck(content));
  if (issues.length === 0) issues.push(...residentCheck({ policies, guide, actions: content.actions }));
  if (issues.length === 0) {
    // The text pages are built from: a synonym's term must be in it (see synonymCheck).
    const source = [
      ...[content.plan, content.actions, content.measures].flatMap((list) => list.map((e) => `${JSON.stringify(e.data)}\n${e.body ?? ''}`)),
      ...[content.indicators, policies, guide].flatMap((list) => list.map((e) => JSON.stringify(e.data))),
    ].join('\n');
    issues.push(...synonymCheck(content.synonyms, source));
  }
  if (issues.length === 0) {
    try {
      const today = buildDate();
      issues.push(...checkProgress(content.progress, content.indicators.map((i) => i.data), content.departments.map((d) => d.data), today, allowSampleData()));
    } catch (e) {
      issues.push({ file: '（环境变量 BUILD_DATE）', field: [], expected: (e as Error).message });
    }
  }
  return { content, issues };
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((i) => formatIssue(i, describeField)).join('\n');
}
