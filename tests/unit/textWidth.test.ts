/** The text model both pictures lay out with: character widths in em and line breaking. */
import { describe, expect, it } from 'vitest';
import { charWidth, textWidth, wrapText } from '../../src/images/textWidth.ts';

describe('charWidth (em, as the pictures’ font draws them)', () => {
  it.each([
    ['a Chinese character', '伍', 1],
    ['Chinese punctuation', '，', 1],
    ['a full-width bracket', '（', 1],
    ['the middle dot, full width in this font', '·', 1],
    ['the em dash', '—', 1],
    ['a curly quote', '“', 1],
    ['the ellipsis', '…', 1],
    ['a digit', '7', 0.6],
    ['a Latin letter', 'W', 0.6],
    ['the percent sign', '%', 0.6],
    ['the space', ' ', 0.3],
  ])('%s %j → %d', (_, ch, em) => expect(charWidth(ch)).toBe(em));

  it('adds up over a text, counting characters outside the BMP once', () => {
    expect(textWidth('伍家岗区 2027')).toBeCloseTo(4 + 0.3 + 4 * 0.6);
    expect(textWidth('𠀀')).toBe(1);
  });
});

describe('wrapText', () => {
  it.each([
    ['fits on one line', '新增充电桩', 10, 3, ['新增充电桩']],
    ['Chinese breaks between characters', '一二三四五六', 4, 3, ['一二三四', '五六']],
    ['a number stays whole', '目标2027年', 3, 3, ['目标', '2027', '年']],
    ['a dash ends a line, the number after it starts the next', '2024—2027年', 3.5, 3, ['2024—', '2027年']],
    ['too long ends in an ellipsis', '一二三四五六七八九十', 3, 2, ['一二三', '四五…']],
    ['no line starts with a space', '一二三 四', 3, 3, ['一二三', '四']],
    ['a trailing space is not text left over', '一二三 ', 3, 1, ['一二三']],
  ])('%s', (_, text, max, lines, expected) => expect(wrapText(text, max, lines)).toEqual(expected));

  it('takes as many lines as needed when no limit is given', () => {
    expect(wrapText('十大行动及牵头单位', 2)).toEqual(['十大', '行动', '及牵', '头单', '位']);
  });

  it('never makes a line wider than asked', () => {
    const lines = wrapText('伍家岗区推动大规模设备更新和消费品以旧换新行动方案（2024—2027年）', 15, 3);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(15);
  });
});
