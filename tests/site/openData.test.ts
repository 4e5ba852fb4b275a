/**
 * The /data/ downloads in the real builds: CSV and JSON parse, agree with the build's content and
 * with each other (every indicator, every target), and open in Excel. That the content's targets
 * are the source document's table is tests/unit/dataExport.test.ts's job: after issue the live
 * targets are the issued plan's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { indicatorDownloadColumns, type DatasetMeta, type IndicatorExport } from '../../src/export/dataExport.ts';
import { targetColumns } from '../../src/model/targets.ts';
import { testBuilds } from '../helpers/builds.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { load, requireBuild } from '../helpers/site.ts';

/** data/indicators.json and each indicator's own file. */
type IndicatorsJson = { version: string; indicators: IndicatorExport[] } & Omit<DatasetMeta, 'dictionary'>;

/** The value at a column's JSON path, as the CSV writes it. */
function atPath(record: unknown, path: string): string {
  if (path === 'responsible[].name') return (record as { responsible: { name: string }[] }).responsible.map((d) => d.name).join('、');
  const v = path.split('.').reduce<unknown>((o, k) => (o == null ? o : (o as Record<string, unknown>)[k]), record);
  if (v === null || v === undefined) return '';
  if (path === 'share.agrees') return v ? '一致' : '不一致';
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw new Error(`${path} 应为单个值（a column is one value）`);
  return String(v);
}

describe.each(testBuilds)('downloads at base $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  // The test builds read copies of content/: a local preview until site.url is filled in.
  const publicOrigin = content.site!.url;
  const rows = content.indicators.map((i) => i.data).sort((a, b) => a.number - b.number);
  const file = (p: string) => readFileSync(join(build.dir, p));
  const csvBytes = file('data/indicators.csv');
  const csvText = csvBytes.toString('utf8');
  const table = parseCsv(csvText.slice(1));
  const [header, ...body] = table as [string[], ...string[][]];
  const json = JSON.parse(file('data/indicators.json').toString('utf8')) as IndicatorsJson;
  const col = (name: string) => header.indexOf(name);

  it('CSV is UTF-8 with a BOM, CRLF line ends and a header row of the documented columns', () => {
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csvText).toContain('\r\n');
    // No cell holds a line break, so every line end must be CRLF.
    expect(csvText.split('\r\n').join('')).not.toMatch(/[\r\n]/);
    expect(header).toEqual(indicatorDownloadColumns.map((c) => c.header));
    expect(body).toHaveLength(22);
    for (const r of body) expect(r).toHaveLength(header.length);
  });

  it('no text cell can run as a spreadsheet formula', () => {
    for (const r of body) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('no download presents the local preview server as the site', () => {
    expect(csvText).not.toContain('localhost');
    expect(file('data/indicators.json').toString('utf8')).not.toContain('localhost');
  });

  it('JSON has a version, a generation date, the source and its status', () => {
    expect(json.version).toMatch(/^\d+\.\d+$/);
    expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.source).toBe(content.site!.document.title);
    expect(json.status).toContain(content.site!.document.status);
    expect(json.indicators).toHaveLength(22);
  });

  describe.each(rows)('indicator $number $name', (ind) => {
    const csvRow = body.find((r) => r[col('序号')] === String(ind.number))!;
    const record = json.indicators.find((r) => r.number === ind.number);

    it('CSV has every target cell as the content writes it', () => {
      const written = targetColumns.map((c) => {
        const label = `${{ national: '国家', province: '省', city: '市', district: '区' }[c.level]}级${c.year}年（原文）`;
        return csvRow[col(label)];
      });
      expect(written).toEqual(targetColumns.map((c) => ind.targets[c.key]));
      expect(csvRow[col('指标名称')]).toBe(ind.name);
      expect(csvRow[col('责任单位')]).toBe(ind.responsibleText);
      expect(csvRow[col('备注')]).toBe(ind.remark);
    });

    it('JSON and CSV agree on every column', () => {
      expect(record).toBeDefined();
      for (const c of indicatorDownloadColumns) expect(csvRow[col(c.header)], c.header).toBe(atPath(record, c.jsonPath));
    });

    it('links to the indicator page under the base path: the full address once site.url is set, never localhost', () => {
      const path = `${build.base}indicators/${ind.slug}/`;
      expect(record?.url).toBe(publicOrigin ? new URL(path, publicOrigin).href : path);
      expect(csvRow[col('网址')]).toBe(record?.url);
    });

    it("the indicator page offers its own rows, identical to the whole table's", () => {
      const one = parseCsv(file(`data/indicators/${ind.slug}.csv`).toString('utf8').slice(1));
      expect(one).toEqual([header, csvRow]);
      const oneJson = JSON.parse(file(`data/indicators/${ind.slug}.json`).toString('utf8')) as IndicatorsJson;
      expect(oneJson.version).toBe(json.version);
      expect(oneJson.indicators).toEqual([record]);
      const $ = load(build, `indicators/${ind.slug}/`);
      const hrefs = $('main a[download]')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(hrefs.slice(0, 2)).toEqual([`${build.base}data/indicators/${ind.slug}.csv`, `${build.base}data/indicators/${ind.slug}.json`]);
    });
  });

  it('/data/ links both downloads and the dictionary; the dictionary explains every column', () => {
    const $ = load(build, 'data/');
    const hrefs = new Set(
      $('main a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    for (const f of ['data/indicators.csv', 'data/indicators.json', 'data/dictionary/']) expect(hrefs.has(`${build.base}${f}`), f).toBe(true);
    const $d = load(build, 'data/dictionary/');
    const documented = $d('#columns ~ .table-scroll tbody th')
      .map((_, th) => $d(th).text())
      .get();
    expect(documented).toEqual(header);
    const text = $d('main').text();
    for (const term of ['超', '以上', '/', '空白', '万', 'BOM']) expect(text).toContain(term);
  });

  it('the nav links to 开放数据', () => {
    const $ = load(build, '');
    expect(
      $('nav a')
        .filter((_, a) => $(a).text().trim() === '开放数据')
        .attr('href'),
    ).toBe(`${build.base}data/`);
  });
});
