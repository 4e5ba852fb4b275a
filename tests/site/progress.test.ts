/**
 * /progress/ in the two test builds, whatever content/progress/ holds: the build without reports
 * says so plainly and still shows the targets, the time elapsed and what is expected by now; the
 * build with reports shows each indicator's status as the method, derived again here
 * (tests/helpers/expectedStatus.ts) and by hand for the fixture figures, gives for that build's own
 * reports. No example data anywhere; downloads and feed built from content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { withUnit } from '../../src/progress/text.ts';
import { testBuilds } from '../helpers/builds.ts';
import { expectedStatus } from '../helpers/expectedStatus.ts';
import { planTextsOf } from '../helpers/planTexts.ts';
import { allPages, compact, load, mainText, pageHtml, requireBuild } from '../helpers/site.ts';

/** The words the pages print for each status (the method on /progress/#method). */
const symbols = { done: '✔', 'on-track': '●', 'speed-up': '▲', behind: '■', 'no-data': '○' } as const;
const labels = { done: '已完成', 'on-track': '进度正常', 'speed-up': '需加快', behind: '滞后', 'no-data': '暂无数据' } as const;

/**
 * The figures the test builds import (builds.ts fixtureImports, after the correction), and the
 * status of each indicator worked out by hand from them, for any date from 2026-01-01 to the end
 * of the plan (all figures then lie in the past; the 2027 target is the headline where set).
 * Days: 2024 has 366, the plan 1461; 2025-09-30 is day 273 of 2025, 2025-11-30 day 334.
 */
const fixtureFigures = [
  '1 2025-12-31 8.6',
  '3 2025-12-31 86.5',
  '7 2025-12-31 1600',
  '8 2025-09-30 20',
  '12 2025-06-30 4',
  '12 2025-09-30 6',
  '13 2025-06-30 24',
  '13 2025-11-30 42',
  '14 2025-06-30 1260',
  '16 2025-06-30 12000',
  '18 2024-12-31 320',
  '19 2025-12-31 360',
  '20 2025-12-31 12',
  '21 2025-12-31 1',
  '22 2024-12-31 1',
];
const handComputed: Record<number, keyof typeof labels> = {
  1: 'speed-up', // growth 8%→25%: expected 8 + 17 × 365/1095 = 13.67; pace 8.6 ÷ 13.67 = 0.63
  3: 'done', // 86.5% ≥ 75%
  7: 'on-track', // 1600 ÷ (3000 × 731/1461 = 1501) = 1.07
  8: 'behind', // 20 ÷ (100 × 639/1461 = 43.7) = 0.46 (the issued text's 120台 is published after the figure)
  12: 'speed-up', // 每年 10台, judged on 2025: 6 ÷ (10 × 273/365 = 7.48) = 0.80
  13: 'on-track', // 42 ÷ (60 × 700/1461 = 28.7) = 1.46
  14: 'no-data', // only a 2024 target (1000辆), and no figure dated 2024
  16: 'no-data', // 全年 (not 每年) 2万台套 is the 2027 target: no figure dated 2027
  18: 'on-track', // 320 ÷ (800 × 366/1461 = 200.4) = 1.60
  19: 'on-track', // 360 ÷ (600 × 731/1461 = 300.2) = 1.20
  20: 'on-track', // 12 ÷ (20 × 731/1461 = 10.0) = 1.20
  21: 'done', // 1家 of 1家
  22: 'speed-up', // 1 ÷ (5 × 366/1461 = 1.25) = 0.80
};

