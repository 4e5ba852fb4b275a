/**
 * The progress downloads in the two test builds (official content: no reports yet): files with a
 * header row only and an empty `records` array, linked from /data/ and every indicator page, and
 * documented column by column in the data dictionary. Builds with figures are checked in
 * progressBuilds.test.ts.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent.ts';
import { testBuilds } from '../helpers/builds.ts';
import { readProgressDownloads } from '../helpers/progressDownloads.ts';
import { compact, load, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const slugs = content.indicators.map((i) => i.data.slug);
const reports = readdirSync('content/progress').filter((f) => f.endsWith('.json'));

describe.each(testBuilds)('progress downloads at base $base', (build) => {
  requireBuild(build);

  it('agree with content/progress: no reports, so a header row and an empty records array', () => {
    expect(reports).toEqual([]);
    const d = readProgressDownloads(build.dir, slugs);
    expect(d.body).toEqual([]);
    expect(d.json.records).toEqual([]);
    expect(d.json.sample).toBe(false);
    expect(d.json.latestAsOf).toBeNull();
    expect(d.json.source).toBe(content.site!.document.title);
  });

  it('/data/ lists both files and says plainly that nothing has been reported yet', () => {
    const $ = load(build, 'data/');
    const hrefs = new Set($('main a[download]').map((_, a) => $(a).attr('href')).get());
    for (const f of ['data/progress.csv', 'data/progress.json']) expect(hrefs.has(`${build.base}${f}`), f).toBe(true);
    expect(compact($('#file-progress-csv').text())).toContain('目前尚无报送数值，文件只有表头');
    expect(compact($('#no-progress-figures').text())).toContain('目前尚无责任单位报送进展数值');
    expect($('#sample-progress-figures').length).toBe(0);
  });

  it.each(slugs)('the %s page links its own progress files', (slug) => {
    const $ = load(build, `indicators/${slug}/`);
    const hrefs = $('main a[download]').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual(expect.arrayContaining([`${build.base}data/progress/${slug}.csv`, `${build.base}data/progress/${slug}.json`]));
    expect(compact($('section[aria-labelledby="downloads"]').text())).toContain('尚无报送数值，只有表头');
  });

  it('the dictionary explains every progress column, in file order', () => {
    const d = readProgressDownloads(build.dir, []);
    const $ = load(build, 'data/dictionary/');
    const documented = $('section[aria-labelledby="progress-columns"] tbody th').map((_, th) => $(th).text()).get();
    expect(documented).toEqual(d.header);
    for (const k of ['sample', 'latestAsOf', 'records']) expect($(`#json-progress-${k}`).length, k).toBe(1);
    // The JSON-only revisions array, its fields, and where dropped figures are recorded instead.
    const revisions = compact($('#progress-revisions').text());
    for (const k of ['revisions', 'revised', 'previous', 'value', 'previousFrom', 'importedFrom', '数据修订记录']) expect(revisions, k).toContain(k);
  });
});
