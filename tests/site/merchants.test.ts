/**
 * /guide/merchants/ as built: the root build (fixture lists imported with the real command, or the
 * real lists) shows every business under its topic and street with the list's 公布日期 and
 * notice; the portal build, with no list, says so in one line and names no business.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merchantListSchema } from '../../src/schemas/merchant.ts';
import { testBuilds } from '../helpers/builds.ts';
import { load, requireBuild } from '../helpers/site.ts';

const [root, portal] = testBuilds;
const lists = () => {
  const dir = join(root.content, 'merchants');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => merchantListSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
};
const guideTitles = new Map(
  readdirSync(join(root.content, 'guide')).map((f) => {
    const g = JSON.parse(readFileSync(join(root.content, 'guide', f), 'utf8')) as { slug: string; title: string };
    return [g.slug, g.title];
  }),
);

describe('a build with a merchant list', () => {
  requireBuild(root);
  const $ = load(root, 'guide/merchants/');

  it('lists every business under its topic and street', () => {
    const all = lists().flatMap((l) => l.merchants);
    expect(all.length).toBeGreaterThan(0);
    expect($('merchant-filter li').length).toBe(all.length);
    for (const m of all) {
      const section = $(`#m-${m.category}`).closest('section');
      expect(section.find('h2').text()).toBe(guideTitles.get(m.category));
      const street = section.find(`[data-street="${m.street || '未注明街道'}"]`);
      expect(street.find('li').text()).toContain(m.name);
    }
  });

  it('says for each topic when its list was published and by which notice', () => {
    for (const l of lists()) {
      for (const category of new Set(l.merchants.map((m) => m.category))) {
        expect($(`#m-${category}`).closest('section').find('p.meta').text()).toContain(`公布日期 ${l.published} · 来源：${l.notice}`);
      }
    }
  });

  it('has the filter form, hidden until its script runs, and the guide links to the page', () => {
    expect($('merchant-filter form[hidden] input[type="search"]').length).toBe(1);
    expect($('merchant-filter [role="status"]').length).toBe(1);
    expect(load(root, 'guide/')('main a[href="/guide/merchants/"]').text()).toBe('参与企业名单');
  });
});

describe('a build without one', () => {
  requireBuild(portal);
  const $ = load(portal, 'guide/merchants/');

  it('says in one line that no list is published, and names no business', () => {
    // The first paragraph of the page's words: the 朗读 control's status line is not one.
    expect($('main p').not('read-aloud p').first().text()).toBe('有关部门尚未公布参与企业名单，本站在收到正式名单后列出。');
    expect($('main section, main merchant-filter').length).toBe(0);
  });
});
