import { describe, expect, it } from 'vitest';
import { excerptParts, joinSingleCharacters, mergeRanked, normalizeQuery, queryRefs, rankByTitle, relaxedQueries } from '../../src/search/query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['  电梯  ', '电梯'],
    ['５Ｇ', '5G'],
    ['２０２７年目标', '2027年目标'],
    ['老旧\u3000电梯   更新', '老旧 电梯 更新'],
  ])('%j → %j', (q, out) => expect(normalizeQuery(q)).toBe(out));
  it('maps traditional characters through the variant map', () => {
    expect(normalizeQuery('電梯 以舊換新', { 電: '电', 舊: '旧', 換: '换' })).toBe('电梯 以旧换新');
  });
});

describe('queryRefs', () => {
  it.each([
    ['第三项行动', ['行动3']],
    ['第3项行动', ['行动3']],
    ['第十个行动', ['行动10']],
    ['行动10', ['行动10']],
    ['行动 10', ['行动10']],
    ['行动三', ['行动3']],
    ['指标12', ['指标12']],
    ['指标 12', ['指标12']],
    ['第十二项指标', ['指标12']],
    ['12号指标', ['指标12']],
    ['指标二十二', ['指标22']],
    ['措施2', ['保障措施2']],
    ['第二项保障措施', ['保障措施2']],
    ['保障措施四', ['保障措施4']],
    // Anything else is looked up as written, for the phrases section pages answer to.
    ['2027年目标', ['2027年目标']],
    ['十大 行动', ['十大行动']],
    ['电梯', ['电梯']],
    ['', []],
  ])('%j → %j', (q, refs) => expect(queryRefs(q)).toEqual(refs));
});

describe('relaxedQueries', () => {
  it.each([
    [['电梯'], []],
    // Equal lengths: the later word goes first, since people type the thing before the qualifier.
    [
      ['老旧', '电梯', '更新'],
      ['老旧 电梯', '老旧 更新', '电梯 更新'],
    ],
    [
      ['新能源', '公交车', '占比'],
      ['新能源 公交车', '新能源 占比', '公交车 占比'],
    ],
    [
      ['以旧换新', '补贴'],
      ['以旧换新', '补贴'],
    ],
    [['a', 'b', 'c', 'd', 'e', 'f'], []],
  ])('%j → %j', (words, out) => expect(relaxedQueries(words)).toEqual(out));
});

describe('mergeRanked', () => {
  it.each([
    [['a', 'b'], [], ['a', 'b']],
    [
      ['a'],
      [
        ['b', 'c'],
        ['d', 'b'],
      ],
      ['a', 'b', 'd', 'c'],
    ],
    [[], [['x'], ['x', 'y']], ['x', 'y']],
  ])('%j + %j → %j', (primary, relaxed, out) => expect(mergeRanked(primary, relaxed)).toEqual(out));
});

describe('rankByTitle', () => {
  const items = [
    { title: '伍家岗区推动大规模设备更新和消费品以旧换新行动方案' },
    { title: '（八）消费品以旧换新行动' },
    { title: '区商务局' },
    { title: '指标14：汽车以旧换新量' },
  ];
  it('puts the tightest title containing the query first, keeping the rest in order', () => {
    expect(rankByTitle(items, '以旧换新').map((i) => i.title)).toEqual([
      '（八）消费品以旧换新行动',
      '指标14：汽车以旧换新量',
      '伍家岗区推动大规模设备更新和消费品以旧换新行动方案',
      '区商务局',
    ]);
  });
  it('does not lift a dated notice whose title contains the query: it keeps its place', () => {
    const notice = { title: '以旧换新补贴暂停', dated: true };
    expect(rankByTitle([notice, ...items], '以旧换新').map((i) => i.title)).toEqual([
      '（八）消费品以旧换新行动',
      '指标14：汽车以旧换新量',
      '伍家岗区推动大规模设备更新和消费品以旧换新行动方案',
      '以旧换新补贴暂停',
      '区商务局',
    ]);
    expect(rankByTitle([notice], '以旧换新')).toEqual([notice]);
  });
  it('leaves the order alone when no title contains the query', () => {
    expect(rankByTitle(items, '补贴')).toEqual(items);
  });
});

describe('excerptParts', () => {
  it.each([
    ['无标记', [{ text: '无标记', mark: false }]],
    [
      '新增<mark>充电桩</mark>1050个',
      [
        { text: '新增', mark: false },
        { text: '充电桩', mark: true },
        { text: '1050个', mark: false },
      ],
    ],
    [
      '&lt;script&gt; &amp; <mark>电梯</mark>',
      [
        { text: '<script> & ', mark: false },
        { text: '电梯', mark: true },
      ],
    ],
  ])('%j', (excerpt, parts) => expect(excerptParts(excerpt)).toEqual(parts));
});

describe('joinSingleCharacters', () => {
  it.each([
    // Words the segmenter does not know come back as characters: joined, they are searched whole.
    [
      ['贷款', '贴', '息'],
      ['贷款', '贴息'],
    ],
    [
      ['医院', 'CT', '核', '磁', '共振', '更新'],
      ['医院', 'CT', '核磁', '共振', '更新'],
    ],
    [
      ['家', '电', '补贴'],
      ['家电', '补贴'],
    ],
    // A character alone stays alone; Latin letters are not joined.
    [
      ['超', '长期', '特别', '国债'],
      ['超', '长期', '特别', '国债'],
    ],
    [
      ['5', 'G'],
      ['5', 'G'],
    ],
    [[], []],
  ])('%j → %j', (segments, words) => expect(joinSingleCharacters(segments)).toEqual(words));
});
