/**
 * Everyday words to the site's words (洗衣机 → 家电, 电动车 → 电动自行车), from the staff-edited
 * table content/search-synonyms.json. A page about appliance trade-in says 家电, not 洗衣机, so a
 * question about a washing machine also searches for 家电.
 */
import type { RuleId } from '../model/rules.ts';

export interface Synonym {
  words: string[];
  term: string;
}

/** The 计算口径 the search applies with this table: everyday words searched as the plan's ('search-synonyms'). */
export function synonymRules(table: readonly Synonym[]): RuleId[] {
  return table.some((s) => s.words.length > 0) ? ['search-synonyms'] : [];
}

export interface Expansion {
  /** The words with every everyday word replaced by the site's word. */
  words: string[];
  /** What was replaced, in the order found: [everyday word, site's word]. */
  replaced: Array<[string, string]>;
}

/**
 * Replaces everyday words inside each query word, longest everyday word first (老年人 before
 * 老人), and never inside the site's word itself (电动车 is not replaced inside 电动自行车, nor
 * 家电 inside 家电以旧换新). Returns no replacements when nothing matched.
 */
export function expandSynonyms(words: string[], table: Synonym[]): Expansion {
  const pairs = table.flatMap((s) => s.words.map((w) => [w, s.term] as [string, string])).sort((a, b) => b[0].length - a[0].length);
  const replaced: Array<[string, string]> = [];
  const out = words.map((word) => {
    let w = word;
    for (const [from, to] of pairs) {
      if (!from || !w.includes(from) || w.includes(to)) continue;
      w = w.split(from).join(` ${to} `);
      if (!replaced.some(([f]) => f === from)) replaced.push([from, to]);
    }
    return w;
  });
  return { words: out.flatMap((w) => w.split(' ')).filter(Boolean), replaced };
}