describe.each(testBuilds.filter((b) => b.reports))('build with reports at $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  const $ = load(build, 'progress/');
  const reports = readContent(build.content).content.progress.map((p) => p.data);
  const today = compact($('dt:contains("页面生成日期") + dd').text());

  it('has reports to show (the suite must see a page with figures)', () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(mainText(build, 'progress/')).not.toContain('尚未报送任何进展数据');
  });

  it('dates the figures by the latest 截至日期 reported', () => {
    const latest = reports
      .flatMap((r) => r.rows.map((row) => row.asOf))
      .sort()
      .at(-1);
    expect(compact($('dt:contains("数据截至") + dd').text())).toBe(latest);
  });

  const texts = planTextsOf(build.content);
  const figures = (n: number) => reports.flatMap((r) => r.rows.filter((row) => row.indicator === n));
  /** Each indicator's status by the second derivation (tests/helpers/expectedStatus.ts), on the page's date. */
  const expected = new Map(content.indicators.map(({ data: ind }) => [ind.number, expectedStatus(ind, texts, figures(ind.number), today)]));

  it('gives every indicator the status worked out independently from the reports', () => {
    const rows = $('tbody tr[data-status]');
    expect(rows.length).toBe(content.indicators.length);
    for (const [n, status] of expected) expect($(`#progress-${n}`).attr('data-status'), `指标${n}`).toBe(status);
    expect([...expected.values()].some((s) => s !== 'no-data')).toBe(true);
  });

  const held = reports
    .flatMap((r) => r.rows.map((row) => `${row.indicator} ${row.asOf} ${row.value}`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  // Real reports replace the fixtures (builds.ts): the hand-computed table is about the fixtures only.
  it.runIf(held.join('\n') === fixtureFigures.join('\n'))('gives the fixture figures the statuses worked out by hand', () => {
    expect(today >= '2026-01-01' && today <= '2027-12-31', `页面生成日期 ${today}`).toBe(true);
    for (const { data: ind } of content.indicators) {
      const status = handComputed[ind.number] ?? 'no-data';
      expect($(`#progress-${ind.number}`).attr('data-status'), `指标${ind.number}`).toBe(status);
      expect(expected.get(ind.number), `second derivation, 指标${ind.number}`).toBe(status);
    }
  });

  it('shows each action’s indicators with the same status', () => {
    let checked = 0;
    for (const a of content.actions) {
      const $a = load(build, `actions/${a.data.slug}/`);
      const rows = $a('section[aria-labelledby="progress"] tbody tr');
      expect(rows.length, a.data.slug).toBe(content.indicators.filter((i) => i.data.action === a.data.slug).length);
      rows.each((_, r) => {
        const n = Number(/^指标(\d+)：/.exec(compact($a(r).find('th').first().text()))?.[1]);
        expect(expected.has(n), `${a.data.slug}：${compact($a(r).text())}`).toBe(true);
        expect(compact($a(r).find('td[data-label="状态"]').text()), `${a.data.slug} 指标${n}`).toBe(`${symbols[expected.get(n)!]}${labels[expected.get(n)!]}`);
        checked++;
      });
    }
    expect(checked).toBe(content.indicators.filter((i) => i.data.action).length);
  });

  it('lists every reported figure on its indicator page: date, period, value with unit, bureau', () => {
    const bureaus = new Map(content.departments.map((d) => [d.data.id, d.data.name]));
    for (const r of reports) {
      for (const row of r.rows) {
        const ind = content.indicators.find((i) => i.data.number === row.indicator)!.data;
        const $i = load(build, `indicators/${ind.slug}/`);
        const cells = $i(`#figure-${row.asOf}`)
          .find('th, td')
          .map((_, c) => compact($i(c).text()))
          .get();
        expect(cells.slice(0, 4), `${ind.slug} ${row.asOf}`).toEqual([
          row.asOf,
          r.period,
          expect.stringContaining(withUnit(row.value, ind.unit)),
          bureaus.get(r.department),
        ]);
      }
    }
  });

  it('shows every revision the reports keep on its indicator page, and says so where there is none', () => {
    for (const { data: ind } of content.indicators) {
      const own = reports.flatMap((r) => r.revisions.filter((v) => v.indicator === ind.number));
      const figures = reports.some((r) => r.rows.some((row) => row.indicator === ind.number));
      const $i = load(build, `indicators/${ind.slug}/`);
      const rows = $i('section[aria-labelledby="revisions"] tbody tr')
        .map((_, r) => compact($i(r).text()))
        .get();
      expect(rows, ind.slug).toHaveLength(own.length);
      for (const v of own)
        expect(
          rows.some((r) => r.startsWith(`${v.revised}${v.asOf}`)),
          `${ind.slug} ${v.asOf}`,
        ).toBe(true);
      if (figures && own.length === 0) expect($i('#no-revisions').text(), ind.slug).toContain('未经修订');
    }
  });

  it('has one feed item per report', () => {
    const rss = cheerio.load(readFileSync(join(build.dir, 'progress/rss.xml'), 'utf8'), { xml: true });
    const titles = rss('item title')
      .map((_, t) => rss(t).text())
      .get();
    for (const r of reports)
      expect(
        titles.some((t) => t.includes(`报送${r.period}进展数据`)),
        r.period,
      ).toBe(true);
  });
});

