/**
 * JavaScript in the real builds: every page loads exactly one script file (the shared
 * src/client/site.ts bundle) besides the tiny no-flash head script elder-mode.js, widget code is
 * only reachable through import() (the browser's own: no preload helper, no dependency table),
 * Chart.js only from the chart module, and each page's CSP lists exactly the hashes of its own
 * inline code.
 */
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/integrations/cspHashes.ts';
import { moduleOf, widgets } from '../../src/site/widgets.ts';
import { scriptGraph } from '../../scripts/lib/scriptGraph.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, pageHtml, requireBuild } from '../helpers/site.ts';

const isShortUrl = (p: string) => /^i\/\d+\/$/.test(p);

describe.each(testBuilds)('scripts in the $name build', (build) => {
  requireBuild(build);
  const pages = allPages(build);
  const g = scriptGraph(build.dir, build.base);
  const rel = (f: string) => relative(build.dir, f);
  const chunks = g.chunks();
  const chunkOf = (tag: string) => chunks.find((c) => basename(c).startsWith(`${moduleOf(tag)}.`));
  const modules = new Map(
    pages.map((p) => [
      p,
      load(
        build,
        p,
      )('script[type="module"]')
        .map((_, el) => load(build, p)(el).attr('src') ?? '(inline)')
        .get(),
    ]),
  );
  const shared = modules.get('')![0]!;

  it.each(pages.filter((p) => !isShortUrl(p)))('/%s loads the shared script and only it, plus the head script', (p) => {
    const $ = load(build, p);
    expect(modules.get(p)).toEqual([shared]);
    const classic = $('script:not([type="module"])')
      .map((_, el) => $(el).attr('src') ?? '(inline)')
      .get();
    expect(classic).toEqual([`${build.base}elder-mode.js`]);
    expect($('head script').first().attr('src')).toBe(`${build.base}elder-mode.js`);
  });

  it('short addresses (/i/<n>/) load no script at all', () => {
    const short = pages.filter(isShortUrl);
    expect(short.length).toBe(22);
    for (const p of short) expect(load(build, p)('script').length, p).toBe(0);
  });

  it('the shared script is small and pulls in no widget and no Chart.js on load', () => {
    const { load: onLoad, lazy } = g.reach([g.fileOf(shared)]);
    expect(onLoad.map(rel)).toEqual([rel(g.fileOf(shared))]);
    expect(Buffer.byteLength(g.read(g.fileOf(shared)))).toBeLessThan(8 * 1024);
    for (const w of widgets) expect(lazy.map(rel), w.tag).toContain(rel(chunkOf(w.tag)!));
    expect(onLoad.some(g.isChartJs)).toBe(false);
  });

  it('no chunk carries Vite’s preload helper or a table of what to preload with a lazy chunk', () => {
    // src/integrations/plainDynamicImport.ts: a lazy chunk that imported CSS would show up here.
    for (const c of chunks) {
      expect(g.read(c), rel(c)).not.toContain('__vite__mapDeps');
      expect(g.read(c), rel(c)).not.toContain('modulepreload');
    }
  });

  it('Chart.js is imported by the chart module only, and chart pages are the pages with <progress-chart>', () => {
    const chart = chunks.filter(g.isChartJs);
    expect(chart.length).toBeGreaterThan(0);
    const importers = chunks.filter((c) => {
      const { statics, dynamics } = g.importsOf(c);
      return [...statics, ...dynamics].some((f) => chart.includes(f));
    });
    expect(importers.map(rel)).toEqual([rel(chunkOf('progress-chart')!)]);
    // And the chart module is fetched only by pages that have a chart: it is tied to that tag.
    expect(widgets.filter((w) => moduleOf(w.tag) === 'progressChart').map((w) => w.tag)).toEqual(['progress-chart']);
    const chartPages = pages.filter((p) => load(build, p)('progress-chart').length > 0);
    expect(chartPages).toContain('progress/');
    expect(chartPages).not.toContain('plan/');
  });

  it.each(pages.filter((p) => !isShortUrl(p)))('/%s allows exactly the hashes of its own inline code', (p) => {
    const html = pageHtml(build, p);
    const policy = load(build, p)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
    const listed = (directive: string) =>
      (
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .find(([name]) => name === directive) ?? []
      ).filter((s) => s.startsWith("'sha"));
    expect(listed('script-src').sort()).toEqual([...inlineHashes(html, 'script')].sort());
    expect(listed('style-src').sort()).toEqual([...inlineHashes(html, 'style')].sort());
  });
});
