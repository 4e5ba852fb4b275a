/**
 * One bureau written two ways: a department of content/departments.json whose name and an alias
 * (another spelling the document uses, e.g. 区市场监督管理局 for 区市场监管局) both occur in the
 * document — its text, its table, or as a lead or responsible bureau the pages print by name.
 */
import type { Department } from '../../schemas/department.ts';
import type { Passage } from './text.ts';

export interface SpellingUse {
  /** The spelling, e.g. 区政府办公室. */
  spelling: string;
  /** Where it occurs, as staff name the places, in document order. */
  where: string[];
}

export interface TwoSpellings {
  department: Department;
  /** Index of the department in its file. */
  index: number;
  uses: SpellingUse[];
}

/**
 * `passages`: the document's text (plan, 起草说明, actions, measures, the table's 责任单位 cells);
 * `assigned(id)`: where the bureau is a lead or responsible bureau, which the pages print by its name.
 */
export function twoSpellings(departments: readonly Department[], passages: readonly Passage[], assigned: (id: string) => string[]): TwoSpellings[] {
  return departments.flatMap((department, index) => {
    if (department.aliases.length === 0) return [];
    // Longest first, each masked once found: 区政府办 inside 区政府办公室 is not a use of 区政府办.
    const spellings = [department.name, ...department.aliases].sort((a, b) => b.length - a.length);
    const where = new Map<string, string[]>(spellings.map((s) => [s, []]));
    for (const p of passages) {
      let text = p.text;
      for (const s of spellings) {
        if (!text.includes(s)) continue;
        const places = where.get(s)!;
        if (!places.includes(p.label)) places.push(p.label);
        text = text.split(s).join('□');
      }
    }
    where.get(department.name)!.push(...assigned(department.id).filter((w) => !where.get(department.name)!.includes(w)));
    const uses = [department.name, ...department.aliases].map((spelling) => ({ spelling, where: where.get(spelling)! })).filter((u) => u.where.length > 0);
    return uses.length >= 2 ? [{ department, index, uses }] : [];
  });
}
