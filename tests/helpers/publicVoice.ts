/**
 * What no public page of any build says (issue 23), for tests/site/publicVoice.test.ts and the demo
 * build's test (tests/site/progressBuilds.test.ts).
 */

/** What no public page says, and why. */
export const forbiddenWords: [word: string | RegExp, why: string][] = [
  ['另一种读法', 'the other reading of a 计算口径 is for the staff review'],
  ['本站解读', 'the site states its 计算口径 once on /about/method/, without alarm labels'],
  ['文件前后表述不一致', 'no alarm boxes about the document'],
  ['文件前后不一致', 'no list of the document’s inconsistencies'],
  ['待核实', 'unverified facts wait in the review'],
  ['本站未查到', 'a fact is verified or absent'],
  [/约20\d\d年/, 'dates are exact or absent'],
  ['今天', 'the build date is the page’s 生成日期, never 今天'],
  ['本站更新日期', 'the build date is not called 本站更新日期 beside the page’s 更新时间'],
];

/** The words of `text` that no public page may say. */
export function forbiddenIn(text: string): string[] {
  return forbiddenWords.flatMap(([word]) => {
    const hit = typeof word === 'string' ? text.includes(word) : word.test(text);
    return hit ? [String(word)] : [];
  });
}
