/**
 * Whose words are whose, in the built site: every reading (本站解读) is on /about/ and linked from
 * each page its entry lists; no page labels a statement 本站解读 without linking to a registered
 * entry; every contradiction is in the table on /about/ and marked on its pages; the site's
 * statements about itself are true; the downloads say each column's kind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { indicatorDownloadColumns, progressDownloadColumns } from '../../src/export/dataExport.ts';
import { testBuilds } from '../helpers/builds.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { allPages, compact, load, mainText, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const readings = content.readings.map((r) => r.data);
const discrepancies = content.discrepancies.map((d) => d.data);
const slugOf = (n: number) => content.indicators.find((i) => i.data.number === n)!.data.slug;
/** Every page an entry lists, by path relative to the base (no leading slash). */
const placesOf = (e: { indicators: number[]; pages: string[] }) => [...e.indicators.map((n) => `indicators/${slugOf(n)}/`), ...e.pages.map((p) => p.slice(1))];

/** The false sentences the site used to say about itself (issue 13). */
const falseClaims: [string, string][] = [
  ['about/', '所有文字和数字均来自该文件'],
  ['data/', '本站不发布补贴金额'],
  ['data/', '文件未载明的内容，数据中一律不出现'],
];

describe.each(testBuilds)('statements at base $base', (build) => {
  requireBuild(build);
  const about = load(build, 'about/');
  /** The reading ids a page links to, by its links to /about/#reading-<id>. */
  const linkedReadings = (path: string) => {
    const $ = load(build, path);
    return $(`a[href^="${build.base}about/#reading-"]`)
      .map((_, a) => $(a).attr('href')!.split('#reading-')[1])
      .get();
  };

  it('/about/ explains the three kinds once', () => {
    const text = compact(about('#statement-kinds').nextUntil('h2').addBack().text());
    for (const kind of ['原文', '本站整理', '本站解读']) expect(text).toContain(kind);
  });

  it.each(readings.map((r) => [r.id, r] as const))('reading %s is on /about/ with its reason and alternative, and linked from every page it lists', (id, r) => {
    const entry = compact(about(`#reading-${id}`).text());
    expect(entry).toContain(compact(r.title));
    expect(entry).toContain(compact(r.reason));
    if (r.alternative) expect(entry).toContain(compact(r.alternative));
    const places = placesOf(r);
    expect(places.length).toBeGreaterThan(0);
    for (const path of places) expect(linkedReadings(path), path).toContain(id);
  });

  it('no page labels a statement 本站解读 without a link to a registered entry', () => {
    const registered = new Set(readings.map((r) => r.id));
    for (const path of allPages(build)) {
      if (path === 'about/') continue;
      const $ = load(build, path);
      $('.kind').each((_, el) => {
        if (!$(el).text().includes('本站解读')) return;
        const href = $(el).attr('href') ?? '';
        expect(href, `${path}：${$(el).text()}`).toMatch(new RegExp(`^${build.base}about/#reading-`));
        expect(registered, path).toContain(href.split('#reading-')[1]);
      });
      // And a page links only to entries that list it: a stray link would send readers to an entry that does not mention the page.
      for (const id of linkedReadings(path)) expect(placesOf(readings.find((r) => r.id === id)!), `${path} → ${id}`).toContain(path);
    }
  });

  it.each(discrepancies.map((d) => [d.id, d] as const))('contradiction %s is in the table on /about/ and marked on each page it concerns', (id, d) => {
    const row = compact(about(`#discrepancy-${id}`).text());
    for (const side of d.sides) expect(row).toContain(compact(side.text));
    for (const path of placesOf(d)) {
      if (path === '') continue; // the home page shows it in the picture (tests/unit/summaryGraphic.test.ts)
      const $ = load(build, path);
      expect($(`a[href="${build.base}about/#discrepancy-${id}"]`).length, path).toBeGreaterThan(0);
    }
  });

  it.each(falseClaims)('%s no longer says “%s”', (path, claim) => {
    expect(mainText(build, path)).not.toContain(compact(claim));
  });

  it('the footer no longer says the whole site is 依据《…》整理, and says what else it carries', () => {
    const footer = compact(load(build, '')('footer.site-footer').text());
    expect(footer).not.toMatch(/本站内容依据《[^》]+》（[^）]+）整理/);
    for (const kind of ['原文', '本站整理', '本站解读']) expect(footer).toContain(kind);
  });

  it('/about/ says the guide and policies carry outside facts, and bureaus report the progress figures', () => {
    const text = mainText(build, 'about/');
    expect(text).toContain('方案以外的信息');
    expect(text).toContain('责任单位报送');
  });

  it('downloads carry each column’s kind: 本站解读 in the CSV header, every field’s kind in the JSON, and in the dictionary', () => {
    const csv = parseCsv(readFileSync(join(build.dir, 'data/indicators.csv'), 'utf8').slice(1));
    const json = JSON.parse(readFileSync(join(build.dir, 'data/indicators.json'), 'utf8')) as { fields: { path: string; kind: string }[] };
    const progressCsv = parseCsv(readFileSync(join(build.dir, 'data/progress.csv'), 'utf8').slice(1));
    for (const [columns, header] of [
      [indicatorDownloadColumns, csv[0]!],
      [progressDownloadColumns, progressCsv[0]!],
    ] as const) {
      columns.forEach((c, i) => expect(header[i]!.includes('本站解读'), header[i]).toBe(c.kind === '本站解读'));
    }
    expect(json.fields.map((f) => f.kind)).toEqual(indicatorDownloadColumns.map((c) => c.kind));
    for (const interpreted of ['计量方式（本站解读）', '所属行动（本站解读）', '责任单位（展开，本站解读）']) expect(csv[0]).toContain(interpreted);
    const $ = load(build, 'data/dictionary/');
    indicatorDownloadColumns.forEach((c, i) => {
      expect(compact($(`#column-${i + 1}`).text()), c.header).toContain(c.kind);
    });
  });
});
