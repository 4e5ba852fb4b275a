/**
 * 办理指引 on the built guide: a topic shows numbered steps, each with its source, only when every
 * step is checked (and every policy it cites can be shown); a list of materials or channels only
 * when every item of it is checked; otherwise it says whom to ask (the topic's opening). Nothing
 * unchecked is printed, and nothing is marked 待核实. Read against the guide files each build was
 * made from, so it holds whatever steps content/guide/ gains.
 */
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/config/buildDate.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { isVerified } from '../../src/model/verifiedFacts.ts';
import { howToView, publishedPolicies } from '../../src/site/residentsView.ts';
import { testBuilds } from '../helpers/builds.ts';
import { compact, load, requireBuild } from '../helpers/site.ts';

describe.each(testBuilds)('办理指引 on /guide/ ($name build)', (b) => {
  requireBuild(b);
  const { content } = readContent(b.content);
  const guide = content.guide.map((e) => e.data);
  const policies = publishedPolicies(content.policies.map((e) => e.data));
  const $ = load(b, 'guide/');

  it.each(guide.map((s) => [s.slug, s] as const))('%s shows its checked steps with sources, or whom to ask', (slug, s) => {
    const section = $(`section#${slug}`);
    expect(section.length).toBe(1);
    const steps = section.find('ol.how-to > li');
    const view = howToView(s.howTo, (id) => policies.find((p) => p.id === id), buildDate());
    if (view.state !== 'current') {
      expect(steps.length).toBe(0);
      expect(section.find('.how-to-ask a').attr('href')).toBe(`#${slug}-now`);
      expect(section.find(`#${slug}-now`).length).toBe(1);
      return;
    }
    expect(s.howTo!.steps.every(isVerified)).toBe(true);
    expect(steps.map((_, li) => compact($(li).text()).split('（出处：')[0]).get()).toEqual(s.howTo!.steps.map((f) => compact(f.text)));
    steps.each((_, li) => expect(compact($(li).text())).toContain('出处：'));
    expect(section.find(`#${slug}-steps`).text().includes('示例数据')).toBe(s.howTo!.sample);
    for (const [key, list] of [
      ['materials', s.howTo!.materials],
      ['channels', s.howTo!.channels],
    ] as const) {
      const shown = section.find(`#${slug}-${key} + ul > li`);
      expect(shown.length, `${slug} ${key}`).toBe(list.length > 0 && list.every(isVerified) ? list.length : 0);
    }
  });

  it('prints no unchecked step, material or channel, and marks nothing 待核实', () => {
    const text = compact($('main').text());
    expect(text).not.toContain('待核实');
    for (const s of guide) {
      for (const f of [...(s.howTo?.steps ?? []), ...(s.howTo?.materials ?? []), ...(s.howTo?.channels ?? [])]) {
        if (!isVerified(f)) expect(text, f.text).not.toContain(compact(f.text));
      }
    }
  });

  if (b.name === 'root') {
    it('the root build shows some topic with steps (real ones, or the labelled test steps)', () => {
      expect($('ol.how-to > li').length).toBeGreaterThan(0);
    });
  }
});
