/**
 * 填报单位 as staff write it → a bureau of content/departments.json. Staff write the plan's short
 * name (区发改局), its alias, the full official name (伍家岗区发展和改革局), mix the prefixes
 * (伍家岗区商务局, 区发展和改革局), write the city in front (宜昌市伍家岗区商务局), leave the 区
 * off (商务局) or copy the stamp line (区住建局（盖章）). Every spelling is derived from the content;
 * a looser spelling is accepted only when it names one bureau, and said back in the summary.
 */
import type { Department } from '../schemas/department.ts';
import { normaliseText } from './text.ts';

/** A name in the form names are compared in: NFKC and no spaces at all. */
const nameForm = (raw: string): string => normaliseText(raw).replace(/\s+/gu, '');

/**
 * The prefix variants of one name: 区X ↔ 伍家岗区X, and 市X ↔ 宜昌市X for the city bureaus'
 * district branches (市生态环境局伍家岗区分局). The plan writes 区 and 市 for the district and
 * the city; staff often write the place names out.
 */
export function nameVariants(name: string): string[] {
  const n = nameForm(name);
  const out = [n];
  if (n.startsWith('伍家岗区')) out.push(n.slice(3));
  else if (n.startsWith('区')) out.push(`伍家岗${n}`);
  if (n.startsWith('宜昌市')) out.push(n.slice(2));
  else if (n.startsWith('市')) out.push(`宜昌${n}`);
  return out;
}

/** Every accepted spelling of a bureau: its id, name, aliases, full name, and their prefix variants. */
export function departmentSpellings(d: Department): string[] {
  const names = [d.name, ...d.aliases, ...(d.fullName ? [d.fullName] : [])];
  return [...new Set([nameForm(d.id), ...names.flatMap(nameVariants)])];
}

/** What a 填报单位 cell names. */
export type DepartmentMatch =
  /** One bureau; `loose` when only a looser spelling (盖章, 宜昌市, no 区) matched, so the summary says so. */
  | { department: Department; loose: boolean }
  /** No bureau, with the closest ones by what was typed (possibly none). */
  | { department: null; suggestions: Department[] };

/** The stamp line and the city's name staff copy into the cell: 区住建局（盖章）, 宜昌市伍家岗区商务局. */
function looseForms(form: string): string[] {
  const unstamped = form.replace(/[(（【[]?(?:盖章|公章|章)[)）】\]]?$/u, '');
  const cityless = unstamped.replace(/^(?:湖北省)?宜昌市(?=伍家岗区)/u, '');
  const out = [unstamped, cityless];
  // 商务局 without 区: the district's, when the district has one of that name (checked by the caller's lookup).
  if (!/^(?:区|市|伍家岗区|宜昌市)/u.test(cityless)) out.push(`区${cityless}`);
  return [...new Set(out)].filter((f) => f !== form && f !== '');
}

/** The part of a name that tells bureaus apart: without the place and 局/分局/办, e.g. 商务, 住房和城乡建设. */
function core(name: string): string {
  return nameForm(name)
    .replace(/^(?:湖北省)?(?:宜昌市)?(?:伍家岗区|区|市)/u, '')
    .replace(/(?:伍家岗区)?(?:分局|局|办公室|办)$/u, '');
}

/** How alike two names are: characters of the shorter core found in the longer, 0–1. */
function likeness(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  return [...short].filter((ch) => long.includes(ch)).length / short.length;
}

/** A lookup from any accepted spelling to its bureau; a spelling two bureaus share is dropped, not guessed. */
export function findDepartment(departments: Department[]): (raw: string) => DepartmentMatch {
  const byName = new Map<string, Department | null>();
  for (const d of departments) {
    for (const s of departmentSpellings(d)) {
      const other = byName.get(s);
      byName.set(s, other === undefined || other === d ? d : null);
    }
  }
  return (raw) => {
    const form = nameForm(raw);
    const exact = byName.get(form);
    if (exact) return { department: exact, loose: false };
    const loose = [
      ...new Set(
        looseForms(form)
          .map((f) => byName.get(f))
          .filter((d): d is Department => !!d),
      ),
    ];
    if (loose.length === 1) return { department: loose[0]!, loose: true };
    const typed = core(form);
    const scored = departments
      .map((d) => ({ d, score: Math.max(...[d.name, ...d.aliases, ...(d.fullName ? [d.fullName] : [])].map((n) => likeness(typed, core(n)))) }))
      .filter((x) => x.score >= 0.5)
      .sort((a, b) => b.score - a.score);
    // Only the closest: 商务 suggests 区商务局, not every bureau that shares a 务.
    const best = scored[0]?.score ?? 0;
    return {
      department: null,
      suggestions: scored
        .filter((x) => x.score >= best - 0.1)
        .slice(0, 3)
        .map((x) => x.d),
    };
  };
}

/** `findDepartment` reduced to the bureau or null, for callers that need no more. */
export function departmentMatcher(departments: Department[]): (raw: string) => Department | null {
  const find = findDepartment(departments);
  return (raw) => find(raw).department;
}
