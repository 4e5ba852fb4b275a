/**
 * From a bureau's spreadsheet to the published page, with BUILD_DATE fixed: import, import a
 * bureau's corrected file, regenerate, read the figures, statuses and the revision on the built pages. A failed regenerate leaves the served folder
 * byte-for-byte as it was; the demo build marks every page 示例数据. These run full builds one
 * after another in this one file (Astro builds in one checkout must not overlap).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/checkLinks.ts';
import { copyContent } from '../helpers/contentCopy.ts';
import { readProgressDownloads } from '../helpers/progressDownloads.ts';
import type { ProgressReport } from '../../src/schemas/progress.ts';
import { contentFile, readContent } from '../../src/checks/readContent.ts';
import { testBuilds } from '../helpers/builds.ts';
import { compact, requireBuild, staffReviewPage } from '../helpers/site.ts';
import { outputSegments } from '../helpers/outputText.ts';
import { forbiddenIn } from '../helpers/publicVoice.ts';
import { readVersionEdits } from '../../scripts/lib/versionEdits.ts';

const BUILD_DATE = '2026-01-15';
/** The address the regenerated (published) site is given; regenerate refuses to run without one (and without the identity and contacts, filled with test values where it runs). */
const PUBLIC_URL = 'https://www.example.gov.cn/';
const slugs = readContent('content').content.indicators.map((i) => i.data.slug);
const work = mkdtempSync(join(tmpdir(), 'liangxin-progress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function node(script: string, args: string[], env: Record<string, string>) {
  return spawnSync('node', [script, ...args], { env: { ...process.env, BUILD_DATE, ...env }, encoding: 'utf8' });
}

/** SHA-256 over every file's path and bytes: equal hashes mean an identical tree. */
function hashTree(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(dir, p)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

const page = (dir: string, path: string) => cheerio.load(readFileSync(join(dir, path, 'index.html'), 'utf8'));

describe('spreadsheet → import → regenerate → page', { timeout: 600_000 }, () => {
  const copy = copyContent({ reports: false, asOf: BUILD_DATE });
  afterAll(() => copy.remove());
  const out = join(work, 'site');

  it('imports the bureau file and regenerates, printing each step', () => {
    const imported = node('scripts/importProgress.ts', ['tests/fixtures/progress/good.csv'], { CONTENT_DIR: copy.dir });
    expect(imported.status, imported.stderr).toBe(0);
    // 区发改局 corrects its 2025年全年 figure for indicator 7: 1500 → 1600, kept as a revision.
    const corrected = node('scripts/importProgress.ts', ['tests/fixtures/progress/good-corrected.csv'], { CONTENT_DIR: copy.dir });
    expect(corrected.status, corrected.stderr).toBe(0);
    expect(corrected.stdout).toContain('更正 指标7 截至2025-12-31：1500个 → 1600个（更正说明：核对台账后更正：漏计12月新增的100个）');
    // A note a spreadsheet would run as a formula: the downloads must neutralise it.
    copy.edit('progress/2025-development-reform.json', '"note": "含自用桩"', '"note": "=含自用桩"');
    copy.setSiteUrl(PUBLIC_URL);
    copy.fillPublishingFields();
    const result = node('scripts/regenerate.ts', [], { CONTENT_DIR: copy.dir, OUT_DIR: out });
    expect(result.status, result.stderr).toBe(0);
    for (const n of [1, 2, 3, 4]) expect(result.stdout).toContain(`[${n}/4]`);
    expect(result.stdout).toContain('3 份进展报告，共 3 个数值；今天为 2026-01-15');
    expect(existsSync(`${out}.regenerate.lock`)).toBe(false);
  });

  it('prints the public address, never localhost, in citations and downloads', () => {
    const path = `indicators/${slugs[6]}/`;
    const $ = page(out, path);
    expect($('section.citation textarea').text()).toContain(`${PUBLIC_URL}${path}`);
    expect($('[data-local-note]').length).toBe(0);
    expect(readFileSync(join(out, 'data/indicators.csv'), 'utf8')).toContain(`${PUBLIC_URL}${path}`);
    for (const f of [`${path}index.html`, 'data/indicators.csv', 'data/indicators.json', 'progress/rss.xml', 'sitemap-0.xml'])
      expect(readFileSync(join(out, f), 'utf8'), f).not.toContain('localhost');
  });

  it('shows the figures, shares and statuses the method gives', () => {
    const $ = page(out, 'progress');
    expect(compact($('dt:contains("数据截至") + dd').text())).toBe('2025-12-31');
    expect(compact($('dt:contains("页面生成日期") + dd').text())).toBe(BUILD_DATE);
    expect($('#no-figures').length).toBe(0);
    const cells = (n: number) =>
      $(`#progress-${n}`)
        .find('td, th')
        .map((_, c) => compact($(c).text()))
        .get();
    // The corrected figure: 1600 of 3000 = 53.33%; 731 of 1461 days = 50.03%; pace 1.07 → 进度正常.
    expect(cells(7)).toEqual(['7', '新增和改造充电桩（含自用桩）', '2027年3000个', '1600个截至2025-12-31', '53.33%', '50.03%', '●进度正常', '区发改局']);
    expect($('body').text()).not.toContain('1500个');
    // 1000 of the 2024 target 1000辆 → 已完成.
    expect(cells(14).slice(2, 7)).toEqual(['2024年1000辆', '1000辆截至2024-12-31', '100%', '100%', '✔已完成']);
    // 86 of 90 = 95.56%; path 84.5 + 5.5 × 365/1095 = 86.33 → 95.93%; pace 1.00 → 进度正常.
    expect(cells(2).slice(2, 7)).toEqual(['2027年90%', '86%截至2025-12-31', '95.56%', '95.93%', '●进度正常']);
    expect(compact($('[aria-label="各状态指标数"]').text())).toBe('✔已完成1项●进度正常2项▲需加快0项■滞后0项○暂无数据19项');
    expect($('#share-chart-title').length).toBe(1);
    expect($('body').text()).not.toContain('示例数据');
  });

  it('shows the figure on the indicator page, the action page and in the feed', () => {
    const $i = page(out, 'indicators/charging-piles');
    expect(compact($i('section[aria-labelledby="progress"]').text())).toContain('进度比53.33%÷50.03%=1.07，不低于0.95，状态为“进度正常”。');
    const chartRow = $i('progress-chart tbody tr').filter((_, r) => $i(r).find('th').text() === '2025-12-31');
    expect(compact(chartRow.text())).toBe('2025-12-311600个约1501个');
    const $a = page(out, 'actions/urban-infrastructure');
    expect(compact($a('section[aria-labelledby="progress"]').text())).toContain('1600个（截至2025-12-31）53.33%●进度正常');
    const rss = cheerio.load(readFileSync(join(out, 'progress/rss.xml'), 'utf8'), { xml: true });
    expect(
      rss('item title')
        .map((_, t) => rss(t).text())
        .get()
        .sort(),
    ).toEqual(['区发改局修订2025年全年进展数据', '区发改局报送2025年全年进展数据', '区商务局报送2024年全年进展数据', '区科技经信局报送2025年全年进展数据']);
    // The 报送 item keeps the first import's date and shows the current figure.
    const item = (title: string) => rss('item').filter((_, i) => rss(i).find('title').text() === title);
    expect(item('区发改局报送2025年全年进展数据').find('description').text()).toContain('截至2025-12-31为1600个');
    const revision = item('区发改局修订2025年全年进展数据');
    expect(revision.find('description').text()).toBe(
      '指标7“新增和改造充电桩（含自用桩）”截至2025-12-31的数值由1500个修订为1600个（核对台账后更正：漏计12月新增的100个）',
    );
    expect(new Date(revision.find('pubDate').text()).toISOString()).toBe('2026-01-14T16:00:00.000Z');
    expect(revision.find('link').text()).toMatch(/\/indicators\/charging-piles\/#revisions$/);
    expect(revision.find('guid').text()).toBe('progress-revision-2025-development-reform-2026-01-15');
  });

  it('keeps the replaced figure in 数据修订记录 on the indicator page', () => {
    const $i = page(out, 'indicators/charging-piles');
    const section = $i('section[aria-labelledby="revisions"]');
    expect(compact(section.find('h2#revisions').text())).toBe('数据修订记录');
    expect(compact(section.find('p').first().text())).toContain('本指标的数值共修订1处，最近一次在2026-01-15');
    const table = section.find('table');
    expect(compact(table.find('caption').text())).toBe('指标7数据修订记录，最近的修订在前');
    expect(
      table
        .find('thead th')
        .map((_, th) => $i(th).attr('scope'))
        .get(),
    ).toEqual(Array(6).fill('col'));
    expect(
      table
        .find('thead th')
        .map((_, th) => compact($i(th).text()))
        .get(),
    ).toEqual(['修订日期', '截至日期', '原数值', '修订后数值', '填报单位', '更正说明']);
    const rows = table.find('tbody tr');
    expect(rows.length).toBe(1);
    expect(rows.find('th').attr('scope')).toBe('row');
    expect(
      rows
        .find('th, td')
        .map((_, c) => compact($i(c).text()))
        .get(),
    ).toEqual(['2026-01-15', '2025-12-31', '1500个', '1600个', '区发改局', '核对台账后更正：漏计12月新增的100个']);
    // The staff's spreadsheet names stay in the report JSON; the page never shows them.
    expect($i('main').text()).not.toMatch(/good(-corrected)?\.csv/);
    // The reported-figures table marks the figure and points at the record.
    expect(compact($i('#figure-2025-12-31 td.num').text())).toBe('1600个（已修订）');
    expect($i('#figure-2025-12-31 a').attr('href')).toBe('#revisions');
    // An indicator with figures never revised says so; one without figures has no such section.
    expect(compact(page(out, 'indicators/digital-design-tools')('#no-revisions').text())).toBe('本指标已报送的数值截至2026-01-15未经修订。');
    expect(page(out, 'indicators/equipment-investment')('#revisions').length, 'indicator 1 has no figures').toBe(0);
  });

  it('the pages with the new section pass html-validate, as every page of the test builds does', async () => {
    // The test builds have no figures, so tests/site/htmlValidity.test.ts never sees this section.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const p of ['indicators/charging-piles', 'indicators/digital-design-tools']) {
      const report = await validator.validateFile(join(out, p, 'index.html'));
      const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
      expect(
        errors.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`),
        p,
      ).toEqual([]);
    }
  });

  it('offers the figures as CSV and JSON that agree with the reports, each other and the pages', () => {
    const d = readProgressDownloads(out, slugs);
    const reported = readdirSync(join(copy.dir, 'progress'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => {
        const r = JSON.parse(readFileSync(join(copy.dir, 'progress', f), 'utf8')) as ProgressReport;
        return r.rows.map((row) => ({
          ...row,
          period: r.period,
          department: r.department,
          reported: row.reported,
          imported: r.imported,
          sample: r.sample,
        }));
      });
    expect(reported).toHaveLength(3);
    expect(
      d.json.records.map((r) => ({
        indicator: r.indicator,
        asOf: r.asOf,
        value: r.value,
        unit: r.unit,
        note: r.note,
        period: r.period,
        department: r.department.id,
        reported: r.reported,
        imported: r.imported,
        sample: r.sample,
      })),
    ).toEqual(
      expect.arrayContaining(
        reported.map(({ indicator, asOf, value, unit, note, period, department, reported: day, imported, sample }) => ({
          indicator,
          asOf,
          value,
          unit,
          note,
          period,
          department,
          reported: day,
          imported,
          sample,
        })),
      ),
    );
    expect(d.json.records).toHaveLength(reported.length);
    expect(d.json.generated).toBe(BUILD_DATE);
    expect(d.json.sample).toBe(false);
    expect(d.json.latestAsOf).toBe('2025-12-31');
    expect(d.column('指标序号')).toEqual(['2', '7', '14']);
    expect(d.column('数据性质')).toEqual(['正式报送', '正式报送', '正式报送']);
    expect(d.column('备注')).toEqual(['', "'=含自用桩", '']);
    // The same statuses /progress/ shows above, with the same arithmetic.
    const cols = ['2027年目标完成比例（%）', '2027年目标应完成比例（%，计算口径）', '2027年目标进度比（计算口径）', '2027年目标状态（计算口径）'];
    expect(d.body.map((row) => cols.map((c) => row[d.header.indexOf(c)]))).toEqual([
      ['95.56', '95.93', '1', '进度正常'],
      ['53.33', '50.03', '1.07', '进度正常'],
      ['', '', '', ''],
    ]);
    // The corrected figure carries its revision; the others none.
    expect(d.column('数值')).toEqual(['86', '1600', '1000']);
    expect(d.column('修订次数')).toEqual(['0', '1', '0']);
    expect(d.column('最近修订日期')).toEqual(['', '2026-01-15', '']);
    expect(d.column('最近修订前数值')).toEqual(['', '1500', '']);
    expect(d.column('最近更正说明')).toEqual(['', '核对台账后更正：漏计12月新增的100个', '']);
    expect(d.column('报送日期')).toEqual([BUILD_DATE, BUILD_DATE, BUILD_DATE]);
    expect(readFileSync(join(out, 'data/progress.csv'), 'utf8')).not.toMatch(/good(-corrected)?\.csv/);
    // The report keeps its first import date: the correction is dated by its revision.
    expect(d.column('导入日期')).toEqual([BUILD_DATE, BUILD_DATE, BUILD_DATE]);
    expect(d.json.records.map((r) => r.revisions)).toEqual([
      [],
      [{ revised: '2026-01-15', previous: 1500, value: 1600, reason: '核对台账后更正：漏计12月新增的100个' }],
      [],
    ]);
    expect(d.column('2024年目标状态（计算口径）')).toEqual(['', '', '已完成']);
    const $ = page(out, 'data');
    expect($('#no-progress-figures').length).toBe(0);
    expect(compact($('#file-progress-csv').text())).toContain('共3行');
    for (const p of ['data', 'data/dictionary']) expect(page(out, p)('body').text(), p).not.toContain('示例数据');
  });
});

describe('a failed regenerate leaves the served site byte-for-byte intact', { timeout: 600_000 }, () => {
  requireBuild(testBuilds[0]);
  const out = join(work, 'served');
  cpSync(testBuilds[0].dir, out, { recursive: true });
  const before = hashTree(out);

  it('when a progress report is wrong (content check)', () => {
    const copy = copyContent({ reports: false, asOf: BUILD_DATE });
    try {
      cpSync('tests/fixtures/progress/good.csv', join(copy.dir, 'x.csv'));
      expect(node('scripts/importProgress.ts', [join(copy.dir, 'x.csv')], { CONTENT_DIR: copy.dir }).status).toBe(0);
      copy.edit('progress/2025-development-reform.json', '"indicator": 7', '"indicator": 23');
      const result = node('scripts/regenerate.ts', [], { CONTENT_DIR: copy.dir, OUT_DIR: out });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('progress/2025-development-reform.json');
      expect(result.stderr).toContain('rows.0.indicator（指标编号）');
      expect(result.stderr).toContain('重新生成失败（regenerate failed）');
      expect(result.stderr).toContain('未作任何改动');
      expect(hashTree(out)).toBe(before);
      expect(existsSync(`${out}.regenerate.lock`)).toBe(false);
    } finally {
      copy.remove();
    }
  });

  it('when the site has no public address or identity yet, before anything is built', () => {
    const copy = copyContent({ reports: false, asOf: BUILD_DATE });
    try {
      copy.setSiteUrl('');
      const result = node('scripts/regenerate.ts', [], { CONTENT_DIR: copy.dir, OUT_DIR: out });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('（publishing blocked）');
      expect(result.stderr).toContain(`${contentFile(copy.dir, 'site.json')}  字段 site.url（网址）`);
      expect(result.stdout).not.toContain('[3/4]');
      expect(result.stderr).toContain('未作任何改动');
      expect(hashTree(out)).toBe(before);
      expect(existsSync(`${out}.regenerate.lock`)).toBe(false);
    } finally {
      copy.remove();
    }
  });

  it('when the Astro build itself fails', () => {
    const copy = copyContent({ reports: false, asOf: BUILD_DATE });
    try {
      // Broken MDX passes the content check but stops the Astro build half-way: an unclosed
      // <strong> (the one tag the content check allows in MDX bodies, see src/checks/contentSafety.ts).
      copy.edit('actions/01-manufacturing.mdx', /\n\n/, '\n\n<strong>\n\n');
      copy.setSiteUrl(PUBLIC_URL);
      copy.fillPublishingFields();
      const result = node('scripts/regenerate.ts', [], { CONTENT_DIR: copy.dir, OUT_DIR: out });
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('[3/4]');
      expect(result.stderr).toContain('构建未完成');
      expect(hashTree(out)).toBe(before);
      expect(existsSync(`${out}.building`)).toBe(false);
    } finally {
      copy.remove();
    }
  });
});

describe('the demo build', { timeout: 600_000 }, () => {
  const out = join(work, 'demo');
  it('builds from examples/ and every page carries the 示例数据 banner', () => {
    const contentBefore = hashTree('content');
    const result = node('scripts/buildDemo.ts', [], { OUT_DIR: out });
    expect(result.status, result.stderr).toBe(0);
    const pages = listHtmlFiles(out);
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      // Short links (/i/N/) are bare redirects with no content of their own.
      if ($('meta[http-equiv="refresh"]').length > 0) continue;
      expect(compact($('.sample-banner').text()), file).toContain('示例数据：本站为演示版本');
    }
    const $p = page(out, 'progress');
    expect(compact($p('#progress-7').text())).toContain('1700个截至2025-12-31');
    expect(readFileSync(join(out, 'progress/rss.xml'), 'utf8')).toContain('【示例数据】');
    // The examples never leak into content/, whatever content/ holds.
    expect(hashTree('content')).toBe(contentBefore);
  });

  it('shows a complete identity and contacts from examples/site.json, every value marked 示例数据, and no 待填写', () => {
    const demo = (JSON.parse(readFileSync('examples/site.json', 'utf8')) as { site: { sponsor: string; siteCode: string; contact: { address: string } } }).site;
    const $ = page(out, '');
    const values = $('footer.site-footer dl dd')
      .toArray()
      .map((dd) => compact($(dd).text()));
    expect(values.length).toBeGreaterThanOrEqual(8);
    expect(values.every((v) => v.endsWith('示例数据'))).toBe(true);
    for (const v of [demo.sponsor, demo.siteCode, demo.contact.address]) expect(values).toContain(`${compact(v)}示例数据`);
    expect($('footer.site-footer a[href^="tel:"]').length).toBe(1);
    expect(compact(page(out, 'about')('#accessibility-contact').text())).toContain('示例数据');
    expect(listHtmlFiles(out).filter((f) => readFileSync(f, 'utf8').includes('待填写'))).toEqual([]);
  });

  it('labels every downloaded figure as 示例数据', () => {
    const d = readProgressDownloads(out, slugs);
    expect(d.body.length).toBeGreaterThan(0);
    expect(d.json.sample).toBe(true);
    expect(new Set(d.column('数据性质'))).toEqual(new Set(['示例数据（虚构）']));
    expect(d.json.records.every((r) => r.sample)).toBe(true);
    expect(compact(page(out, 'data')('#sample-progress-figures').text())).toContain('示例数据（虚构）');
    expect(compact(page(out, 'data/dictionary')('#sample-kind').text())).toContain('示例数据（虚构）');
  });

  it('shows the example notices, each marked 示例数据, and a topic paused and then resumed', () => {
    const files = readdirSync('examples/notices').filter((f) => f.endsWith('.mdx'));
    const $list = page(out, 'notices');
    expect($list('main li[data-kind]').length).toBe(files.length);
    expect(
      new Set(
        $list('main li[data-kind]')
          .map((_, li) => $list(li).attr('data-kind'))
          .get(),
      ),
    ).toEqual(new Set(['通知公告', '工作动态', '政策解读', '提示']));
    for (const f of files) {
      const id = f.replace(/\.mdx$/, '');
      expect(compact($list(`main li:has(a[href="/notices/${id}/"])`).text())).toContain('示例数据');
      expect(compact(page(out, `notices/${id}`)('main').text())).toContain('示例数据本条是演示用的虚构示例');
    }
    expect(readdirSync(join(out, 'notices/files'))).toEqual(readdirSync('examples/notices/files'));
    // The cars subsidy was paused, then resumed on 2025-06-16: 90 days on without a confirming notice
    // (src/model/topicStatus.ts) the home page names that last notice and its date instead.
    const cars = compact(page(out, '')('ul[aria-labelledby="subsidy-status"] > li').first().text());
    expect(cars).toMatch(/^换车：请以最新通知为准。最近一条提示：汽车置换更新补贴恢复受理的提示（示例）.+2025-06-15发布）示例数据$/);
    // Every district contact, channel and anti-fraud line the demo shows is an invented one, marked so.
    const $g = page(out, 'guide');
    expect($g('.district-contact').length).toBe($g('section.guide-section').length);
    $g('.district-contact').each((_, p) => expect(compact($g(p).text())).toContain('示例数据'));
    $g('#anti-fraud li, #anti-fraud p').each((_, li) => expect(compact($g(li).text())).toContain('示例数据'));
    expect(compact(page(out, 'notices/2025-05-11-sample-cars-paused')('main').text())).toContain('补贴自2025-05-12起为暂停');
    expect(readFileSync(join(out, 'notices/rss.xml'), 'utf8').match(/<title>【示例数据】/g)?.length).toBe(files.length);
  });

  // Issue 23: every value the demo's 印发稿 invents carries 示例数据 wherever it appears, and the
  // demo's own pages follow its invented status.
  const issued = readVersionEdits('examples/versions/issued.json');
  const invented = [
    ...new Set(issued.edits.flatMap((e) => [...e.to.matchAll(/((?:占全市)?\d+(?:\.\d+)?(?:%|[^\d\s“”"，。、：（]+))（示例数据）/gu)].map((m) => m[1]!))),
  ];

  it('marks every invented value 示例数据 wherever it appears: pages, pictures’ words, downloads, feeds', async () => {
    expect(invented.sort()).toEqual(['24间', '750台', '占全市12%', '占全市25%']);
    const { segments } = await outputSegments(out);
    for (const value of invented) {
      const shown = segments.filter((seg) => !seg.file.endsWith('.js') && seg.text.includes(value));
      expect(shown.length, value).toBeGreaterThan(5);
      const unmarked = shown.filter((seg) => !seg.text.includes('示例数据')).map((seg) => `${seg.file}：${seg.text.slice(0, 80)}`);
      expect(unmarked, value).toEqual([]);
    }
  });

  it('follows its invented status: /about/ never says 尚未印发, and no page calls it a draft', () => {
    const about = compact(page(out, 'about')('main').text());
    expect(about).toContain('本站所载方案为印发稿（示例数据）');
    // Public pages only: the staff review of a local preview (/review/) is where another reading belongs.
    for (const file of listHtmlFiles(out).filter((f) => !relative(out, f).startsWith(staffReviewPage))) {
      const text = compact(cheerio.load(readFileSync(file, 'utf8'))('body').text());
      expect(text.includes('尚未印发'), file).toBe(false);
      expect(forbiddenIn(text), file).toEqual([]);
    }
  });

  it('says an indicator did not change only when nothing on its page did', () => {
    const edited = new Set(issued.edits.filter((e) => e.file.startsWith('indicators/')).map((e) => e.file.replace(/^indicators\/\d+-|\.json$/g, '')));
    expect(edited.size).toBeGreaterThan(0);
    for (const slug of slugs) {
      const note = compact(
        page(
          out,
          `indicators/${slug}`,
        )('main p.meta')
          .filter((_, p) => /与送审稿/.test(page(out, `indicators/${slug}`)(p).text()))
          .text(),
      );
      expect(note, slug).toContain(edited.has(slug) ? '相比有改动' : '相比没有改动');
    }
  });
});
