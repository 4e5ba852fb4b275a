/**
 * The version pages of the two test builds: `root` has a frozen, made-up earlier version
 * (tests/fixtures/versions/earlier-draft.json, see tests/helpers/testContent.ts) before any
 * version staff have frozen, and content/'s current text; `portal` has no version and must say so.
 * Expected changes are read from the fixture, so a changed fixture changes the test with it; the
 * fixture is compared with the text after it (the first version staff froze, or the current text),
 * which is the text it was made from.
 */
import { describe, expect, it } from 'vitest';
import { readVersionEdits } from '../../scripts/lib/versionEdits.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { earlierVersionFixture, testBuilds } from '../helpers/builds.ts';
import { planTextsOf } from '../helpers/planTexts.ts';
import { compact, load, mainText, requireBuild } from '../helpers/site.ts';
import { isIssued } from '../../src/model/documentStatus.ts';

const [root, portal] = testBuilds;
const fixture = readVersionEdits(earlierVersionFixture.edits);
const texts = planTextsOf(root.content);
const current = texts.at(-1)!;
const portalStatus = readContent(portal.content).content.site!.document.status;
// The fixture is version 1; the text after it is the one it was made from.
const next = texts[1]!;
const compare = `plan/versions/compare/${earlierVersionFixture.slug}/${next.slug}/`;
// What the current pages compare themselves with: the last frozen version.
const latestBefore = texts.at(-2)!;
const latest = `/plan/versions/compare/${latestBefore.slug}/current/`;

describe('with a frozen version (root build)', () => {
  requireBuild(root);

  it('lists the frozen versions as 已被替代 and the current text by its status (现行 once issued, 尚未印发 while a draft), with the comparisons', () => {
    expect(texts[0]!.slug).toBe(earlierVersionFixture.slug);
    const $ = load(root, 'plan/versions/');
    const rows = $('main table tbody tr')
      .map((_, tr) => compact($(tr).text()))
      .get();
    expect(rows).toEqual([
      expect.stringMatching(/^征求意见稿.*2024-06-01已被替代$/),
      ...texts.slice(1, -1).map((t) => `${t.name}${compact(t.status)}${t.date}已被替代`),
      // A draft is 当前文本（送审稿，尚未印发）, never 现行 (issue 23).
      isIssued(current.status) ? `现行文本${compact(current.status)}—现行` : `当前文本${compact(current.status)}，尚未印发—尚未印发`,
    ]);
    expect($(`main a[href="/${compare}"]`).text()).toContain(`征求意见稿 → ${next.name}`);
  });

  it('keeps the frozen text readable at its own address, marked 已被替代 with a link to the current text', () => {
    const $ = load(root, `plan/versions/${earlierVersionFixture.slug}/`);
    const note = $('main [role="note"].superseded');
    expect(compact(note.text())).toContain('已被替代');
    expect(note.find('a[href="/plan/"]').length).toBe(1);
    // The frozen text is the fixture's, not today's.
    const text = mainText(root, `plan/versions/${earlierVersionFixture.slug}/`);
    expect(text).toContain('升级建设科创和人工智能教育实验室22间');
    expect(text).not.toContain('鼓励全区企事业单位、科研院所主导参与国际国内标准制修订');
  });

  it('shows a changed sentence word by word, with 删/增 written out', () => {
    const $ = load(root, compare);
    const education = $('#action-education').closest('section');
    expect(education.find('del').text()).toContain('〔删：22〕');
    expect(education.find('ins').text()).toContain('〔增：20〕');
    const standards = compact($('#measure-standards').closest('section').text());
    expect(standards).toContain('新增：鼓励全区企事业单位、科研院所主导参与国际国内标准制修订。');
    expect(standards).toContain('〔删：宣传〕〔增：宣贯〕');
  });

  it('lists the changed target and the changed bureaus', () => {
    const $ = load(root, compare);
    const rows = $('#targets ~ table tbody tr')
      .map((_, tr) =>
        $(tr)
          .children()
          .map((__, c) => compact($(c).text()))
          .get(),
      )
      .get() as unknown as string[][];
    expect(rows).toEqual(['指标20建设科创和人工智能教育实验室', '区', '2027', '22间', '20间']);
    expect($('#indicator-ai-labs').length).toBe(1);
    const bureaus = compact($('#action-recycling').text());
    expect(bureaus).toContain('责任单位：原：区发改局、区国资局；新：区发改局、区国资局、区市场监管局');
  });

  it('action, measure and indicator pages say whether they changed since the last frozen version, linking to their part of the comparison', () => {
    // The comparison's own anchors say what changed; every page must agree with it, either way.
    const $compare = load(root, latest.slice(1));
    const pages = [
      ...readContent(root.content).content.actions.map((a) => ({ path: `actions/${a.data.slug}/`, key: `action-${a.data.slug}`, what: '本行动' })),
      ...readContent(root.content).content.measures.map((m) => ({ path: `measures/${m.data.slug}/`, key: `measure-${m.data.slug}`, what: '本保障措施' })),
      ...current.indicators.map((i) => ({ path: `indicators/${i.slug}/`, key: `indicator-${i.slug}`, what: '本指标' })),
    ];
    expect(pages.length).toBe(10 + 4 + 22);
    for (const { path, key, what } of pages) {
      const changed = $compare(`#${key}`).length > 0;
      const link = load(root, path)(`main a[href="${latest}#${key}"]`);
      expect(link.length, path).toBe(changed ? 1 : 0);
      if (changed) expect(link.text(), path).toBe('查看改动');
      else expect(mainText(root, path), path).toContain(`${what}与${latestBefore.name}相比没有改动`);
    }
  });

  it('the fixture’s comparison marks exactly what the fixture changed', () => {
    const changedByFixture = ['indicator-ai-labs', 'measure-standards', 'action-recycling', 'action-education'];
    const $fixture = load(root, compare);
    for (const key of changedByFixture) expect($fixture(`#${key}`).length, key).toBe(1);
    expect($fixture('#action-manufacturing').length).toBe(0);
  });

  it('the current pages never give the superseded version as the one in force', () => {
    const status = current.status;
    expect(status).not.toBe(fixture.document!.status);
    for (const page of ['plan/', 'indicators/ai-labs/', 'measures/standards/']) expect(mainText(root, page)).not.toContain(fixture.document!.status);
  });
});

describe('with no version frozen (portal build)', () => {
  requireBuild(portal);

  it('says only the current text exists and shows no comparison', () => {
    const text = mainText(portal, 'plan/versions/');
    expect(text).toContain(`目前只有${isIssued(portalStatus) ? '现行文本' : '当前文本'}`);
    expect(text).toContain('没有版本比较');
    expect(load(portal, 'plan/versions/')('main table').length).toBe(0);
    expect(load(portal, 'indicators/ai-labs/')('main a[href*="/plan/versions/compare/"]').length).toBe(0);
  });
});
