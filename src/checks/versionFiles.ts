/**
 * The files of a frozen version, content/versions/<slug>/ (Node only): which files it holds, their
 * SHA-256 (written into version.json by the freeze command, compared by the content check), and
 * reading them back leniently (src/schemas/frozen.ts) for the pages and the comparison. Used by
 * scripts/lib/freezeVersion.ts, src/checks/readContent.ts and src/data/versions.ts alike, so the
 * command, the check and the pages agree on what a version is.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { frozenDocumentSchema, frozenIndicatorSchema, frozenPlanPartSchema, frozenTaskSchema } from '../schemas/frozen.ts';
import type { Version } from '../schemas/version.ts';
import type { ContentIssue } from './issue.ts';
import { parseJsonFile } from './jsonSyntax.ts';
import { parseMdxEntry } from './mdxEntry.ts';

/** The folder of versions inside the content folder. */
export const versionsFolder = 'versions';
/** The version's own description; every other file of its folder is frozen content. */
export const versionFile = 'version.json';
/** site.json's document block as it stood. */
export const documentFile = 'document.json';
/** The content folders a version copies: the plan text and 起草说明, actions, measures, indicators. */
export const frozenFolders = [
  { folder: 'plan', pattern: '*.mdx' },
  { folder: 'actions', pattern: '*.mdx' },
  { folder: 'measures', pattern: '*.mdx' },
  { folder: 'indicators', pattern: '*.json' },
] as const;

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Paths (inside the version's folder, with /) of every file but version.json, sorted. */
export function versionFiles(dir: string): string[] {
  return globSync('**/*', { cwd: dir })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split('\\').join('/'))
    .filter((p) => p !== versionFile)
    .sort();
}

/** Each file's SHA-256, as version.json records it. */
export function hashFiles(dir: string): Record<string, string> {
  return Object.fromEntries(versionFiles(dir).map((p) => [p, sha256(readFileSync(join(dir, p)))]));
}

/** A frozen entry as read back: its data and, for MDX, its body. */
export interface FrozenEntry<T> {
  data: T;
  body?: string;
}

export interface FrozenContent {
  document: z.infer<typeof frozenDocumentSchema>;
  plan: FrozenEntry<z.infer<typeof frozenPlanPartSchema>>[];
  actions: FrozenEntry<z.infer<typeof frozenTaskSchema>>[];
  measures: FrozenEntry<z.infer<typeof frozenTaskSchema>>[];
  indicators: FrozenEntry<z.infer<typeof frozenIndicatorSchema>>[];
}

/** Reads a version folder back; `issues` name each file that does not say what the pages need. */
export function readFrozen(dir: string, rel: (path: string) => string): { content: FrozenContent | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  function read<S extends z.ZodType>(path: string, schema: S, mdx: boolean): FrozenEntry<z.infer<S>> | null {
    let raw: unknown;
    let body: string | undefined;
    try {
      const text = readFileSync(join(dir, path), 'utf8');
      if (mdx) ({ data: raw, body } = parseMdxEntry(text));
      else {
        const read = parseJsonFile(text);
        if (!read.ok) {
          issues.push({ file: rel(path), field: [], expected: `冻结文件应能读取（frozen file unreadable）：${read.message}` });
          return null;
        }
        raw = read.value;
      }
    } catch (e) {
      issues.push({ file: rel(path), field: [], expected: `冻结文件应能读取（frozen file unreadable: ${(e as Error).message}）` });
      return null;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        issues.push({
          file: rel(path),
          field: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
          expected: `冻结文件缺少版本页面所需的字段：${i.message}`,
        });
      }
      return null;
    }
    return { data: parsed.data, ...(body === undefined ? {} : { body }) };
  }
  const list = <S extends z.ZodType>(folder: string, pattern: string, schema: S) =>
    existsSync(join(dir, folder))
      ? globSync(pattern, { cwd: join(dir, folder) })
          .sort()
          .map((f) => read(`${folder}/${f}`, schema, f.endsWith('.mdx')))
          .filter((e) => e !== null)
      : [];
  const document = existsSync(join(dir, documentFile)) ? read(documentFile, frozenDocumentSchema, false) : null;
  if (!existsSync(join(dir, documentFile))) issues.push({ file: rel(documentFile), field: [], expected: '冻结版本应有 document.json（文件信息）' });
  const content = {
    plan: list('plan', '*.mdx', frozenPlanPartSchema),
    actions: list('actions', '*.mdx', frozenTaskSchema),
    measures: list('measures', '*.mdx', frozenTaskSchema),
    indicators: list('indicators', '*.json', frozenIndicatorSchema),
  };
  return { content: document && issues.length === 0 ? { document: document.data, ...content } : null, issues };
}

/**
 * The content check of every frozen version: the folder is named by its slug; names, slugs and
 * sequence numbers are not used twice (a second freeze under one name); every file is the one
 * that was frozen (same files, same SHA-256); and the files still say what the pages need.
 */
export function versionIssues(root: string, versions: readonly { file: string; data: Version }[], rel: (path: string) => string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = { name: new Map<string, string>(), slug: new Map<string, string>(), sequence: new Map<number, string>() };
  // Oldest first, so a second freeze under one name is reported on the later version.
  for (const { file, data } of [...versions].sort((a, b) => a.data.sequence - b.data.sequence)) {
    const folder = file.split('/').at(-2) ?? '';
    if (folder !== data.slug) issues.push({ file, field: ['slug'], expected: `应与所在目录名一致（"${folder}"）`, found: JSON.stringify(data.slug) });
    for (const key of ['name', 'slug', 'sequence'] as const) {
      const map = seen[key] as Map<string | number, string>;
      const first = map.get(data[key]);
      if (first)
        issues.push({ file, field: [key], expected: `不能与已冻结的版本重复（${first} 已使用）：同一名称只能冻结一次`, found: JSON.stringify(data[key]) });
      else map.set(data[key], file);
    }
    const dir = join(root, versionsFolder, folder);
    const inFolder = (p: string) => rel(`${versionsFolder}/${folder}/${p}`);
    const actual = hashFiles(dir);
    for (const [path, hash] of Object.entries(data.files)) {
      if (!(path in actual))
        issues.push({ file: inFolder(path), field: [], expected: `冻结版本的文件不能删除（frozen file missing; recorded in ${file} files）` });
      else if (actual[path] !== hash) {
        issues.push({
          file: inFolder(path),
          field: [],
          expected: `冻结版本的文件不能修改（frozen file edited）：应与冻结时一致（SHA-256 ${hash.slice(0, 12)}…，见 ${file} 的 files）；要发布新的文本，请修改 content/ 中的现行文件`,
          found: `SHA-256 ${actual[path]!.slice(0, 12)}…`,
        });
      }
    }
    for (const path of Object.keys(actual).filter((p) => !(p in data.files))) {
      issues.push({ file: inFolder(path), field: [], expected: `冻结版本不能增加文件（file added after freezing; not in ${file} files）` });
    }
    if (Object.keys(data.files).length === 0) issues.push({ file, field: ['files'], expected: '应列出冻结的文件' });
    issues.push(...readFrozen(dir, inFolder).issues);
  }
  return issues;
}
