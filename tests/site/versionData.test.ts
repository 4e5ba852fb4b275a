/**
 * Versions in the downloads, the progress feed, search and progress of the two test builds: `root`
 * has a frozen, made-up earlier version (tests/fixtures/versions/earlier-draft.json, which changes
 * indicator 20's district 2027 target) before any version staff have frozen, `portal` has none.
 * Expected values come from the builds' content and the fixture, never typed in: the real versions,
 * the current text's status and dates and the site's address are whatever staff have made them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import type { DatasetMeta, ProgressExport } from '../../src/export/dataExport.ts';
import { supersededEdition } from '../../src/search/pageType.ts';
import { earlierVersionFixture, testBuilds } from '../helpers/builds.ts';
import { parseCsv } from '../helpers/csvParse.ts';
import { planTextsOf, textLabel, type TestPlanText } from '../helpers/planTexts.ts';
import { allPages, compact, load, requireBuild } from '../helpers/site.ts';

const [root, portal] = testBuilds;

const file = (build: (typeof testBuilds)[number], path: string) => readFileSync(join(build.dir, path), 'utf8');
const csv = (build: (typeof testBuilds)[number], path: string) => {
  const [header, ...body] = parseCsv(file(build, path).slice(1)) as [string[], ...string[][]];
  return { header, body, col: (name: string) => header.indexOf(name) };
};
const json = <T>(build: (typeof testBuilds)[number], path: string) => JSON.parse(file(build, path)) as DatasetMeta & T;

/**
 * The day each text took over, worked out here from the rule the README states: the oldest from the
 * start; any other from its 发布日期, or else from the freeze of the text before it.
 */
const takesOver = (texts: TestPlanText[]) => texts.map((t, i) => (i === 0 ? null : t.publishedDate || texts[i - 1]!.date));

describe.each(testBuilds)('版本 in the downloads at base $base', (build) => {
  requireBuild(build);
  const { content } = readContent(build.content);
  const texts = planTextsOf(build.content);
  const current = texts.at(-1)!;
  const from = takesOver(texts);
  // A local preview prints paths; once site.url is set, full addresses.
  const address = (path: string) => (content.site!.url ? new URL(`${build.base}${path.slice(1)}`, content.site!.url).href : `${build.base}${path.slice(1)}`);

  it('each build holds the versions it is meant to', () => {
    expect(texts.length > 1).toBe(build.earlierVersion);
  });

  it('indicators.csv has 版本 after every column of earlier formats (then format 4.0’s 来源 columns), the current text status on every row', () => {
    const t = csv(build, 'data/indicators.csv');
    expect(t.header.slice(-4)).toEqual(['版本', '指标类型来源', '责任单位来源', '备注来源']);
    expect(new Set(t.body.map((r) => r[t.col('版本')]))).toEqual(new Set([current.status]));
  });

  it('the JSON downloads list every version, the current text last', () => {
    for (const path of ['data/indicators.json', 'data/progress.json']) {
      const { versions } = json(build, path);
      expect(versions, path).toEqual(
        texts.map((t, i) => ({
          name: t.name,
          status: t.status,
          frozen: t.date,
          published: t.publishedDate || null,
          inForceFrom: from[i],
          superseded: t.superseded,
          url: address(t.superseded ? `/plan/versions/${t.slug}/` : '/plan/'),
        })),
      );
    }
  });

  it('progress rows carry the text in force on their 截至日期', () => {
    const t = csv(build, 'data/progress.csv');
    const { records } = json<{ records: ProgressExport[] }>(build, 'data/progress.json');
    expect(t.header.at(-1)).toBe('版本（计算口径）');
    expect(t.body).toHaveLength(records.length);
    records.forEach((r, i) => {
      // The last text that had taken over by the figure's date.
      const inForce = texts.filter((_, k) => from[k] === null || from[k]! <= r.asOf).at(-1)!;
      expect(r.version, `${r.indicatorSlug} ${r.asOf}`).toBe(inForce.status);
      expect(t.body[i]![t.col('版本（计算口径）')]).toBe(inForce.status);
    });
  });
});

describe('the frozen version elsewhere (root build)', () => {
  requireBuild(root);
  const texts = planTextsOf(root.content);
  // The fixture is version 1, compared with the text after it.
  const next = texts[1]!;
  const compare = `/plan/versions/compare/${earlierVersionFixture.slug}/${next.slug}/`;

  it('gives the progress feed an item dated the day it was frozen, linking to the comparison', () => {
    const rss = cheerio.load(file(root, 'progress/rss.xml'), { xml: true });
    const item = rss('item').filter((_, el) => rss(el).find('guid').text() === `plan-version-${earlierVersionFixture.slug}`);
    expect(item.length).toBe(1);
    expect(item.find('title').text()).toContain(`方案${earlierVersionFixture.name}由${next.name}`);
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
    // It links to the targets of a comparison that lists the indicator's changed target.
    const href = note.find('a').attr('href')!;
    expect(href).toMatch(/^\/plan\/versions\/compare\/[^/]+\/[^/]+\/#targets$/);
    expect(load(root, href.slice(1).replace(/#targets$/, ''))('#indicator-ai-labs').length).toBe(1);
    // Its one district target (附件2: 2027年 20间) is named with the text in force on the date of the
    // latest figure in the plan's period (on the page's date when there is none), by the README's rule.
    const { content } = readContent(root.content);
    const ind = content.indicators.find((i) => i.data.slug === 'ai-labs')!.data;
    const today = json<{ generated: string }>(root, 'data/progress.json').generated;
    const asOf =
      content.progress
        .flatMap((r) => r.data.rows.filter((row) => row.indicator === ind.number && row.asOf >= '2024-01-01' && row.asOf <= today).map((row) => row.asOf))
        .sort()
        .at(-1) ?? today;
    const from = takesOver(texts);
    const inForce = texts.filter((_, k) => from[k] === null || from[k]! <= asOf).at(-1)!;
    const raw = inForce.indicators.find((i) => i.slug === 'ai-labs')!.targets['district2027'];
    expect(compact(note.text())).toContain(`2027年目标按${textLabel(inForce)}的“${raw}”`);
    expect(compact(note.text())).not.toContain('2024年目标按');
  });

  it('says nothing of versions on an indicator page whose district targets never changed', () => {
    const district = (targets: Record<string, string> | undefined) => [targets?.['district2024'], targets?.['district2027']].join('|');
    const same = texts
      .at(-1)!
      .indicators.filter((i) => texts.every((t) => district(t.indicators.find((x) => x.slug === i.slug)?.targets) === district(i.targets)));
    // The fixture changes one indicator's target; most never change.
    expect(same.length).toBeGreaterThan(10);
    for (const i of same.slice(0, 3)) expect(compact(load(root, `indicators/${i.slug}/`)('main').text()), i.slug).not.toContain('区级目标在方案各版本间有改动');
  });
});

describe('no version (portal build)', () => {
  requireBuild(portal);
  it('has no version item in the feed and no version note on the indicator page', () => {
    expect(file(portal, 'progress/rss.xml')).not.toContain('plan-version-');
    expect(compact(load(portal, 'indicators/ai-labs/')('main').text())).not.toContain('区级目标在方案各版本间有改动');
  });
});
