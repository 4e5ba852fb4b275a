/** The comparison of two versions: sentences, alignment, word diff, targets, bureaus. */
import { describe, expect, it } from 'vitest';
import { alignSentences, type Aligned } from '../../src/versions/align.ts';
import { assignmentChanges } from '../../src/versions/assignments.ts';
import { changedKeys, compareSnapshots } from '../../src/versions/compare.ts';
import { bodyBlocks } from '../../src/model/bodyText.ts';
import { bodySentences, splitSentences } from '../../src/versions/sentences.ts';
import type { Snapshot, SnapshotIndicator, SnapshotPart } from '../../src/versions/snapshot.ts';
import { targetChanges } from '../../src/versions/targets.ts';
import { wordDiff, type DiffPiece } from '../../src/versions/wordDiff.ts';

describe('splitSentences', () => {
  it.each([
    ['一句。两句！三句？', ['一句。', '两句！', '三句？']],
    ['甲；乙。', ['甲；', '乙。']],
    ['他说“好。”然后走了。', ['他说“好。”', '然后走了。']],
    ['没有句号', ['没有句号']],
    ['', []],
  ])('%s', (text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
    expect(splitSentences(text).join('')).toBe(text);
  });
});

describe('bodySentences and bodyBlocks', () => {
  const body = '<strong>（一）指导思想。</strong>以习近平新时代中国特色社会主义思想为指导。\n\n## 二、标题\n\n第二段；分句。';
  it('drop markup and headings marks, keep every sentence', () => {
    expect(bodySentences(body)).toEqual(['（一）指导思想。', '以习近平新时代中国特色社会主义思想为指导。', '二、标题', '第二段；', '分句。']);
  });
  it('keep the bold lead-in apart for printing', () => {
    expect(bodyBlocks(body)).toEqual([
      { kind: 'paragraph', lead: '（一）指导思想。', text: '以习近平新时代中国特色社会主义思想为指导。' },
      { kind: 'heading', text: '二、标题' },
      { kind: 'paragraph', lead: '', text: '第二段；分句。' },
    ]);
  });
});

describe('alignSentences', () => {
  it.each<[string, string[], string[], Aligned[]]>([
    [
      'equal',
      ['甲。', '乙。'],
      ['甲。', '乙。'],
      [
        { kind: 'same', text: '甲。' },
        { kind: 'same', text: '乙。' },
      ],
    ],
    [
      'one added at the end',
      ['甲。'],
      ['甲。', '新句子。'],
      [
        { kind: 'same', text: '甲。' },
        { kind: 'added', after: '新句子。' },
      ],
    ],
    [
      'one removed in the middle',
      ['甲。', '要删去的一句。', '乙。'],
      ['甲。', '乙。'],
      [
        { kind: 'same', text: '甲。' },
        { kind: 'removed', before: '要删去的一句。' },
        { kind: 'same', text: '乙。' },
      ],
    ],
    [
      'a figure changed is one changed sentence',
      ['甲。', '到2027年更新设备600台。', '乙。'],
      ['甲。', '到2027年更新设备750台。', '乙。'],
      [
        { kind: 'same', text: '甲。' },
        { kind: 'changed', before: '到2027年更新设备600台。', after: '到2027年更新设备750台。' },
        { kind: 'same', text: '乙。' },
      ],
    ],
    [
      'an unlike replacement is removed plus added',
      ['加强标准宣贯。'],
      ['完善财政资金支持政策。'],
      [
        { kind: 'removed', before: '加强标准宣贯。' },
        { kind: 'added', after: '完善财政资金支持政策。' },
      ],
    ],
    [
      'a new sentence before a changed one keeps order',
      ['推进设备更新改造工作。'],
      ['新增的一句话。', '推进设备更新改造工作全面落实。'],
      [
        { kind: 'added', after: '新增的一句话。' },
        { kind: 'changed', before: '推进设备更新改造工作。', after: '推进设备更新改造工作全面落实。' },
      ],
    ],
    ['from nothing', [], ['甲。'], [{ kind: 'added', after: '甲。' }]],
    ['to nothing', ['甲。'], [], [{ kind: 'removed', before: '甲。' }]],
  ])('%s', (_, before, after, aligned) => {
    expect(alignSentences(before, after)).toEqual(aligned);
  });
});

