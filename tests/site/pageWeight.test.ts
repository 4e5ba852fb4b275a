/**
 * Page-weight budgets over the real builds: every page, measured as the bench measures it
 * (scripts/bench/sizes.ts: gzip -9 of the HTML, its CSS, the JavaScript it runs on load with its
 * static imports, the widget code fetched as soon as the page opens, and the images it shows on
 * open). Text pages stay within budgets.textPageGz, the plan's full text within budgets.fullTextGz; chart pages, with the code their charts fetch
 * when they come into view, within budgets.chartPageGz; and on every page the shared overhead (its
 * CSS and the JavaScript it runs on load, files and inline) within budgets.sharedOverheadGz. A
 * failure names each page and its bytes.
 */
import { describe, expect, it } from 'vitest';
import { budgets, chartPageBytes, fullTextPages, measurePages, type Bytes, type PageSize } from '../../scripts/bench/sizes.ts';
import { widgets } from '../../src/site/widgets.ts';
import { testBuilds } from '../helpers/builds.ts';
import { requireBuild } from '../helpers/site.ts';

const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
/** The widgets whose code a page fetches as soon as it opens, as the registry says. */
const atOnce = (p: PageSize) => widgets.filter((w) => w.when === 'present' && p.widgets.includes(w.tag)).map((w) => w.tag);
const parts = (p: PageSize) =>
  `HTML ${kb(p.html.gz)}, CSS ${kb(p.css.gz)}, JS on load ${kb(p.js.gz)}, widgets at once ${kb(p.openWidgets.gz)} (${atOnce(p).join(', ') || 'none'}), images ${kb(p.images.gz)}`;
const over = (pages: PageSize[], bytes: (p: PageSize) => Bytes, budget: number, extra: (p: PageSize) => string = () => '') =>
  pages
    .filter((p) => bytes(p).gz > budget)
    .map((p) => `/${p.page.replace(/index\.html$/, '')}: ${bytes(p).gz} bytes = ${kb(bytes(p).gz)} gzip (${parts(p)}${extra(p)})`);

describe.each(testBuilds)('page weight in the $name build', (build) => {
  requireBuild(build);
  const pages = measurePages(build.dir, build.base);
  const text = pages.filter((p) => !p.hasChart && !fullTextPages.includes(p.page));
  const fullText = pages.filter((p) => fullTextPages.includes(p.page));
  const charts = pages.filter((p) => p.hasChart);

  it('measures every page, the shared script, CSS and icon included', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const p of pages.filter((p) => !/^i\/\d+\//.test(p.page))) {
      expect(p.css.gz, p.page).toBeGreaterThan(0);
      expect(p.js.gz, p.page).toBeGreaterThan(0);
      expect(p.images.gz, p.page).toBeGreaterThan(0);
      expect(p.total.gz, p.page).toBe(p.html.gz + p.css.gz + p.js.gz + p.openWidgets.gz + p.images.gz);
    }
  });

  it(`text pages load at most ${kb(budgets.textPageGz)} gzip on open`, () => {
    expect(text.length).toBeGreaterThan(50);
    expect(over(text, (p) => p.total, budgets.textPageGz)).toEqual([]);
  });

  it(`the plan's full text loads at most ${kb(budgets.fullTextGz)} gzip on open`, () => {
    expect(fullText.map((p) => p.page)).toEqual([...fullTextPages]);
    expect(over(fullText, (p) => p.total, budgets.fullTextGz)).toEqual([]);
  });

  it(`every page loads at most ${kb(budgets.sharedOverheadGz)} gzip of CSS and JavaScript on open`, () => {
    const withCss = pages.filter((p) => p.css.gz > 0);
    expect(withCss.length).toBeGreaterThan(50);
    for (const p of withCss) expect(p.overhead.gz, p.page).toBe(p.css.gz + p.js.gz);
    expect(
      withCss.filter((p) => p.overhead.gz > budgets.sharedOverheadGz).map((p) => `/${p.page.replace(/index\.html$/, '')}: ${kb(p.overhead.gz)} (${parts(p)})`),
    ).toEqual([]);
  });

  it(`chart pages load at most ${kb(budgets.chartPageGz)} gzip with their charts`, () => {
    expect(charts.map((p) => p.page)).toContain('progress/index.html');
    expect(over(charts, chartPageBytes, budgets.chartPageGz, (p) => `, code fetched when in view ${kb(p.lazy.visible?.gz ?? 0)}`)).toEqual([]);
  });
});
