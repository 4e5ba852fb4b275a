/**
 * Every 见方案全文 link of an indicator page lands on the paragraph of /plan/ that holds the quoted
 * sentence, and its text directive (#id:~:text=…) would highlight exactly that sentence: followed
 * in the built pages of both test builds, for every indicator.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { directiveRange } from '../../src/site/planParagraphs.ts';
import { testBuilds } from '../helpers/builds.ts';
import { compact, load, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const indicators = [...content.indicators].sort((a, b) => a.data.number - b.data.number);

describe.each(testBuilds)('$name build', (build) => {
  requireBuild(build);
  const $plan = load(build, 'plan/');
  // What a browser searches for a text directive: the page's text, in order.
  const planText = compact($plan('body').text());

  it.each(indicators.map((i) => [i.data.number, i.data.slug, i.data.source] as const))('indicator %i: each quote links to its paragraph', (_, slug, quotes) => {
    const $ = load(build, `indicators/${slug}/`);
    const links = $('#source ~ p a')
      .filter((_, a) => $(a).text() === '方案全文')
      .map((_, a) => $(a).attr('href'))
      .get();
    const shown = $('#source ~ blockquote')
      .map((_, q) => compact($(q).text()))
      .get();
    expect(shown).toEqual(quotes.map((q) => compact(`“${q}”`)));
    expect(links).toHaveLength(quotes.length);
    quotes.forEach((quote, n) => {
      const url = new URL(links[n]!, 'http://site.invalid/');
      expect(url.pathname).toBe(`${build.base}plan/`);
      const [id, directive] = url.hash.slice(1).split(':~:');
      const target = $plan(`[id="${decodeURIComponent(id!)}"]`);
      expect(target.length, `#${id}`).toBe(1);
      expect(compact(target.text())).toContain(compact(quote));
      // The directive: text=start[,end], its terms percent-encoded ("-", "&", "," included).
      expect(directive).toMatch(/^text=[^-&,]+(,[^-&,]+)?$/);
      const [start, end] = directive!.slice('text='.length).split(',').map(decodeURIComponent);
      const range = directiveRange(planText, start!, end ?? null);
      expect(range, directive).not.toBeNull();
      expect(planText.slice(range![0], range![1])).toBe(compact(quote));
      // …and the highlighted sentence is the one inside the target paragraph.
      expect(compact(target.text())).toContain(planText.slice(range![0], range![1]));
      const before = planText.slice(0, range![0]);
      const targetStart = planText.indexOf(compact(target.text()));
      expect(targetStart).toBeGreaterThanOrEqual(0);
      expect(before.length).toBeGreaterThanOrEqual(targetStart);
      expect(range![1]).toBeLessThanOrEqual(targetStart + compact(target.text()).length);
    });
  });
});
