/**
 * 办理指引 on the built guide: every topic either shows numbered steps, each with its source, or
 * says where to ask (links to its official channels); nothing the reference does not verify is
 * printed without 待核实. Read against the guide files each build was made from, so it holds
 * whatever steps content/guide/ gains.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSectionSchema, type GuideSection } from '../../src/schemas/guide.ts';
import { pendingMark } from '../../src/site/policyText.ts';
import { testBuilds, type TestBuild } from '../helpers/builds.ts';
import { compact, load } from '../helpers/site.ts';

function guideOf(b: TestBuild): GuideSection[] {
  const dir = join(b.content, 'guide');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => guideSectionSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

describe.each(testBuilds)('办理指引 on /guide/ ($name build)', (b) => {
  const $ = load(b, 'guide/');
  const guide = guideOf(b);

  it.each(guide.map((s) => [s.slug, s] as const))('%s shows numbered steps with sources, or where to ask', (slug, s) => {
    const section = $(`section#${slug}`);
    expect(section.length).toBe(1);
    const steps = section.find('ol.how-to > li');
    if (steps.length === 0) {
      // No steps (none in content, or withheld because their policy expired): where to ask instead.
      const ask = section.find('.how-to-ask a');
      expect(ask.attr('href')).toBe(`#${slug}-ask`);
      const links = section
        .find(`#${slug}-ask + ul a`)
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links).toEqual(s.askAt.flatMap((c) => (c.url ? [c.url] : [])));
      return;
    }
    expect(s.howTo, 'steps on the page come from the guide file').toBeDefined();
    expect(steps.length).toBe(s.howTo!.steps.length);
    steps.each((i, li) => expect(compact($(li).text())).toContain('出处：'));
    expect(section.find(`#${slug}-steps`).text().includes('示例数据')).toBe(s.howTo!.sample);
  });

  it('prints 待核实 right after every step, material and channel the reference does not verify, and only there', () => {
    const shown = guide.filter((s) => $(`section#${s.slug} ol.how-to`).length > 0);
    expect(shown.every((s) => s.howTo !== undefined)).toBe(true);
    for (const s of shown) {
      const section = $(`section#${s.slug}`);
      if (!s.howTo) continue;
      const items = section.find('ol.how-to > li, h4 + ul > li');
      const facts = [...s.howTo.steps, ...s.howTo.materials, ...s.howTo.channels];
      expect(items.length).toBe(facts.length);
      items.each((i, li) => {
        // The text and its own mark, before the source (whose 文号 carries its own mark).
        const own = compact($(li).text()).split('（出处：')[0]!;
        expect(own.startsWith(compact(facts[i]!.text))).toBe(true);
        expect(own.endsWith(`（${pendingMark}）`)).toBe(facts[i]!.status !== 'verified');
      });
    }
  });

  if (b.name === 'root') {
    it('the root build shows some topic with steps (real ones, or the labelled test steps)', () => {
      expect($('ol.how-to > li').length).toBeGreaterThan(0);
    });
  }
});
