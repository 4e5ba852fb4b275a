/**
 * The progress downloads in the two test builds: with no reports, files with a header row only
 * and an empty `records` array; with reports, exactly the figures of that build's own reports.
 * Linked from /data/ and every indicator page, and documented column by column in the data
 * dictionary. Known figures end to end are checked in progressBuilds.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { testBuilds } from '../helpers/builds.ts';
import { readProgressDownloads } from '../helpers/progressDownloads.ts';
import { compact, load, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const slugs = content.indicators.map((i) => i.data.slug);

describe.each(testBuilds)('progress downloads at base $base', (build) => {
  requireBuild(build);

  const reports = readContent(build.content).content.progress.map((p) => p.data);

  it('/data/ lists both files and says whether anything has been reported', () => {
    const $ = load(build, 'data/');
    const hrefs = new Set(
      $('main a[download]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    for (const f of ['data/progress.csv', 'data/progress.json']) expect(hrefs.has(`${build.base}${f}`), f).toBe(true);
    if (build.reports) {
      expect($('#no-progress-figures').length).toBe(0);
      expect(compact($('#file-progress-csv').text())).not.toContain('文件只有表头');
    } else {
      expect(compact($('#file-progress-csv').text())).toContain('目前尚无报送数值，文件只有表头');
      expect(compact($('#no-progress-figures').text())).toContain('目前尚无责任单位报送进展数值');
    }
    expect($('#sample-progress-figures').length).toBe(0);
  });

  it.each(slugs)('the %s page links its own progress files', (slug) => {
    const $ = load(build, `indicators/${slug}/`);
    const hrefs = $('main a[download]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining([`${build.base}data/progress/${slug}.csv`, `${build.base}data/progress/${slug}.json`]));
    const number = content.indicators.find((i) => i.data.slug === slug)!.data.number;
    const reported = reports.some((r) => r.rows.some((row) => row.indicator === number));
    const text = compact($('section[aria-labelledby="downloads"]').text());
    if (reported) expect(text).not.toContain('尚无报送数值');
    else expect(text).toContain('尚无报送数值，只有表头');
  });

  it('the dictionary explains every progress column, in file order', () => {
    const d = readProgressDownloads(build.dir, []);
    const $ = load(build, 'data/dictionary/');
    const documented = $('section[aria-labelledby="progress-columns"] tbody th')
      .map((_, th) => $(th).text())
      .get();
    expect(documented).toEqual(d.header);
    for (const k of ['sample', 'latestAsOf', 'records']) expect($(`#json-progress-${k}`).length, k).toBe(1);
    // The JSON-only revisions array, its fields, and where dropped figures are recorded instead.
    const revisions = compact($('#progress-revisions').text());
    for (const k of ['revisions', 'revised', 'previous', 'value', 'reason', '数据修订记录']) expect(revisions, k).toContain(k);
    expect(revisions).not.toContain('previousFrom');
  });
});

// One block per state, rather than skipped tests: `npm test` counts a skip as a defect.
describe.each(testBuilds.filter((b) => !b.reports))('progress downloads of the build without reports at $base', (build) => {
  requireBuild(build);
  const reports = readContent(build.content).content.progress.map((p) => p.data);

  it('with no reports: a header row and an empty records array', () => {
    expect(reports).toEqual([]);
    const d = readProgressDownloads(build.dir, slugs);
    expect(d.body).toEqual([]);
    expect(d.json.records).toEqual([]);
    expect(d.json.sample).toBe(false);
    expect(d.json.latestAsOf).toBeNull();
    expect(d.json.source).toBe(content.site!.document.title);
  });
});

describe.each(testBuilds.filter((b) => b.reports))('progress downloads of the build with reports at $base', (build) => {
  requireBuild(build);
  const reports = readContent(build.content).content.progress.map((p) => p.data);

  it('with reports: one record per reported figure, as the reports give it', () => {
    const d = readProgressDownloads(build.dir, slugs);
    const reported = reports.flatMap((r) =>
      r.rows.map((row) => ({ indicator: row.indicator, asOf: row.asOf, value: row.value, period: r.period, department: r.department })),
    );
    expect(reported.length).toBeGreaterThan(0);
    expect(d.json.records.map((r) => ({ indicator: r.indicator, asOf: r.asOf, value: r.value, period: r.period, department: r.department.id }))).toEqual(
      expect.arrayContaining(reported),
    );
    expect(d.json.records).toHaveLength(reported.length);
    expect(d.body).toHaveLength(reported.length);
    expect(d.json.sample).toBe(false);
    expect(d.json.latestAsOf).toBe(
      reported
        .map((r) => r.asOf)
        .sort()
        .at(-1),
    );
  });
});
