/** Plain-text helpers for the document detectors: the passages of the plan, split the way Chinese prose is. */

/** A stretch of the document's text and where staff find it. */
export interface Passage {
  /** The content file that holds it, e.g. content/actions/04-agriculture-water.mdx. */
  file: string;
  /** The field of that file, e.g. body. */
  field: string;
  /** Where it is in the document, as staff name it, e.g. 第4项行动“农业水利设施装备提质行动”. */
  label: string;
  /** The words, verbatim. */
  text: string;
}

/** Markdown headings and markup left out, so a heading never runs into the sentence after it. */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/<[^>]+>/g, '');
}

/** Sentences: up to 。；！？ or a line break. */
export function sentences(text: string): string[] {
  return text
    .split(/[。；！？\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Clauses of a sentence: up to ， or ：. */
export function clauses(sentence: string): string[] {
  return sentence
    .split(/[，：]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Length of the longest stretch of characters `a` and `b` share. */
export function longestCommonRun(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let previous = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    previous = row;
  }
  return best;
}
