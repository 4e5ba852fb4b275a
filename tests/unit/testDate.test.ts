/** The date a test run works on: BUILD_DATE when set, else today, never before the content's latest date. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newestContentDate } from '../../scripts/lib/contentAsOf.ts';
import { testDate } from '../../scripts/lib/testDate.ts';

const dir = mkdtempSync(join(tmpdir(), 'liangxin-test-date-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, data: unknown) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), JSON.stringify(data));
};
write('changelog.json', [{ date: '2026-03-01' }, { date: '2026-03-03' }]);
write('progress/a.json', { imported: '2026-03-04', rows: [{ asOf: '2026-02-28' }], revisions: [{ revised: '2026-03-06' }] });
write('merchants/b.json', { published: '2026-03-02', imported: '2026-03-05' });
// A notice dated later is held back by the build, not refused: it does not count.
mkdirSync(join(dir, 'notices'));
writeFileSync(join(dir, 'notices/2026-04-01-later.mdx'), '---\ndate: 2026-04-01\n---\n');

describe('newestContentDate', () => {
  it('the latest of 更新记录, reports (imported, revised, 截至日期) and merchant lists', () => {
    expect(newestContentDate(dir)).toBe('2026-03-06');
  });
  it('an empty folder has none', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(newestContentDate(empty)).toBeNull();
  });
});

describe('testDate', () => {
  // 2026-03-10 00:30 in China is still 2026-03-09 in UTC: the day is China's.
  const at = (iso: string) => new Date(iso);
  it.each<[string, Record<string, string>, string, string, boolean]>([
    ['the clock after the content: today in China', {}, '2026-03-09T16:30:00Z', '2026-03-10', false],
    ['the clock behind the content: the content’s latest date, said so', {}, '2026-03-01T00:00:00Z', '2026-03-06', true],
    ['BUILD_DATE set: that day, even before the content (the run asked for it)', { BUILD_DATE: '2026-01-15' }, '2026-03-09T16:30:00Z', '2026-01-15', false],
  ])('%s', (_, env, now, date, noted) => {
    const got = testDate(env, dir, at(now));
    expect(got.date).toBe(date);
    expect(got.note !== null).toBe(noted);
    if (noted) expect(got.note).toMatch(/^本机日期 2026-03-01 早于 .* 中最新的日期 2026-03-06，测试按 2026-03-06 进行（clock behind the content）$/);
  });
});
