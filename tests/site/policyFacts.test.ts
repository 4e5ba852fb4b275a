/**
 * A policy's 文号 is printed only by src/components/PolicyFact.astro, which adds 待核实 unless the
 * reference verifies it: no built page shows a 文号 (〔20xx〕) outside that markup, except the
 * plan's own words (its basis documents, in content/site.json and the plan's text, are 原文).
 * And what the reference does not verify carries 待核实 wherever it is printed.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { policyFactText } from '../../src/site/policyText.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, compact, load, requireBuild } from '../helpers/site.ts';

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

  it('never says 已核实 of an entry one of whose facts it marks 待核实', () => {
    const $ = load(build, 'policies/');
    const entries = $('article.policy')
      .toArray()
      .map((a) => ({
        id: $(a).attr('id'),
        pending: $(a).find('.doc-meta').text().includes('待核实'),
        status: compact($(a).find('dt:contains("核实状态") + dd').text()),
      }));
    // Looks at every entry; whether any is 待核实 today is the content's business, not the test's.
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.pending && e.status === '已核实')).toEqual([]);
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

  it('marks every unverified fact 待核实 on /policies/, and prints verified ones bare', () => {
    const $ = load(build, 'policies/');
    for (const p of policies) {
      const entry = compact($(`article#${p.id}`).text());
      for (const kind of ['title', 'docNumber', 'issued', 'period'] as const) {
        const text = policyFactText(p, kind);
        if (text !== null) expect(entry, `${p.id} ${kind}`).toContain(compact(text));
      }
      if (p.docNumberStatus === 'unverified') expect(entry).toContain(`${p.docNumber}（待核实）`);
      if (p.docNumberStatus === 'verified') expect(entry).not.toContain(`${p.docNumber}（待核实）`);
    }
  });

  it('says 本站未查到截止日期, never 未规定截止日期', () => {
    const said = pages.filter((page) => /未规定(?:截止|废止)日期/.test(load(build, page)('body').text()));
    expect(said).toEqual([]);
    expect(load(build, 'policies/')('main').text()).toContain('本站未查到截止日期');
  });
});
