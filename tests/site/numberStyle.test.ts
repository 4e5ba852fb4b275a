/**
 * One number style (issue 24): the site writes figures as the plan does — 1000辆, 3000个, 10000台,
 * never 1,000辆 — on every page and in every download, whether a figure comes from content or is
 * computed (src/model/format.ts). The check reads the real builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csvParse.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, requireBuild } from '../helpers/site.ts';

/** A number with thousands separators: 1,000 or 12,000,000 (not 1,2 or a list such as 2024,2025). */
const separated = /\d{1,3}(?:,\d{3})+(?![\d,])/g;

/** Every string of a JSON value. */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

describe('the pattern', () => {
  it.each([
    ['1,000辆', ['1,000']],
    ['约1,501个', ['1,501']],
    ['12,000,000元', ['12,000,000']],
    ['1000辆、3000个', []],
    ['第1,2项', []],
    ['2024,2025', []],
  ])('%s → %j', (text, found) => expect(text.match(separated) ?? []).toEqual(found));
});

describe.each(testBuilds)('the $name build', (build) => {
  requireBuild(build);

  it('no page prints a figure with thousands separators', () => {
    const found = allPages(build).flatMap((path) => {
      const $ = load(build, path);
      $('script, style, template').remove();
      return ($('body').text().match(separated) ?? []).map((m) => `/${path}: ${m}`);
    });
    expect(found).toEqual([]);
  });

  it('pages print four-digit figures as the plan does', () => {
    // 附件2: 区级2024年 汽车以旧换新量 1000辆, 区级2027年 充电桩 3000个 (the seed's 1000辆 and 3000个).
    const text = load(build, 'indicators/')('main').text();
    expect(text).toContain('1000辆');
    expect(text).toContain('3000个');
  });

  it('no download writes a figure with thousands separators', () => {
    const dir = join(build.dir, 'data');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(csv|json)$/.test(f));
    expect(files).toContain('indicators.csv');
    const found = files.flatMap((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const values = f.endsWith('.csv') ? parseCsv(text).flat() : strings(JSON.parse(text));
      return values.flatMap((v) => v.match(separated) ?? []).map((m) => `data/${f}: ${m}`);
    });
    expect(found).toEqual([]);
    expect(readFileSync(join(dir, 'indicators.csv'), 'utf8')).toContain('1000辆');
  });
});