describe.each(testBuilds.filter((b) => !b.reports))('build without reports at $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  const $ = load(build, 'progress/');
  const text = mainText(build, 'progress/');

  it('says plainly that no figures have been reported', () => {
    expect(text).toContain('各责任单位尚未报送任何进展数据，本页暂无完成情况数值。');
    expect(compact($('dt:contains("数据截至") + dd').text())).toBe('尚无报送数据');
    expect(compact($('dt:contains("页面生成日期") + dd').text())).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(compact($('dt:contains("方案实施期时间进度") + dd').text())).toMatch(/^[\d.]+%（2024-01-01至2027-12-31，已过\d+天，共1461天）$/);
  });

  it('lists all 22 indicators with their target and 暂无数据, grouped by action', () => {
    const rows = $('tbody tr[data-status]');
    expect(rows.length).toBe(22);
    expect(rows.filter((_, r) => $(r).attr('data-status') === 'no-data').length).toBe(22);
    const row7 = $('#progress-7');
    expect(compact(row7.find('td').eq(1).text())).toBe(`2027年${content.indicators.find((i) => i.data.number === 7)!.data.targets.district2027}`);
    expect(compact(row7.text())).toContain('暂无报送');
    expect(compact(row7.text())).toContain('○暂无数据');
    expect($('#group-urban-infrastructure').text()).toContain('城市基础设施更新行动');
    expect(compact($('[aria-label="各状态指标数"]').text())).toContain('○暂无数据22项');
  });

  it('writes out the method and the arithmetic for each indicator', () => {
    expect($('#method').length).toBe(1);
    expect(text).toContain('进度比=完成比例÷应完成比例');
    for (const i of content.indicators) expect($(`#arithmetic-${i.data.number}`).text()).toContain(i.data.name);
    expect(compact($('#arithmetic-7 + ol').text())).toContain(
      `2027年目标${content.indicators.find((i) => i.data.number === 7)!.data.targets.district2027}：目标期内暂无报送数据`,
    );
  });

  it('has the template downloads and the feed, built from content', async () => {
    const csv = readFileSync(join(build.dir, 'progress/template.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF指标编号,指标名称,单位,数值含义,报告期,截至日期,数值,填报单位,备注,更正说明\r\n')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(23);
    const sheet = await readXlsxFile(readFileSync(join(build.dir, 'progress/template.xlsx')));
    const rows = sheet[0]!.data;
    expect(rows[0]).toEqual(['指标编号', '指标名称', '单位', '数值含义', '报告期', '截至日期', '数值', '填报单位', '备注', '更正说明']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(content.indicators.map((i) => i.data.name));
    const rss = cheerio.load(readFileSync(join(build.dir, 'progress/rss.xml'), 'utf8'), { xml: true });
    expect(rss('channel > title').text()).toContain('指标进展更新');
    // Feed links must be absolute: a local build's are localhost, and the feed says so.
    expect(rss('channel > description').text().includes('链接为本地预览地址'), 'feed note').toBe(!content.site!.url);
    expect(rss('item').length).toBe(0);
    const head = load(build, '')('link[rel="alternate"][type="application/rss+xml"]');
    expect(head.attr('href')).toBe(`${build.base}progress/rss.xml`);
  });

  it('shows each action’s indicators with their status', () => {
    for (const a of content.actions) {
      const own = content.indicators.filter((i) => i.data.action === a.data.slug);
      const $a = load(build, `actions/${a.data.slug}/`);
      const rows = $a('section[aria-labelledby="progress"] tbody tr');
      expect(rows.length, a.data.slug).toBe(own.length);
      rows.each((_, r) => expect(compact($a(r).text())).toContain('暂无数据'));
    }
  });
});

describe.each(testBuilds)('progress pages at $base, with or without reports', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);

  it('has 进展 in the navigation', () => {
    const link = load(build, '')('nav a').filter((_, a) => load(build, '')(a).text().trim() === '进展');
    expect(link.attr('href')).toBe(`${build.base}progress/`);
  });

  it('never contains example data', () => {
    for (const page of allPages(build)) {
      const html = pageHtml(build, page);
      expect(html, page).not.toContain('示例数据');
      expect(html, page).not.toContain('sample-banner');
    }
    expect(readFileSync(join(build.dir, 'progress/rss.xml'), 'utf8')).not.toContain('示例');
  });

  it('gives every indicator page its progress, chart data table and, for percentages, the four-level chart', () => {
    for (const i of content.indicators) {
      const $i = load(build, `indicators/${i.data.slug}/`);
      expect($i('#progress').text()).toBe('进展');
      expect($i('progress-chart').length, i.data.slug).toBe(i.data.unit === '%' ? 2 : 1);
      expect($i('progress-chart table').first().find('tbody tr').length).toBeGreaterThan(1);
    }
  });

  it('loads Chart.js only on pages with a chart', () => {
    // Pages never reference the chart code; the shared script imports it only where a
    // <progress-chart> is (tests/site/scripts.test.ts checks the import graph).
    for (const page of allPages(build)) {
      const html = pageHtml(build, page);
      expect(html, page).not.toMatch(/ChartFigure|chartParts|progressChart/);
    }
    expect(pageHtml(build, 'progress/')).toContain('<progress-chart');
  });
});
