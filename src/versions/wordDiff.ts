/**
 * What changed inside one sentence, word by word. Chinese has no spaces, so the words come from
 * Intl.Segmenter (ICU's dictionary for Chinese), and jsdiff compares the two lists of words: a
 * changed figure shows as 「10%」→「12%」 rather than as scattered characters.
 */
import { diffArrays } from 'diff';

export type PieceKind = 'same' | 'removed' | 'added';

/** A run of text that both sentences share, or that only the old (removed) or only the new (added) has. */
export interface DiffPiece {
  kind: PieceKind;
  text: string;
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of a text, punctuation included, in order. */
export function segmentWords(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}

/** The pieces that turn `before` into `after`; neighbouring pieces of one kind are joined. */
export function wordDiff(before: string, after: string): DiffPiece[] {
  const pieces: DiffPiece[] = [];
  for (const change of diffArrays(segmentWords(before), segmentWords(after))) {
    const kind: PieceKind = change.removed ? 'removed' : change.added ? 'added' : 'same';
    const text = change.value.join('');
    const last = pieces.at(-1);
    if (last?.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  }
  return pieces;
}

/** How alike two texts are, 0 (nothing shared) to 1 (equal): twice the characters they share over both lengths. */
export function similarity(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const shared = diffArrays([...a], [...b])
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.value.length, 0);
  return (2 * shared) / (a.length + b.length);
}