describe('wordDiff', () => {
  it.each<[string, string, DiffPiece[]]>([
    [
      '实验室20间',
      '实验室24间',
      [
        { kind: 'same', text: '实验室' },
        { kind: 'removed', text: '20' },
        { kind: 'added', text: '24' },
        { kind: 'same', text: '间' },
      ],
    ],
    [
      '加强标准的宣贯。',
      '加强标准的宣贯和执行。',
      [
        { kind: 'same', text: '加强标准的宣贯' },
        { kind: 'added', text: '和执行' },
        { kind: 'same', text: '。' },
      ],
    ],
    ['相同', '相同', [{ kind: 'same', text: '相同' }]],
  ])('%s → %s', (before, after, pieces) => {
    const diff = wordDiff(before, after);
    expect(diff).toEqual(pieces);
    // Both texts can be read back from the pieces.
    expect(
      diff
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      diff
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});

const indicator = (
  slug: string,
  targets: SnapshotIndicator['targets'],
  responsible = ['education'],
  more: Partial<SnapshotIndicator> = {},
): SnapshotIndicator => ({
  number: 20,
  slug,
  name: '建设科创和人工智能教育实验室',
  targets,
  responsible,
  remark: '占全市10%',
  source: ['到2027年建设实验室20间'],
  ...more,
});

describe('targetChanges', () => {
  it.each([
    ['no change', [indicator('ai-labs', { district2027: '20间' })], [indicator('ai-labs', { district2027: '20间' })], []],
    [
      'a district target',
      [indicator('ai-labs', { city2027: '200间', district2027: '20间' })],
      [indicator('ai-labs', { city2027: '200间', district2027: '24间' })],
      [{ slug: 'ai-labs', key: 'district2027', levelName: '区', year: 2027, before: '20间', after: '24间' }],
    ],
    [
      'a city target set where there was none',
      [indicator('ai-labs', { city2024: '', district2027: '20间' })],
      [indicator('ai-labs', { city2024: '100间', district2027: '20间' })],
      [{ slug: 'ai-labs', key: 'city2024', levelName: '市', year: 2024, before: '', after: '100间' }],
    ],
    ['a missing cell equals an empty one', [indicator('ai-labs', {})], [indicator('ai-labs', { province2024: '' })], []],
    [
      'an indicator added',
      [],
      [indicator('ai-labs', { district2027: '20间' })],
      [{ slug: 'ai-labs', key: 'district2027', levelName: '区', year: 2027, before: null, after: '20间' }],
    ],
  ])('%s', (_, before, after, changes) => {
    expect(targetChanges(before, after)).toEqual(changes.map((c) => expect.objectContaining(c) as unknown));
  });
});

const part = (key: string, body: string, over: Partial<SnapshotPart> = {}): SnapshotPart => ({
  key,
  kind: 'action',
  slug: key.replace(/^action-/, ''),
  order: 2,
  title: '（五）教育设施信息化升级行动',
  body,
  lead: ['education'],
  responsible: [],
  ...over,
});

describe('assignmentChanges', () => {
  it('reports lead and responsible changes of parts and indicators, not text', () => {
    const before = {
      parts: [part('action-education', '甲。'), part('action-recycling', '乙。', { responsible: ['a', 'b'] })],
      indicators: [indicator('ai-labs', {})],
    };
    const after = {
      parts: [part('action-education', '甲改。'), part('action-recycling', '乙。', { responsible: ['a'] })],
      indicators: [indicator('ai-labs', {}, ['education', 'finance'])],
    };
    expect(assignmentChanges(before, after)).toEqual([
      { key: 'action-recycling', label: '（五）教育设施信息化升级行动', role: 'responsible', before: ['a', 'b'], after: ['a'] },
      { key: 'indicator-ai-labs', label: '指标20 建设科创和人工智能教育实验室', role: 'responsible', before: ['education'], after: ['education', 'finance'] },
    ]);
  });
});

describe('compareSnapshots', () => {
  const snap = (parts: SnapshotPart[], indicators: SnapshotIndicator[], status: string): Snapshot => ({ document: { status }, parts, indicators });
  const before = snap(
    [part('action-education', '甲。到2027年建设实验室20间。'), part('action-old', '旧的。')],
    [indicator('ai-labs', { district2027: '20间' })],
    '送审稿',
  );
  const after = snap(
    [part('action-education', '甲。到2027年建设实验室24间。'), part('action-new', '新的。')],
    [indicator('ai-labs', { district2027: '24间' })],
    '印发稿',
  );
  const c = compareSnapshots(before, after);

  it('lists changed, added and removed parts with their sentences', () => {
    expect(c.parts.map((p) => [p.key, p.status, p.sentences.map((s) => s.kind)])).toEqual([
      ['action-education', 'changed', ['changed']],
      ['action-new', 'added', ['added']],
      ['action-old', 'removed', ['removed']],
    ]);
    expect(c.unchangedParts).toBe(0);
  });
  it('lists the targets and document fields that changed', () => {
    expect(c.targets.map((t) => [t.slug, t.key, t.before, t.after])).toEqual([['ai-labs', 'district2027', '20间', '24间']]);
    expect(c.document).toEqual([{ field: 'status', before: '送审稿', after: '印发稿' }]);
  });
  it('names every changed page by its anchor', () => {
    expect([...changedKeys(c)].sort()).toEqual(['action-education', 'action-new', 'action-old', 'indicator-ai-labs']);
  });
  it('names an indicator whose quoted sentence or 备注 changed though its targets did not (issue 23: “没有改动” must be true)', () => {
    const quoted = compareSnapshots(
      snap([], [indicator('computers', { district2027: '800台' }, ['education'], { source: ['更新计算机800台、“班班通”设备600台'] })], '送审稿'),
      snap(
        [],
        [indicator('computers', { district2027: '800台' }, ['education'], { source: ['更新计算机800台、“班班通”设备750台'], remark: '占全市5%' })],
        '印发稿',
      ),
    );
    expect(quoted.targets).toEqual([]);
    expect(quoted.indicators).toEqual([{ number: 20, slug: 'computers', name: '建设科创和人工智能教育实验室', fields: ['备注', '所引正文'] }]);
    expect(changedKeys(quoted).has('indicator-computers')).toBe(true);
    // A target change already names the indicator: not listed twice.
    expect(c.indicators).toEqual([]);
  });
  it('finds nothing between a version and itself', () => {
    const same = compareSnapshots(before, before);
    expect([same.parts, same.targets, same.indicators, same.assignments, same.document]).toEqual([[], [], [], [], []]);
    expect(same.unchangedParts).toBe(2);
  });
});
