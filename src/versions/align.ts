/**
 * Which sentence of the earlier text became which sentence of the later one. Sentences that are
 * equal anchor the alignment (their longest common subsequence); between two anchors, an old
 * sentence is paired with the most alike new one after the last pair when they share at least
 * half their characters (changed); what is left over was removed or added. Order is kept, so the
 * result reads top to bottom like both texts.
 */
import { similarity } from './wordDiff.ts';

export type Aligned =
  { kind: 'same'; text: string } | { kind: 'removed'; before: string } | { kind: 'added'; after: string } | { kind: 'changed'; before: string; after: string };

/** Below this similarity two sentences are one removed and one added, not one changed. */
export const changedThreshold = 0.5;

/** Index pairs [i, j] of the longest common subsequence of equal sentences. */
function commonPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const len = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Pairs the sentences of a gap between anchors, in order. */
function alignGap(before: readonly string[], after: readonly string[], out: Aligned[]) {
  let next = 0;
  for (const old of before) {
    let best = -1;
    let bestScore = changedThreshold;
    for (let j = next; j < after.length; j++) {
      const score = similarity(old, after[j]!);
      if (score >= bestScore) [best, bestScore] = [j, score];
      if (score === 1) break;
    }
    if (best < 0) {
      out.push({ kind: 'removed', before: old });
      continue;
    }
    for (; next < best; next++) out.push({ kind: 'added', after: after[next]! });
    out.push({ kind: 'changed', before: old, after: after[best]! });
    next = best + 1;
  }
  for (; next < after.length; next++) out.push({ kind: 'added', after: after[next]! });
}

/** The sentences of `before` and `after`, aligned. */
export function alignSentences(before: readonly string[], after: readonly string[]): Aligned[] {
  const out: Aligned[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...commonPairs(before, after), [before.length, after.length] as [number, number]]) {
    alignGap(before.slice(i, pi), after.slice(j, pj), out);
    if (pi < before.length) out.push({ kind: 'same', text: before[pi]! });
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
