/**
 * The content check, standalone: reads the content folder as Astro's loaders do (the collections
 * of src/schemas/collections.ts, JSON.parse for JSON, Astro's own frontmatter parser for MDX, the
 * same schemas), then runs every check: schemas, content safety, cross-file checks, residents'
 * content, search synonyms and progress reports. Node only. `npm run check:content`, the build,
 * the import and regenerate commands, the dev server (src/integrations/contentCheck.ts) and the
 * tests all call it, so each stops on the same mistakes with the same message.
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDate } from '../config/buildDate.ts';
import { attachmentFolder } from '../model/attachment.ts';
import { allowSampleData } from '../config/env.ts';
import { contentCollections, type CollectionName, type CollectionSpec, type EntryData } from '../schemas/collections.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { changelogCheck } from './changelogCheck.ts';
import { contentSafetyIssues, type ContentEntry } from './contentSafety.ts';
import { crossCheck, type Located } from './crossCheck.ts';
import { parseJsonFile } from './jsonSyntax.ts';
import { periodIssues } from './periodCheck.ts';
import type { ContentIssue } from './issue.ts';
import { checkMerchants } from './merchantCheck.ts';
import { parseMdxEntry } from './mdxEntry.ts';
import { noticeCheck } from './noticeCheck.ts';
import { checkProgress } from './progressCheck.ts';
import { readingCheck } from './readingCheck.ts';
import { sampleValueCheck } from './sampleValueCheck.ts';
import { residentCheck } from './residentCheck.ts';
import { siteIssues } from './siteCheck.ts';
import { synonymCheck } from './synonymCheck.ts';
import { targetTextCheck } from './targetTextCheck.ts';
import { versionIssues } from './versionFiles.ts';

export type ContentEntries = { [K in CollectionName]: Located<EntryData<K>>[] };

export interface ReadResult {
  /** Every collection's valid entries, in file order; `site` is the one entry of site.json. */
  content: Omit<ContentEntries, 'site'> & { site: SiteSettings | null };
  issues: ContentIssue[];
}

/** One entry as read from its file, before validation; `prefix` is its place in a file of entries. */
type RawEntry = ContentEntry & { prefix: (string | number)[] };

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** What one collection's files hold, entry by entry, as Astro's file() and glob() loaders split them. */
function readEntries(root: string, spec: CollectionSpec, rel: (path: string) => string, issues: ContentIssue[]): RawEntry[] {
  const where = 'file' in spec ? spec.file : `${spec.folder}/`;
  if (!existsSync(join(root, where))) {
    if (!spec.optional) issues.push({ file: rel(where), field: [], expected: 'file' in spec ? '文件应存在且可读取' : '目录应存在' });
    return [];
  }
  if ('file' in spec) {
    const data = readJson(root, spec.file, rel, issues);
    const file = rel(spec.file);
    if (Array.isArray(data)) return (data as unknown[]).map((item, i) => ({ file, data: item, prefix: [i] }));
    if (data !== null && typeof data === 'object') {
      // An object of entries keyed by id; Astro's file() loader skips a "$schema" reference.
      return Object.entries(data as Record<string, unknown>)
        .filter(([id, item]) => !(id === '$schema' && typeof item === 'string'))
        .map(([id, item]) => ({ file, data: item, prefix: [id] }));
    }
    if (data !== undefined) issues.push({ file, field: [], expected: '应为列表（JSON 数组）或以标识为键的对象' });
    return [];
  }
  const out: RawEntry[] = [];
  for (const name of globSync(spec.pattern, { cwd: join(root, spec.folder) }).sort()) {
    const path = `${spec.folder}/${name}`;
    if (name.endsWith('.json')) {
      const data = readJson(root, path, rel, issues);
      if (data !== undefined) out.push({ file: rel(path), data, prefix: [] });
    } else if (name.endsWith('.mdx')) {
      const entry = readMdx(root, path, rel, issues);
      if (entry) out.push(entry);
    } else {
      throw new Error(`src/schemas/collections.ts：不支持的文件类型 ${path}（only .json and .mdx are read）`);
    }
  }
  return out;
}

