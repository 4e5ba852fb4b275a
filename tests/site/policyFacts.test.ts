/**
 * A policy's 文号 is printed only by src/components/PolicyFact.astro, and only when checked (or
 * cited so by the plan): no built page shows a 文号 (〔20xx〕) outside that markup, except the plan's
 * own words (its basis documents, in content/site.json and the plan's text, are 原文); an unchecked
 * 文号 appears on no page at all, and nothing on any page is marked 待核实.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { publishedFacts } from '../../src/model/verifiedFacts.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, requireBuild } from '../helpers/site.ts';

const { content } = readContent('content');
const docNumber = /[\p{Script=Han}A-Za-z]*〔(?:19|20)\d{2}〕\d+号/gu;
const policies = content.policies.flatMap((e) => e.data);

/**
 * The 文号 the plan itself writes in a build's content: its text and the basis documents of its
 * 起草说明, and its own 发文字号 once issued (site.json, and the document.json of frozen versions).
 */
function planNumbersOf(contentDir: string): string[] {
  const files = globSync(['site.json', '{plan,actions,measures}/*.mdx', 'versions/**/*.{json,mdx}'], { cwd: contentDir });
  return [...new Set(files.flatMap((f) => readFileSync(join(contentDir, f), 'utf8').match(docNumber) ?? []))];
}

describe.each(testBuilds)('$name build', (build) => {
  requireBuild(build);
  const pages = allPages(build);
  const planNumbers = planNumbersOf(build.content);
  // A page runs a label into the number (发文字号伍政办发〔…〕…号), which the pattern takes in: a match
  // is the plan's own when it ends with one of the plan's numbers.
  const isPlanNumber = (n: string) => planNumbers.some((p) => n.endsWith(p));

  it('finds 文号 of policies on the policies page (the guard looks at something)', () => {
    const $ = load(build, 'policies/');
    expect($('.policy-fact').text()).toMatch(docNumber);
  });

  it('marks nothing 待核实 on a page that prints policy facts: an unchecked fact is left out instead', () => {
    const printing = pages.filter((page) => load(build, page)('.policy-fact').length > 0);
    expect(printing).toEqual(expect.arrayContaining(['policies/', 'guide/']));
    const marked = printing.filter((page) => /待核实|本站未查到|标题为本站概括|来自转载/.test(load(build, page)('body').text()));
    expect(marked).toEqual([]);
  });

  it('prints no 文号 outside PolicyFact, except the plan’s own', () => {
    const stray: string[] = [];
    for (const page of pages) {
      const $ = load(build, page);
      $('.policy-fact, script, style').remove();
      for (const n of $('body').text().match(docNumber) ?? []) if (!isPlanNumber(n)) stray.push(`${page}: ${n}`);
    }
    expect(stray).toEqual([]);
  });

  it.each(['policies/', 'guide/'])('%s prints every 文号 through PolicyFact, the plan’s own included', (page) => {
    const $ = load(build, page);
    $('.policy-fact').remove();
    expect($('main').text().match(docNumber) ?? []).toEqual([]);
  });

  it('prints no unchecked 文号 on any page', () => {
    const unchecked = policies.filter((p) => p.docNumber !== undefined && !publishedFacts(p).has('docNumber')).map((p) => p.docNumber!);
    // The real content has such 文号 today (from reprints only); whether it still has is not the test's business.
    const found = pages.flatMap((page) => {
      const text = load(build, page)('body').text();
      return unchecked.filter((n) => text.includes(n)).map((n) => `${page}: ${n}`);
    });
    expect(found).toEqual([]);
  });
});
