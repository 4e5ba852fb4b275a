/**
 * Residents type whole questions (我家洗衣机想换新有补贴吗). Pagefind matches every word of a
 * query, and question words such as 我家, 想, 吗 are on no page, so such a question finds nothing.
 * This drops question and filler words before searching and says which ones were dropped.
 */

/**
 * Filler phrases removed wherever they occur, longest first. Only phrases that are never part of
 * a word the site uses: 能 or 要 alone would break 新能源 or 主要, so single characters are in
 * `fillerWords` below and dropped only when the segmenter makes them a word of their own.
 */
export const fillerPhrases = [
  '请问一下',
  '请问',
  '我想问',
  '我想要',
  '我想',
  '我要',
  '我们家',
  '我家',
  '家里的',
  '家里',
  '我的',
  '我们',
  '有没有',
  '能不能',
  '可不可以',
  '可以不可以',
  '是不是',
  '是否',
  '怎么样',
  '怎么办',
  '怎么',
  '怎样',
  '如何',
  '多少钱',
  '多少',
  '在哪里',
  '在哪儿',
  '哪里',
  '哪儿',
  '在哪',
  '哪些',
  '哪个',
  '什么',
  '为什么',
  '一下',
  '打算',
  '准备',
  '需要',
  '想要',
  '还能',
  '还有',
  '能否',
  '可以',
  '应该',
];

/** Single-character fillers, dropped only as whole words of the segmented query. */
export const fillerWords = new Set([
  '我',
  '你',
  '他',
  '想',
  '要',
  '有',
  '能',
  '会',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '嘛',
  '的',
  '了',
  '么',
  '在',
  '去',
  '给',
  '把',
  '和',
  '跟',
  '都',
  '还',
  '也',
  '就',
  '是',
  '个',
  '些',
  '哪',
  '谁',
  '么',
]);

export interface CleanQuery {
  /** The words to search for, in the order typed. */
  words: string[];
  /** The filler words left out, in the order typed, each once. */
  dropped: string[];
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const phraseRe = new RegExp(`(${[...fillerPhrases].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/**
 * The words of `query` without filler. A query that is nothing but filler (怎么办) is kept as
 * typed: searching for it is better than searching for nothing.
 */
export function dropFiller(query: string): CleanQuery {
  const dropped: string[] = [];
  const note = (w: string) => {
    if (!dropped.includes(w)) dropped.push(w);
  };
  const words: string[] = [];
  for (const part of query.split(/[\s，,。？?！!、；;：:]+/).filter(Boolean)) {
    // Filler phrases become breaks, so 我家洗衣机 → 洗衣机 and 洗衣机想换新 keeps 洗衣机 | 想换新.
    const pieces = part.split(phraseRe).filter(Boolean);
    for (const piece of pieces) {
      if (fillerPhrases.includes(piece)) {
        note(piece);
        continue;
      }
      // Latin words and numbers (5G, 2027) are kept whole; Chinese is split into words.
      if (!/\p{Script=Han}/u.test(piece)) {
        words.push(piece);
        continue;
      }
      let run = '';
      for (const s of segmenter.segment(piece)) {
        if (!s.isWordLike) continue;
        if (fillerWords.has(s.segment)) {
          if (run) words.push(run);
          run = '';
          note(s.segment);
        } else run += s.segment;
      }
      if (run) words.push(run);
    }
  }
  if (words.length === 0) return { words: query.split(/\s+/).filter(Boolean), dropped: [] };
  return { words, dropped };
}