function readText(root: string, path: string, rel: (path: string) => string, issues: ContentIssue[]): string | undefined {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    issues.push({ file: rel(path), field: [], expected: '文件应存在且可读取' });
    return undefined;
  }
}

function readJson(root: string, path: string, rel: (path: string) => string, issues: ContentIssue[]): unknown {
  const text = readText(root, path, rel, issues);
  if (text === undefined) return undefined;
  // Where and why, in Chinese (src/checks/jsonSyntax.ts); a byte order mark is not a mistake.
  const read = parseJsonFile(text);
  if (read.ok) return read.value;
  issues.push({ file: rel(path), field: [], expected: read.message });
  return undefined;
}

function readMdx(root: string, path: string, rel: (path: string) => string, issues: ContentIssue[]): RawEntry | undefined {
  const text = readText(root, path, rel, issues);
  if (text === undefined) return undefined;
  const file = rel(path);
  let entry: ReturnType<typeof parseMdxEntry>;
  try {
    entry = parseMdxEntry(text);
  } catch (e) {
    // js-yaml's error: `reason` says what is wrong, `mark.line` counts from the opening --- line.
    const { reason, mark } = e as { reason?: string; mark?: { line: number } };
    const where = mark ? `第 ${mark.line + 1} 行：` : '';
    issues.push({ file, field: [], expected: `文件头（--- 之间的 YAML）格式有误：${where}${reason ?? (e as Error).message}` });
    return undefined;
  }
  if (!entry.hasFrontmatter) {
    issues.push({ file, field: [], expected: '文件应以 --- 包围的文件头开始' });
    return undefined;
  }
  return { file, data: entry.data, body: entry.body, bodyStartLine: entry.bodyStartLine, prefix: [] };
}

/** The entry's data as its schema gives it, or null with an issue for every field that is wrong. */
function validate(spec: CollectionSpec, entry: RawEntry, issues: ContentIssue[]): unknown {
  const result = spec.schema.safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const found = valueAt(entry.data, path);
    issues.push({
      file: entry.file,
      field: [...entry.prefix, ...path],
      expected: issue.message,
      ...(found === undefined ? {} : { found: JSON.stringify(found) }),
    });
  }
  return null;
}

/** Pages every site has, by path without the base; the others come from the collections. */
const fixedPages = [
  '/',
  '/plan/',
  '/plan/explanation/',
  '/plan/versions/',
  '/actions/',
  '/measures/',
  '/indicators/',
  '/progress/',
  '/departments/',
  '/guide/',
  '/guide/merchants/',
  '/notices/',
  '/policies/',
  '/data/',
  '/data/dictionary/',
  '/search/',
  '/about/',
];

/** What the readings check needs, from the validated collections. */
export function readingCheckInput(all: Omit<ContentEntries, 'site'>, readingsFile: string): Parameters<typeof readingCheck>[0] {
  return {
    readingsFile,
    readings: all.readings,
    discrepancies: all.discrepancies,
    indicators: all.indicators.map((i) => i.data.number),
    pages: new Set([
      ...fixedPages,
      ...all.actions.map((a) => `/actions/${a.data.slug}/`),
      ...all.measures.map((m) => `/measures/${m.data.slug}/`),
      ...all.indicators.map((i) => `/indicators/${i.data.slug}/`),
      ...all.departments.map((d) => `/departments/${d.data.id}/`),
    ]),
  };
}

/** What notices are checked against: the other content, and the attachment files beside them. */
export function noticeContext(all: Pick<ContentEntries, 'actions' | 'indicators' | 'guide' | 'policies'>, root: string) {
  return {
    actions: all.actions.map((a) => a.data.slug),
    indicators: all.indicators.map((i) => i.data.number),
    topics: all.guide.map((g) => g.data.slug),
    policies: all.policies.map((p) => p.data.id),
    sizeOf: (file: string) => {
      try {
        const s = statSync(join(root, attachmentFolder, file));
        return s.isFile() ? s.size : null;
      } catch {
        return null;
      }
    },
    allowSample: allowSampleData(),
  };
}

