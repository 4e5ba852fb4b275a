/**
 * Versions in the downloads, the progress feed, search and progress of the two test builds: `root`
 * has a frozen, made-up earlier version (tests/fixtures/versions/earlier-draft.json, which changes
 * indicator 20's district 2027 target), `portal` has none. Expected values come from the builds'
 * content and the fixture, never typed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import type { DatasetMeta, ProgressExport } from '../../src/export/dataExport.ts';
import type { Version } from '../../src/schemas/version.ts';
import { supersededEdition } from '../../src/search/pageType.ts';
import { earlierVersionFixture, testBuilds } from '../helpers/builds.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { allPages, compact, load, requireBuild } from '../helpers/site.ts';

const [root, portal] = testBuilds;
const compare = `/plan/versions/compare/${earlierVersionFixture.slug}/current/`;

const file = (build: (typeof testBuilds)[number], path: string) => readFileSync(join(build.dir, path), 'utf8');
const csv = (build: (typeof testBuilds)[number], path: string) => {
  const [header, ...body] = parseCsv(file(build, path).slice(1)) as [string[], ...string[][]];
  return { header, body, col: (name: string) => header.indexOf(name) };
};
const json = <T>(build: (typeof testBuilds)[number], path: string) => JSON.parse(file(build, path)) as DatasetMeta & T;

describe.each(testBuilds)('版本 in the downloads at base $base', (build) => {
  requireBuild(build);
  const status = readContent(build.content).content.site!.document.status;
  const frozen: { name: string; slug: string; status: string; date: string }[] = build.earlierVersion
    ? [JSON.parse(readFileSync(join(build.content, 'versions', earlierVersionFixture.slug, 'version.json'), 'utf8')) as Version]
    : [];

  it('indicators.csv ends with 版本, the current text status on every row', () => {
    const t = csv(build, 'data/indicators.csv');
    expect(t.header.at(-1)).toBe('版本');
    expect(new Set(t.body.map((r) => r[t.col('版本')]))).toEqual(new Set([status]));
  });

  it('the JSON downloads list every version, the current text last', () => {
    for (const path of ['data/indicators.json', 'data/progress.json']) {
      const { versions } = json(build, path);
      expect(versions, path).toEqual([
        ...frozen.map((v) => ({
          name: v.name,
          status: v.status,
          frozen: v.date,
          published: null,
          inForceFrom: null,
          superseded: true,
          url: `${build.base}plan/versions/${v.slug}/`,
        })),
        // The current text is unpublished in both builds: in force from the freeze of the one before it.
        { name: '现行文本', status, frozen: null, published: null, inForceFrom: frozen[0]?.date ?? null, superseded: false, url: `${build.base}plan/` },
      ]);
    }
  });

  it('progress rows carry the text in force on their 截至日期', () => {
    const t = csv(build, 'data/progress.csv');
    const { records } = json<{ records: ProgressExport[] }>(build, 'data/progress.json');
    expect(t.header.at(-1)).toBe('版本（本站解读）');
    expect(t.body).toHaveLength(records.length);
    const [earlier] = frozen;
    records.forEach((r, i) => {
      const expected = earlier && r.asOf < earlier.date ? earlier.status : status;
      expect(r.version, `${r.indicatorSlug} ${r.asOf}`).toBe(expected);
      expect(t.body[i]![t.col('版本（本站解读）')]).toBe(expected);
    });
  });
});

describe('the frozen version elsewhere (root build)', () => {
  requireBuild(root);

  it('gives the progress feed an item dated the day it was frozen, linking to the comparison', () => {
    const rss = cheerio.load(file(root, 'progress/rss.xml'), { xml: true });
    const item = rss('item').filter((_, el) => rss(el).find('guid').text() === `plan-version-${earlierVersionFixture.slug}`);
    expect(item.length).toBe(1);
    expect(item.find('title').text()).toContain(`方案${earlierVersionFixture.name}由现行文本`);
    expect(new Date(item.find('pubDate').text()).toISOString()).toBe(new Date(`${earlierVersionFixture.date}T00:00:00+08:00`).toISOString());
    expect(new URL(item.find('link').text()).pathname).toBe(compare);
  });

  it('marks superseded texts and comparisons, and only them, with the edition search filter', () => {
    const edition = (path: string) => load(root, path)('meta[data-pagefind-filter="edition[content]"]').attr('content');
    const versionPages = allPages(root).filter((p) => /^plan\/versions\/[^/]+/.test(p));
    expect(versionPages).toEqual(expect.arrayContaining([`plan/versions/${earlierVersionFixture.slug}/`, compare.slice(1)]));
    for (const p of versionPages) expect(edition(p), p).toBe(supersededEdition);
    for (const p of allPages(root).filter((p) => !versionPages.includes(p))) expect(edition(p), p).toBeUndefined();
  });

  it('says on the indicator page whose target changed which target its progress was judged against', () => {
    const $ = load(root, 'indicators/ai-labs/');
    const note = $('#progress')
      .parent()
      .find('p.note')
      .filter((_, p) => $(p).text().includes('区级目标在方案各版本间有改动'));
    expect(note.length).toBe(1);
    expect(note.find('a').attr('href')).toBe(`${compare}#targets`);
    // Its only figure is dated after the freeze, so the current text's target applies.
    expect(compact(note.text())).toContain('2027年目标按现行文本（送审稿）的“20间”');
    // An indicator whose targets did not change says nothing of versions in its progress section.
    expect($('#progress').length).toBe(1);
    expect(compact(load(root, 'indicators/elevators/')('main').text())).not.toContain('区级目标在方案各版本间有改动');
  });
});

describe('no version (portal build)', () => {
  requireBuild(portal);
  it('has no version item in the feed and no version note on the indicator page', () => {
    expect(file(portal, 'progress/rss.xml')).not.toContain('plan-version-');
    expect(compact(load(portal, 'indicators/ai-labs/')('main').text())).not.toContain('区级目标在方案各版本间有改动');
  });
});
