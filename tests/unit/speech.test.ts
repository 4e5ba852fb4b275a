import { describe, expect, it } from 'vitest';
import { hasChineseVoice } from '../../src/client/chineseVoice.ts';
import { pickChineseVoice, speechChunks } from '../../src/client/speech.ts';

const voiceCases: [{ lang: string }[], string | undefined][] = [
  [[{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh-CN' }], 'zh-CN'],
  [[{ lang: 'en-US' }, { lang: 'zh_CN' }], 'zh_CN'],
  [[{ lang: 'cmn-Hans-CN' }, { lang: 'zh-HK' }], 'cmn-Hans-CN'],
  [[{ lang: 'en-GB' }, { lang: 'zh-HK' }], 'zh-HK'],
  [[{ lang: 'ZH-cn' }], 'ZH-cn'],
  [[{ lang: 'en-US' }, { lang: 'fr-FR' }], undefined],
  [[{ lang: 'en-ZH' }, { lang: 'xzh' }], undefined],
  [[], undefined],
];

describe('pickChineseVoice', () => {
  it.each(voiceCases)('%j → %s', (voices, lang) => {
    expect(pickChineseVoice(voices)?.lang).toBe(lang);
  });
});

// The shared script shows 朗读 when hasChineseVoice says yes; the widget then speaks with
// pickChineseVoice's choice, so the two must agree on whether there is one.
describe('hasChineseVoice', () => {
  it.each(voiceCases)('%j → %s', (voices, lang) => {
    expect(hasChineseVoice(voices)).toBe(lang !== undefined);
  });
});

describe('speechChunks', () => {
  it.each([
    ['', 10, []],
    ['第一句。第二句。', 10, ['第一句。第二句。']],
    ['第一句话比较长。第二句。', 8, ['第一句话比较长。', '第二句。']],
    ['一二三四五六七八九十十一', 5, ['一二三四五', '六七八九十', '十一']],
    ['  换行\n  之后。 ', 20, ['换行 之后。']],
  ])('%j at %i → %j', (text, max, chunks) => {
    expect(speechChunks(text, max)).toEqual(chunks);
  });
});