/** A file of the content folder `dir` as the reader names it in its results: relative to `cwd`, with forward slashes. */
export function contentFile(dir: string, path: string, cwd = process.cwd()): string {
  return relative(cwd, join(resolve(cwd, dir), path))
    .split('\\')
    .join('/');
}

/** Reads and checks the content folder `dir` (relative to `cwd`); file names in the result are relative to `cwd`. */
export function readContent(dir = 'content', cwd = process.cwd()): ReadResult {
  const issues: ContentIssue[] = [];
  const root = resolve(cwd, dir);
  const rel = (path: string) => contentFile(dir, path, cwd);

  const entries: Record<string, Located<unknown>[]> = {};
  const valid: RawEntry[] = [];
  let siteSettings: SiteSettings | null = null;
  for (const [name, spec] of Object.entries(contentCollections) as [CollectionName, CollectionSpec][]) {
    const before = issues.length;
    const list: Located<unknown>[] = [];
    for (const raw of readEntries(root, spec, rel, issues)) {
      const data = validate(spec, raw, issues);
      if (data === null) continue;
      const entry = { ...raw, data };
      valid.push(entry);
      list.push({ file: entry.file, data, ...(entry.body === undefined ? {} : { body: entry.body }) });
      if (name === 'site' && raw.prefix[0] === 'site') siteSettings = data as SiteSettings;
    }
    entries[name] = list;
    // Pages read the settings from the entry "site" of site.json.
    if (name === 'site' && siteSettings === null && issues.length === before) {
      issues.push({ file: rel(contentCollections.site.file), field: ['site'], expected: '应有名为 "site" 的对象' });
    }
  }
  const all = entries as ContentEntries;
  const content = { ...all, site: siteSettings };

  // Content is text, never code: see src/checks/contentSafety.ts.
  issues.push(...contentSafetyIssues(valid));
  // Cross-file checks only make sense once every file is well-formed.
  if (issues.length === 0) issues.push(...crossCheck(all));
  // 附件2's district targets against the text's figures, and the register of real disagreements.
  if (issues.length === 0) issues.push(...targetTextCheck({ ...all, registerFile: rel(contentCollections.discrepancies.file) }));
  if (issues.length === 0 && siteSettings) issues.push(...periodIssues(siteSettings.document.period, rel(contentCollections.site.file)));
  if (issues.length === 0 && siteSettings) issues.push(...siteIssues(siteSettings, rel(contentCollections.site.file), allowSampleData()));
  if (issues.length === 0) issues.push(...residentCheck({ ...all, allowSample: allowSampleData() }));
  if (issues.length === 0) issues.push(...sampleValueCheck(all.indicators, allowSampleData()));
  if (issues.length === 0) issues.push(...readingCheck(readingCheckInput(all, rel(contentCollections.readings.file))));
  if (issues.length === 0) issues.push(...noticeCheck(all.notices, noticeContext(all, root)));
  // Frozen versions: not edited since frozen, not frozen twice (src/checks/versionFiles.ts).
  if (issues.length === 0) issues.push(...versionIssues(root, all.versions, rel));
  if (issues.length === 0) {
    // The text pages are built from: a synonym's term must be in it (see synonymCheck).
    const source = [
      ...[all.plan, all.actions, all.measures].flatMap((list) => list.map((e) => `${JSON.stringify(e.data)}\n${e.body ?? ''}`)),
      ...[all.indicators, all.policies, all.guide, all.antiFraud].flatMap((list) => list.map((e) => JSON.stringify(e.data))),
    ].join('\n');
    issues.push(...synonymCheck(all.synonyms, source));
  }
  if (issues.length === 0) {
    try {
      issues.push(
        ...checkProgress(
          all.progress,
          all.indicators.map((i) => i.data),
          all.departments.map((d) => d.data),
          buildDate(),
          allowSampleData(),
        ),
        ...checkMerchants(
          all.merchants,
          all.guide.map((g) => g.data),
          buildDate(),
          allowSampleData(),
        ),
      );
      issues.push(...changelogCheck(all.changelog, buildDate()));
    } catch (e) {
      issues.push({ file: '（环境变量 BUILD_DATE）', field: [], expected: (e as Error).message });
    }
  }
  return { content, issues };
}
