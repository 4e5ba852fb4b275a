/**
 * 更新时间 and 更新记录 as built. The test builds read copies of content/ that git does not track,
 * so every page falls back to the 更新记录's latest date and says so (the history path is tested
 * in tests/unit/pageUpdated.test.ts on a real repository).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangelogEntry } from '../../src/schemas/changelog.ts';
import { testBuilds } from '../helpers/builds.ts';
import { builtOn, compact, load } from '../helpers/site.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

describe.each(testBuilds)('更新时间 and 更新记录 ($name build)', (b) => {
  const today = builtOn(b);
  const changelog = JSON.parse(readFileSync(join(b.content, 'changelog.json'), 'utf8')) as ChangelogEntry[];
  const latest = changelog
    .map((e) => e.date)
    .sort()
    .at(-1);

  it('every page has one 更新时间 with a valid date, not after the build date, and names its source', () => {
    const pages = pagesToCheck(b);
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const $ = load(b, page);
      const lines = $('main p').filter((_, el) => compact($(el).text()).startsWith('更新时间：'));
      expect(lines.length, page).toBe(1);
      const times = lines.find('time');
      expect(times.length, page).toBe(1);
      const date = times.attr('datetime') ?? '';
      expect(date, page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), page).toBe(date);
      expect(times.text(), page).toBe(date);
      expect(date <= today, `${page}: ${date} 晚于构建日期 ${today}`).toBe(true);
      // The copy is not in git: the date is the 更新记录's latest, and the page says so.
      expect(date, page).toBe(latest);
      expect(compact(lines.text()), page).toContain('全站最近一次更新，见更新记录');
      expect(lines.find('a').attr('href'), page).toBe(`${b.base}about/#changelog`);
    }
  });

  it('/about/ lists every 更新记录 entry, newest first, with its date', () => {
    const $ = load(b, 'about/');
    const items = $('#changelog ~ ul').first().children('li');
    const shown = items.toArray().map((li) => ({ id: $(li).attr('id'), date: $(li).find('time').attr('datetime'), text: compact($(li).text()) }));
    expect(shown).toHaveLength(changelog.length);
    expect(new Set(shown.map((s) => s.id))).toEqual(new Set(changelog.map((e) => `update-${e.id}`)));
    for (const e of changelog) {
      const s = shown.find((x) => x.id === `update-${e.id}`);
      expect(s?.date).toBe(e.date);
      expect(s?.text).toBe(compact(`${e.date}${e.summary}`));
    }
    const dates = shown.map((s) => s.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
