/**
 * Freezing a version: copies the plan's content as it stands (plan/ with the 起草说明, actions/,
 * measures/, indicators/, and site.json's document block as document.json) into
 * <content>/versions/<slug>/ and writes version.json with each file's SHA-256, so the content
 * check refuses any later edit. Refuses a name or address already frozen, and content that does
 * not pass the content check (a frozen mistake could never be corrected).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { documentFile, frozenFolders, hashFiles, versionFile, versionsFolder } from '../../src/checks/versionFiles.ts';
import { versionSchema, type Version } from '../../src/schemas/version.ts';
import { usualVersionSlugs } from '../../src/versions/names.ts';

export interface FreezeRequest {
  /** The content folder (content/ for staff, a copy in tests). */
  contentDir: string;
  /** The version's name, e.g. 送审稿. */
  name: string;
  /** Its address; defaults to the usual one for the name (src/versions/names.ts). */
  slug?: string;
  /** The day of freezing, YYYY-MM-DD. */
  date: string;
}

/** Refusals staff read: Chinese, with the English gist. */
export class FreezeRefused extends Error {}

/** Freezes and returns the version written; throws FreezeRefused when it must not. */
export function freezeVersion({ contentDir, name, slug, date }: FreezeRequest): Version {
  const address = slug ?? usualVersionSlugs[name.trim()];
  if (!address) {
    throw new FreezeRefused(`版本“${name}”没有默认网址标识，请用 --slug 指定，如 --slug issued（no default slug for this name; pass --slug）`);
  }
  const { content, issues } = readContent(contentDir);
  if (issues.length > 0) throw new FreezeRefused(`内容检查未通过，不能冻结（content check failed; fix it before freezing）：\n${formatIssues(issues)}`);
  for (const v of content.versions) {
    if (v.data.name === name.trim() || v.data.slug === address) {
      throw new FreezeRefused(`版本“${v.data.name}”已于 ${v.data.date} 冻结（${v.file}），同一名称只能冻结一次（already frozen under this name or slug）`);
    }
  }
  const dir = join(contentDir, versionsFolder, address);
  if (existsSync(dir)) throw new FreezeRefused(`目录 ${dir} 已存在，不能覆盖（folder exists）`);
  const draft = {
    name: name.trim(),
    slug: address,
    status: content.site!.document.status,
    date,
    sequence: Math.max(0, ...content.versions.map((v) => v.data.sequence)) + 1,
    files: {},
  };
  const meta = versionSchema.safeParse(draft);
  if (!meta.success) {
    throw new FreezeRefused(`版本信息有误（invalid version）：${meta.error.issues.map((i) => `${i.path.join('.')}：${i.message}`).join('；')}`);
  }
  try {
    mkdirSync(dir, { recursive: true });
    for (const { folder } of frozenFolders) cpSync(join(contentDir, folder), join(dir, folder), { recursive: true });
    writeFileSync(join(dir, documentFile), `${JSON.stringify(content.site!.document, null, 2)}\n`);
    const version: Version = { ...meta.data, files: hashFiles(dir) };
    writeFileSync(join(dir, versionFile), `${JSON.stringify(version, null, 2)}\n`);
    return version;
  } catch (e) {
    // Never leave half a version behind: the content check would refuse it.
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/** Where the version went, for the command's message. */
export const versionPath = (contentDir: string, v: Version) => relative(process.cwd(), join(contentDir, versionsFolder, v.slug));
