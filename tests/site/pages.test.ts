/**
 * The built pages carry the whole document: every sentence of the 送审稿 on the page that holds it
 * (reviewDraftPage), and every target, bureau and page of the build's own content, which staff may
 * have edited into the issued plan.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { targetColumns } from '../../src/model/targets.ts';
import { isIssued } from '../../src/model/documentStatus.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, compact, load, mainText, requireBuild, reviewDraftPage } from '../helpers/site.ts';
import { explanationLines, planLines, sentences } from '../helpers/sourceDocument.ts';

const build = testBuilds[0];
requireBuild(build);
const { content } = readContent(build.content);

describe('plan text', () => {
  const draftPage = reviewDraftPage(build);
  const plan = mainText(build, draftPage);
  const $plan = load(build, draftPage);
  const headings = new Set(
    $plan('main h3')
      .map((_, h) => compact($plan(h).text()))
      .get(),
  );
  it.each(sentences(planLines))(`/${draftPage} has: %s`, (s) => {
    // Everything appears character for character; an action or measure title such as
    // "（一）制造业设备改造行动。" is a heading on the page and keeps its full stop, as the source writes it.
    expect(plan).toContain(s);
    if (/^（[一二三四五六七八九十]+）[^。，]+。$/.test(s)) expect(headings.has(s.slice(0, -1)), `标题“${s}”不应去掉句号`).toBe(false);
  });
  const explanation = mainText(build, 'plan/explanation/');
  it.each(sentences(explanationLines))('/plan/explanation/ has: %s', (s) => {
    expect(explanation).toContain(s);
  });
});

describe('pages exist for everything a reader looks for', () => {
  const pages = new Set(allPages(build));
  const expected = [
    '',
    'plan/',
    'plan/explanation/',
    'actions/',
    'measures/',
    'indicators/',
    'departments/',
    'about/',
    '404.html',
    ...content.actions.map((a) => `actions/${a.data.slug}/`),
    ...content.measures.map((m) => `measures/${m.data.slug}/`),
    ...content.indicators.map((i) => `indicators/${i.data.slug}/`),
    ...content.departments.map((d) => `departments/${d.data.id}/`),
  ];
  it.each(expected)('/%s', (p) => expect(pages.has(p)).toBe(true));
  it('every page is Chinese and has a title and one h1', () => {
    for (const p of pages) {
      const $ = load(build, p);
      expect($('html').attr('lang'), p).toBe('zh-CN');
      expect($('title').text().length, p).toBeGreaterThan(4);
      expect($('h1').length, p).toBe(1);
    }
  });
  it('the sitemap lists every page but 404 and those marked noindex (short URLs)', () => {
    const xml = load(build, 'sitemap-0.xml').xml();
    for (const p of pages) {
      if (p === '404.html' || load(build, p)('meta[name="robots"]').attr('content') === 'noindex') continue;
      expect(xml).toContain(`/${p}</loc>`);
    }
  });
});

describe('indicator pages show every target of 附件2 (as the build’s content has it)', () => {
  const cellsOf = (ind: (typeof content.indicators)[number]) => targetColumns.map((c) => ind.data.targets[c.key]);
  it.each(content.indicators.map((i) => [i.data.number, i] as const))('indicator %i', (_, ind) => {
    const $ = load(build, `indicators/${ind.data.slug}/`);
    const targets = compact($('#targets').parent().find('table').text());
    const cells = cellsOf(ind).filter((c) => c && c !== '/');
    // Every indicator of 附件2 has at least one target: a table without any would pass the loop.
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(targets).toContain(cell);
    const text = compact($('main').text());
    expect(text).toContain(ind.data.name);
    expect(text).toContain(ind.data.remark);
    for (const note of ind.data.notes) expect(text).toContain(compact(note));
  });

  it('the full table has 22 rows with all seven target columns', () => {
    const $ = load(build, 'indicators/');
    const trs = $('table.data-table tbody tr');
    expect(trs.length).toBe(22);
    const byNumber = [...content.indicators].sort((a, b) => a.data.number - b.data.number);
    trs.each((i, tr) => {
      const cells = $(tr)
        .find('td')
        .slice(2, 9)
        .map((_, td) => compact($(td).text()))
        .get();
      expect(cells).toEqual(cellsOf(byNumber[i]!).map((c) => (c === '/' ? '/不设此级目标' : c === '' ? '（空白）表中空白，未设目标' : c)));
    });
  });

  it('shows both readings where the document disagrees with itself', () => {
    const medical = mainText(build, 'indicators/medical-equipment/');
    expect(medical).toContain('CT、核磁共振');
    expect(medical).toContain('CT、DR、彩超');
    const sanitation = mainText(build, 'indicators/sanitation-equipment/');
    expect(sanitation).toContain('区城管局');
    expect(sanitation).toContain('区住建局');
    const notes = mainText(build, 'about/');
    expect(notes).toContain('CT、DR、彩超');
    expect(notes).toContain('合并单元格');
  });
});

describe('action and department pages link what belongs together', () => {
  it.each(content.actions.map((a) => [a.data.slug, a] as const))('action %s', (slug, a) => {
    const $ = load(build, `actions/${slug}/`);
    const links = $('main a')
      .map((_, el) => $(el).attr('href'))
      .get();
    for (const id of [...a.data.lead, ...a.data.responsible]) expect(links).toContain(`/departments/${id}/`);
    for (const ind of content.indicators.filter((i) => i.data.action === slug)) {
      expect(links).toContain(`/indicators/${ind.data.slug}/`);
    }
    expect(compact($('main').text())).toContain(compact(a.body ?? ''));
  });

  it('each bureau page lists what it leads and the indicators it owns', () => {
    const $ = load(build, 'departments/commerce/');
    const text = compact($('main').text());
    expect(text).toContain('消费品以旧换新行动');
    expect(text).toContain('资源回收网络构建及再生利用行动');
    for (const name of ['二手车交易量', '废旧家电回收量', '汽车以旧换新量', '全年家电回收量', '全年二手汽车交易']) expect(text).toContain(name);
  });

  it('the bureau × action matrix marks every lead', () => {
    const $ = load(build, 'departments/');
    for (const a of content.actions) {
      for (const id of a.data.lead) {
        const cell = $(`#dept-${id} td`)
          .eq(a.data.number - 1)
          .text();
        expect(cell, `${id} × ${a.data.slug}`).toContain('牵头');
      }
    }
  });
});

describe('government-site conventions', () => {
  it('the plan shows its document metadata and status', () => {
    const meta = compact(load(build, 'plan/')('.doc-meta').text());
    expect(meta).toContain(`文件状态${content.site!.document.status}`);
    expect(meta).toContain('起草单位区发改局');
    // A draft says it has no 文号 or 发布日期 yet (what journalists look for, and search for);
    // an issued text shows those it has.
    const doc = content.site!.document;
    if (!isIssued(doc.status)) {
      expect(meta).toContain(doc.docNumber ? `发文字号${doc.docNumber}` : '发文字号尚未印发，暂无文号');
      expect(meta).toContain(doc.publishedDate ? `发布日期${doc.publishedDate}` : '发布日期尚未印发');
    } else {
      if (doc.docNumber) expect(meta).toContain(`发文字号${doc.docNumber}`);
      expect(meta).not.toContain('尚未印发');
    }
  });
  it('the header names the site and the footer carries the source note', () => {
    const $ = load(build, '');
    expect($('header').text()).toContain(content.site!.title);
    expect($('footer').text()).toContain('以正式印发文件为准');
  });
});
