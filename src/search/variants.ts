/**
 * Traditional-character queries (電梯, 以舊換新) find the simplified pages through a small map
 * built with the index: for every Han character the site uses, its traditional forms point back
 * to it. Only characters on the site are listed, so the map stays a few kilobytes.
 */

/** Han characters in `text`, each once, in order of first appearance. */
export function hanCharacters(text: string): string[] {
  return [...new Set(text.match(/\p{Script=Han}/gu) ?? [])];
}

/** Traditional → simplified for the given simplified characters, from one or more converters. */
export function variantMap(simplified: string[], toTraditional: Array<(s: string) => string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const c of simplified) {
    for (const convert of toTraditional) {
      const t = convert(c);
      // One character in, one out: multi-character results are phrases, not variants.
      if (t !== c && [...t].length === 1 && !(t in map)) map[t] = c;
    }
  }
  return map;
}
