/** `npm run version:freeze` and the content check of frozen versions, on a throw-away copy of content/. */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { readFrozen } from '../../src/checks/versionFiles.ts';
import { FreezeRefused, freezeVersion } from '../../scripts/lib/freezeVersion.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

let copy: ContentCopy;
// The 送审稿 with nothing frozen, as before staff first froze it, whatever content/versions/ holds.
beforeEach(() => {
  copy = copyContent({ reports: false, reviewDraft: true });
});
afterEach(() => copy.remove());

const versionDir = () => join(copy.dir, 'versions', 'review-draft');

describe('freezing a version', () => {
  it('copies the plan, actions, measures, indicators and document, and the copy passes the check', () => {
    const v = freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-01' });
    expect(v).toMatchObject({ name: '送审稿', slug: 'review-draft', status: '送审稿', date: '2024-07-01', sequence: 1 });
    expect(Object.keys(v.files)).toEqual(
      expect.arrayContaining([
        'document.json',
        'plan/general.mdx',
        'plan/explanation.mdx',
        'actions/01-manufacturing.mdx',
        'measures/01-standards.mdx',
        'indicators/20-ai-labs.json',
      ]),
    );
    expect(readFileSync(join(versionDir(), 'actions/05-education.mdx'), 'utf8')).toBe(readFileSync(join(copy.dir, 'actions/05-education.mdx'), 'utf8'));
    const document = JSON.parse(readFileSync(join(versionDir(), 'document.json'), 'utf8')) as { title: string };
    expect(document.title).toContain('伍家岗区推动大规模设备更新');
    const { content, issues } = readContent(copy.dir);
    expect(formatIssues(issues)).toBe('');
    expect(content.versions.map((e) => e.data.name)).toEqual(['送审稿']);
    const frozen = readFrozen(versionDir(), (p) => p).content!;
    expect([frozen.plan.length, frozen.actions.length, frozen.measures.length, frozen.indicators.length]).toEqual([
      content.plan.length,
      content.actions.length,
      content.measures.length,
      content.indicators.length,
    ]);
  });

  it('refuses a second freeze under one name, and numbers the next version 2', () => {
    freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-01' });
    expect(() => freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-02' })).toThrow(FreezeRefused);
    expect(() => freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-02' })).toThrow(/同一名称只能冻结一次/);
    expect(() => freezeVersion({ contentDir: copy.dir, name: '另一稿', slug: 'review-draft', date: '2024-07-02' })).toThrow(/同一名称只能冻结一次/);
    expect(freezeVersion({ contentDir: copy.dir, name: '印发稿', date: '2024-08-01' }).sequence).toBe(2);
  });

  it('asks for --slug when the name has no usual address, and refuses reserved ones', () => {
    expect(() => freezeVersion({ contentDir: copy.dir, name: '第三稿', date: '2024-07-01' })).toThrow(/--slug/);
    expect(() => freezeVersion({ contentDir: copy.dir, name: '第三稿', slug: 'compare', date: '2024-07-01' })).toThrow(/compare/);
  });

  it('refuses content that does not pass the content check', () => {
    copy.edit('indicators/20-ai-labs.json', '"district2027": "20间"', '"district2027": "20台"');
    expect(() => freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-01' })).toThrow(/内容检查未通过/);
  });
});

describe('the content check of frozen versions', () => {
  beforeEach(() => {
    freezeVersion({ contentDir: copy.dir, name: '送审稿', date: '2024-07-01' });
  });
  const issuesFor = () => readContent(copy.dir, copy.dir).issues;

  it('refuses an edited frozen file, naming it', () => {
    appendFileSync(join(versionDir(), 'actions/05-education.mdx'), '\n新加的一句。\n');
    const issues = issuesFor();
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'versions/review-draft/actions/05-education.mdx',
        expected: expect.stringContaining('冻结版本的文件不能修改') as unknown,
      }),
    ]);
  });

  it('refuses a deleted or an added file', () => {
    rmSync(join(versionDir(), 'indicators/20-ai-labs.json'));
    writeFileSync(join(versionDir(), 'indicators/23-new.json'), '{}');
    const issues = issuesFor();
    expect(issues.slice(0, 2).map((i) => [i.file, i.expected.split('（')[0]])).toEqual([
      ['versions/review-draft/indicators/20-ai-labs.json', '冻结版本的文件不能删除'],
      ['versions/review-draft/indicators/23-new.json', '冻结版本不能增加文件'],
    ]);
    // The added file is also not an indicator: each missing field is named.
    expect(issues.slice(2).map((i) => i.field[0])).toEqual(expect.arrayContaining(['number', 'slug', 'name']));
  });

  it('refuses a second version.json under the same name (a copied folder)', () => {
    const json = JSON.parse(readFileSync(join(versionDir(), 'version.json'), 'utf8')) as Record<string, unknown>;
    freezeVersion({ contentDir: copy.dir, name: '印发稿', date: '2024-08-01' });
    const second = join(copy.dir, 'versions', 'issued', 'version.json');
    const issued = JSON.parse(readFileSync(second, 'utf8')) as Record<string, unknown>;
    writeFileSync(second, JSON.stringify({ ...issued, name: json.name }));
    expect(issuesFor()).toEqual([
      expect.objectContaining({ file: 'versions/issued/version.json', field: ['name'], expected: expect.stringContaining('同一名称只能冻结一次') as unknown }),
    ]);
  });
});
