/**
 * 填报单位 as staff write it → a bureau of content/departments.json. Staff write the plan's short
 * name (区发改局), its alias, the full official name (伍家岗区发展和改革局), or mix the prefixes
 * (伍家岗区商务局, 区发展和改革局). Every spelling is derived from the content, none is guessed.
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

/** A lookup from any accepted spelling to its bureau; a spelling two bureaus share is dropped, not guessed. */
export function departmentMatcher(departments: Department[]): (raw: string) => Department | null {
  const byName = new Map<string, Department | null>();
  for (const d of departments) {
    for (const s of departmentSpellings(d)) {
      const other = byName.get(s);
      byName.set(s, other === undefined || other === d ? d : null);
    }
  }
  return (raw) => byName.get(nameForm(raw)) ?? null;
}
