/**
 * Builds dated in the past — the demo, and the tests that fix BUILD_DATE — read content as it stood
 * that day (scripts/lib/contentAsOf.ts, scripts/lib/demoContent.ts), whatever staff have done since:
 * reports, lists and notices of later days, the 送审稿 frozen and the text issued. Run over the real
 * content/ and again over the staff's work in a copy of the checkout (scripts/testStaffState.ts),
 * these stand in there for the past-dated builds of the site tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contentAsOf, frozenVersions } from '../../scripts/lib/contentAsOf.ts';
import { prepareDemoContent } from '../../scripts/lib/demoContent.ts';
import { freezeVersion } from '../../scripts/lib/freezeVersion.ts';
import { applyVersionEdits, readVersionEdits } from '../../scripts/lib/versionEdits.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { frozenFolders } from '../../src/checks/versionFiles.ts';
import { copyContent, type ContentCopy } from '../helpers/contentCopy.ts';

const copies: ContentCopy[] = [];
afterAll(() => copies.forEach((c) => c.remove()));
const copy = (options: Parameters<typeof copyContent>[0] = {}) => {
  const c = copyContent(options);
  copies.push(c);
  return c;
};

// npm test pins BUILD_DATE for the whole run: put back what was there.
const pinned = { BUILD_DATE: process.env.BUILD_DATE, SAMPLE_DATA: process.env.SAMPLE_DATA };
function restoreEnv(): void {
  for (const [key, value] of Object.entries(pinned)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}
afterEach(restoreEnv);
function checkOn(dir: string, date: string, sample = false): string {
  process.env.BUILD_DATE = date;
  if (sample) process.env.SAMPLE_DATA = '1';
  else delete process.env.SAMPLE_DATA;
  return formatIssues(readContent(dir).issues);
}

/** Every file of the text of a content folder (plan, actions, measures, indicators) and its document block. */
function text(dir: string): Record<string, string> {
  const files = frozenFolders.flatMap(({ folder }) => readdirSync(join(dir, folder)).map((f) => `${folder}/${f}`));
  const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { site: { document: unknown } };
  return { ...Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')])), document: JSON.stringify(site.site.document) };
}

/** The 送审稿 frozen on `date` and the text then edited into the staff-state fixture's issued plan. */
function issuedAfter(date: string): ContentCopy {
  // Staff freeze on the real today, whatever date a test has set for its own build.
  restoreEnv();
  const c = copy({ reviewDraft: true });
  freezeVersion({ contentDir: c.dir, name: '送审稿', date });
  const issued = readVersionEdits('tests/fixtures/versions/issued.json');
  applyVersionEdits(c.dir, { ...issued, document: { ...issued.document, writtenDate: date, publishedDate: date } });
  return c;
}

describe('content as of a past day', () => {
  it.each(['2024-09-01', '2026-01-15'])('passes the check on %s, with nothing dated later', (date) => {
    const c = copy({ asOf: date });
    expect(checkOn(c.dir, date)).toBe('');
    const { content } = readContent(c.dir);
    expect(content.changelog.every((e) => e.data.date <= date)).toBe(true);
    expect(content.progress.every((p) => p.data.imported <= date && p.data.revisions.every((r) => r.revised <= date))).toBe(true);
    expect(content.merchants.every((m) => m.data.published <= date)).toBe(true);
    expect(content.notices.every((n) => n.data.date <= date)).toBe(true);
    expect(content.versions.every((v) => v.data.date <= date)).toBe(true);
  });

  it('before a version was frozen, has that version’s text as its current text, and no version from it on', () => {
    const c = issuedAfter('2026-12-01');
    const draft = text(copy({ reviewDraft: true }).dir);
    expect(text(c.dir)).not.toEqual(draft);
    contentAsOf(c.dir, '2026-11-30');
    expect(frozenVersions(c.dir)).toEqual([]);
    // The 送审稿 the copy was made from, word for word, with its document block.
    expect(text(c.dir)).toEqual(draft);
    expect(checkOn(c.dir, '2026-11-30')).toBe('');
  });

  it('on or after the freeze, keeps the version and the issued text', () => {
    const c = issuedAfter('2026-12-01');
    const before = text(c.dir);
    contentAsOf(c.dir, '2026-12-01');
    expect(frozenVersions(c.dir).map((v) => v.slug)).toEqual(['review-draft']);
    expect(text(c.dir)).toEqual(before);
  });
});

describe('the demo’s content', () => {
  const date = '2026-01-15';
  const examples = (folder: string, ext: string) =>
    readdirSync(join('examples', folder))
      .filter((f) => f.endsWith(ext))
      .sort();
  const own = (dir: string, folder: string, ext: string) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith(ext))
      .sort();

  /** As scripts/buildDemo.ts runs it: the freeze inside checks the copy on BUILD_DATE. */
  const demo = (dir: string) => {
    process.env.BUILD_DATE = date;
    return prepareDemoContent(dir, date);
  };

  it('holds only the examples and the 送审稿 frozen on its date, and passes the demo build’s check', () => {
    const c = copy();
    const lines = demo(c.dir);
    expect(lines.join('\n')).toContain('示例“印发稿”');
    expect(checkOn(c.dir, date, true)).toBe('');
    expect(own(c.dir, 'progress', '.json')).toEqual(examples('progress', '.json'));
    expect(own(c.dir, 'notices', '.mdx')).toEqual(examples('notices', '.mdx'));
    expect(own(c.dir, 'merchants', '.json')).toEqual(examples('merchants', '.json'));
    expect(frozenVersions(c.dir).map((v) => [v.name, v.date])).toEqual([['送审稿', date]]);
    expect(readContent(c.dir).content.site!.document.status).toBe(readVersionEdits('examples/versions/issued.json').document!['status']);
  });

  it('is the same whatever staff have done since: the 送审稿 frozen later and the plan issued', () => {
    const fromContent = copy();
    demo(fromContent.dir);
    const fromIssued = issuedAfter('2026-12-01');
    demo(fromIssued.dir);
    expect(text(fromIssued.dir)).toEqual(text(fromContent.dir));
    expect(readFileSync(join(fromIssued.dir, 'versions/review-draft/version.json'), 'utf8')).toBe(
      readFileSync(join(fromContent.dir, 'versions/review-draft/version.json'), 'utf8'),
    );
    expect(checkOn(fromIssued.dir, date, true)).toBe('');
  });
});
