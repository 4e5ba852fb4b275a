/**
 * The query side of questions typed as people talk: filler words dropped, everyday words mapped
 * to the site's words, results ranked by where they match and linked to the answering section.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropFiller } from '../../src/search/filler.ts';
import {
  bestSection,
  coverage,
  liftFirst,
  matchTier,
  onlySingleCharacters,
  ownPagesFirst,
  rankMatches,
  withoutSingleCharacters,
} from '../../src/search/rank.ts';
import { taskPathOfAnchor } from '../../src/site/tasks.ts';
import { looseMatches, searchedAs } from '../../src/search/summary.ts';
import { expandSynonyms, type Synonym } from '../../src/search/synonyms.ts';

const table = JSON.parse(readFileSync('content/search-synonyms.json', 'utf8')) as Synonym[];

describe('dropFiller', () => {
  it.each([
    ['我家洗衣机想换新有补贴吗', ['洗衣机', '换新', '补贴'], ['我家', '想', '有', '吗']],
    ['电动车怎么以旧换新', ['电动车', '以旧换新'], ['怎么']],
    ['老年人家里卫生间改造能不能补贴', ['老年人', '卫生间改造', '补贴'], ['家里', '能不能']],
    ['我的旧冰箱能回收吗', ['旧冰箱', '回收'], ['我的', '能', '吗']],
    ['请问，手机以旧换新在哪里办？', ['手机以旧换新', '办'], ['请问', '在哪里']],
    // Words that merely contain a filler character are kept whole.
    ['新能源汽车', ['新能源汽车'], []],
    ['主要任务', ['主要任务'], []],
    ['恒信', ['恒信'], []],
    ['5G 基站', ['5G', '基站'], []],
    ['2027年目标', ['2027年目标'], []],
    // Nothing but filler: searched as typed rather than not at all.
    ['怎么办', ['怎么办'], []],
  ])('%s', (q, words, dropped) => expect(dropFiller(q)).toEqual({ words, dropped }));
});

describe('expandSynonyms with content/search-synonyms.json', () => {
  it.each([
    [['洗衣机', '换新', '补贴'], ['家电', '换新', '补贴'], [['洗衣机', '家电']]],
    [['电动车', '以旧换新'], ['电动自行车', '以旧换新'], [['电动车', '电动自行车']]],
    [
      ['老年人', '卫生间改造'],
      ['适老化', '家装厨卫', '改造'],
      [
        ['老年人', '适老化'],
        ['卫生间', '家装厨卫'],
      ],
    ],
    [['报废车'], ['汽车报废'], [['报废车', '汽车报废']]],
    // The site's own word is never rewritten.
    [['电动自行车'], ['电动自行车'], []],
    [['家电以旧换新'], ['家电以旧换新'], []],
  ])('%j', (words, out, replaced) => expect(expandSynonyms(words, table)).toEqual({ words: out, replaced }));
  it('prefers the longest everyday word', () => {
    const t: Synonym[] = [
      { words: ['老人'], term: 'A' },
      { words: ['老年人'], term: '适老化' },
    ];
    expect(expandSynonyms(['老年人'], t).words).toEqual(['适老化']);
  });
});

describe('searchedAs', () => {
  it('says what was dropped and what was also searched', () => {
    expect(searchedAs(['洗衣机', '换新', '补贴'], ['我家', '想', '有', '吗'], [['洗衣机', '家电']])).toBe(
      '已按“洗衣机 换新 补贴”搜索（略去了“我家”“想”“有”“吗”；“洗衣机”也查了“家电”）。',
    );
  });
  it('says nothing for a plain keyword', () => expect(searchedAs(['电梯'], [], [])).toBe(''));
  it.each([
    [12, '没有页面含有“某某”这个词。找到的 12 个页面只含其中的个别字，可能与所查无关。'],
    [28, '没有页面含有“某某”这个词。找到的 28 个页面只含其中的个别字，可能与所查无关，显示前 20 个。'],
  ])('says when %i results only share single characters', (count, text) => expect(looseMatches('某某', count, 20)).toBe(text));
});

const page = (title: string, excerpt: string, subs: Array<[string, string, string]> = []) => ({
  title,
  excerpt,
  sub_results: subs.map(([t, url, e]) => ({ title: t, url, excerpt: e })),
});

describe('matchTier and rankMatches', () => {
  const single = page('某企业', '<mark>恒</mark>大…诚<mark>信</mark>');
  const text = page('行动九', '与<mark>恒信</mark>合作');
  const heading = page('指南', '…', [['恒信回收点', '/guide/#x', '…']]);
  const title = page('恒信公司', '…');
  it.each([
    [single, 3],
    [text, 2],
    [heading, 1],
    [title, 0],
    // A long mark of another word (信息 for 恒信) is still a single-character match.
    [page('行动五', '教育设施<mark>信息</mark>化'), 3],
  ])('%j is tier %i', (item, tier) => expect(matchTier(item, ['恒信'])).toBe(tier));
  it('orders by tier, keeps the engine order within a tier, hides single characters when better exist', () => {
    expect(rankMatches([single, text, heading, title], ['恒信'])).toEqual([title, heading, text]);
  });
  it('ranks dated news after the lasting pages that match a whole word, and after them all for keywords', () => {
    const notice = { ...page('恒信回收暂停', '…'), dated: true };
    const guide = page('恒信回收指南', '…');
    expect(rankMatches([notice, text, guide], ['恒信'])).toEqual([guide, text, notice]);
    expect(rankMatches([notice, heading, text], ['恒信'])).toEqual([heading, text, notice]);
    // Keywords: the page titled with the word first, then the engine's order, news last.
    expect(rankMatches([notice, text, guide], ['恒信'], false)).toEqual([guide, text, notice]);
  });
  it('keeps single-character matches when nothing better was found', () => {
    expect(rankMatches([single], ['恒信'])).toEqual([single]);
  });
  it('for keywords, drops single-character matches too and keeps the engine order but for titles holding the word', () => {
    expect(rankMatches([single, text, heading, title], ['恒信'], false)).toEqual([title, text, heading]);
    expect(rankMatches([single], ['恒信'], false)).toEqual([single]);
  });
  it.each([
    [[single], ['恒信'], true],
    [[single, text], ['恒信'], false],
    [[], ['恒信'], false],
    // Nothing longer than one character, or only generic words: nothing to report.
    [[page('某页', '<mark>桩</mark>')], ['桩'], false],
    [[page('某页', '<mark>补</mark>…<mark>贴</mark>')], ['补贴'], false],
  ])('onlySingleCharacters(%j, %j) is %s', (items, words, expected) => expect(onlySingleCharacters(items, words)).toBe(expected));
});

describe('bestSection', () => {
  it('links to the heading that holds the query words', () => {
    const g = page('居民以旧换新指南', '…', [
      ['居民以旧换新指南', '/guide/', '<mark>家电</mark>'],
      ['2. 换家电', '/guide/#appliances-title', '<mark>家电</mark>'],
      ['适用规则', '/guide/#appliances-rules', '<mark>家电</mark>…<mark>补贴</mark>'],
    ]);
    expect(bestSection(g, ['家电', '补贴'])?.url).toBe('/guide/#appliances-title');
  });
  it('else the section whose excerpt matches most', () => {
    const g = page('指标8', '…', [
      ['四级目标对照', '/i/#targets', '<mark>电梯</mark>'],
      ['进展', '/i/#progress', '<mark>电梯</mark>…<mark>老旧</mark>'],
    ]);
    expect(bestSection(g, ['电梯', '老旧'])?.url).toBe('/i/#progress');
  });
  it('does not pick a section for a word every page has (补贴)', () => {
    const g = page('居民以旧换新指南', '…', [
      ['1. 换车', '/guide/#cars-title', '<mark>补贴</mark>…<mark>补贴</mark>'],
      ['2. 换家电', '/guide/#appliances-title', '<mark>补贴</mark>'],
    ]);
    expect(bestSection(g, ['家电', '补贴'])?.url).toBe('/guide/#appliances-title');
    expect(matchTier(page('以旧换新补贴政策', '…'), ['洗衣机', '补贴'])).not.toBe(0);
  });
  it('none when no section matches', () => expect(bestSection(page('x', '…', [['a', '/x/#a', '…']]), ['电梯'])).toBeUndefined());
});

describe('rankMatches for keywords', () => {
  it('keeps the engine order of the pages that hold the word, titles first', () => {
    const a = page('行动九', '与<mark>恒信</mark>合作');
    const b = page('恒信公司', '…<mark>恒信</mark>');
    const c = page('某企业', '<mark>恒</mark>大');
    expect(rankMatches([c, a, b], ['恒信'], false)).toEqual([b, a]);
  });
  it('joins adjacent single-character marks: the engine marks 恒信 as 恒 and 信', () => {
    expect(matchTier(page('行动九', '与<mark>恒</mark><mark>信</mark>合作'), ['恒信'])).toBe(2);
    expect(matchTier(page('行动九', '<mark>恒</mark>大…<mark>信</mark>'), ['恒信'])).toBe(3);
  });
  it('counts a page with no mark (matched on its references) as a phrase match', () => {
    expect(matchTier(page('伍家岗区文化和旅游局', '负责……'), ['文旅局'])).toBe(2);
  });
});

describe('withoutSingleCharacters', () => {
  it.each([
    // 领 alone would match 领域; 办 would match 办公.
    [['家电补贴', '领'], ['家电补贴']],
    [['手机以旧换新', '办'], ['手机以旧换新']],
    // Nothing to leave out, or nothing would be left: no second query.
    [['洗衣机', '换新', '补贴'], null],
    [['桩'], null],
    // Latin letters and digits are not Han characters: 5G and a lone G stay.
    [['5G', 'G'], null],
  ])('%j → %j', (words, rest) => expect(withoutSingleCharacters(words)).toEqual(rest));
});

describe('ownPagesFirst', () => {
  const own = (url: string) => taskPathOfAnchor(url);
  it.each([
    // 贷款贴息: the plan matched in the finance measure's section; the measure's own page goes before it.
    [
      ['/plan/#measure-finance', '/plan/explanation/', '/measures/finance/'],
      ['/measures/finance/', '/plan/#measure-finance', '/plan/explanation/'],
    ],
    // The list of measures too.
    [
      ['/measures/#measure-fiscal-tax', '/measures/fiscal-tax/'],
      ['/measures/fiscal-tax/', '/measures/#measure-fiscal-tax'],
    ],
    // Already before it, or not among the results: nothing moves.
    [
      ['/actions/transport/', '/plan/#action-transport'],
      ['/actions/transport/', '/plan/#action-transport'],
    ],
    [
      ['/plan/#action-healthcare', '/indicators/medical-equipment/'],
      ['/plan/#action-healthcare', '/indicators/medical-equipment/'],
    ],
  ])('%j → %j', (urls, expected) => {
    expect(ownPagesFirst(urls, (u) => u.replace(/#.*$/, ''), own)).toEqual(expected);
  });
});

describe('liftFirst', () => {
  it('moves the picked items to the front, each group keeping its order', () => {
    expect(liftFirst(['a', 'guide', 'b', 'c'], (x) => x === 'guide')).toEqual(['guide', 'a', 'b', 'c']);
    expect(liftFirst(['a', 'b'], () => false)).toEqual(['a', 'b']);
  });
});

describe('the synonym table', () => {
  it('maps 电脑 to the plan’s 计算机, and leaves 二手 as it is (二手 is not 回收)', () => {
    expect(expandSynonyms(['学校电脑'], table).words).toEqual(['学校', '计算机']);
    expect(expandSynonyms(['二手车'], table).replaced).toEqual([]);
  });
});

describe('rankMatches for questions: complete matches, then coverage', () => {
  const p = (title: string, excerpt: string, complete?: boolean) => ({ title, excerpt, complete });
  it('puts a page holding every word before one found by a relaxed query, below the titled pages', () => {
    const relaxed = p('某页', '<mark>贷款</mark>', false);
    const whole = p('另一页', '<mark>贷款</mark>…<mark>贴息</mark>', true);
    expect(rankMatches([relaxed, whole], ['贷款', '贴息'])).toEqual([whole, relaxed]);
    // 老旧电梯更新: a heading that says 电梯 does not beat the text that holds every word.
    const list = { ...p('目标指标', '…', false), sub_results: [{ title: '8 更新和加装电梯', url: '/indicators/#8', excerpt: '' }] };
    const action = p('城市基础设施更新行动', '<mark>老旧</mark>住宅<mark>电梯</mark>', true);
    const indicator = p('指标8：更新和加装电梯', '…', false);
    expect(rankMatches([list, action, indicator], ['老旧', '电梯'])).toEqual([indicator, action, list]);
  });
  it('then the page that shows more of the specific words asked', () => {
    const one = p('起草说明（方案）', '…', true);
    const two = p('行动方案', '<mark>暂无文号</mark>', true);
    expect(coverage(two, ['方案', '文号'])).toBe(2);
    expect(coverage(one, ['方案', '文号'])).toBe(1);
    expect(rankMatches([one, two], ['方案', '文号'])).toEqual([two, one]);
  });
  it('still puts the tier first: a title match beats more marks in the text', () => {
    const titled = p('指标12：CT', '…', false);
    const marks = p('医疗行动', '<mark>医院</mark>…<mark>CT</mark>', true);
    expect(rankMatches([marks, titled], ['医院', 'CT'])).toEqual([titled, marks]);
  });
});
