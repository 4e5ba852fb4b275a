/**
 * What to say when a department reference (lead, responsible, a report's department) is not an id
 * of content/departments.json. Clerks type what they know: the bureau's name (区商务局), its full
 * name, a near spelling of an id. The message answers what was typed: a name gets its id
 * ("commerce"（区商务局）); anything else gets the ids and names closest to it by shared character
 * pairs, never a fixed example that has nothing to do with the input. Pure.
 */
import type { Department } from '../schemas/department.ts';

/** A department as content/departments.json gives it; callers that know only ids get suggestions by id alone. */
type DepartmentNames = Pick<Department, 'id'> & Partial<Pick<Department, 'name' | 'aliases' | 'fullName'>>;

const labelled = (d: DepartmentNames) => (d.name ? `"${d.id}"（${d.name}）` : `"${d.id}"`);
const names = (d: DepartmentNames) => [...(d.name ? [d.name] : []), ...(d.aliases ?? []), ...(d.fullName ? [d.fullName] : [])];
/** Spaces (also full-width) and letter case do not tell two references apart. */
const normal = (s: string) => s.replace(/[\s\u3000]+/gu, '').toLowerCase();

/** Adjacent character pairs: what two spellings of one name mostly share (区商务局 and 商务局 share 商务, 务局). */
function pairs(s: string): string[] {
  const chars = [...s];
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i]! + c);
}

/** Dice coefficient of the character pairs, 0 (nothing shared) to 1 (the same). */
export function similarity(a: string, b: string): number {
  const x = pairs(normal(a));
  const y = pairs(normal(b));
  if (x.length === 0 || y.length === 0) return 0;
  const left = [...y];
  let shared = 0;
  for (const p of x) {
    const i = left.indexOf(p);
    if (i >= 0) {
      shared++;
      left.splice(i, 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

/** Below this, a department shares too little with what was typed to be worth suggesting. */
const threshold = 0.3;

/** The departments closest to what was typed (by id, name, alias or full name), best first, at most three. */
export function closestDepartments<D extends DepartmentNames>(typed: string, departments: readonly D[]): D[] {
  const scored = departments
    .map((d) => ({ d, score: Math.max(...[d.id, ...names(d)].map((label) => similarity(typed, label))) }))
    .filter((s) => s.score >= threshold)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  // A clear winner stands alone; near ties are all shown.
  return scored
    .filter((s) => s.score >= best * 0.75)
    .slice(0, 3)
    .map((s) => s.d);
}

/** What is wrong with a reference and what to write instead; null when it is a department's id. */
export function departmentRefProblem(typed: string, departments: readonly DepartmentNames[]): string | null {
  if (departments.some((d) => d.id === typed)) return null;
  // 商务局 for 区商务局: the document's names start with 区 or 伍家岗区, which clerks often leave out.
  const bare = (s: string) => normal(s).replace(/^(?:伍家岗区|区)/u, '');
  const byName = departments.find((d) => names(d).some((n) => normal(n) === normal(typed) || (bare(typed) !== '' && bare(n) === bare(typed))));
  if (byName) return `应写部门标识 ${labelled(byName)}：这里填 content/departments.json 中的标识（id），不是部门名称（a name where an id is expected）`;
  const byId = departments.find((d) => normal(d.id) === normal(typed));
  if (byId) return `应写部门标识 ${labelled(byId)}：标识全为小写英文，前后不留空格（id written differently）`;
  const close = closestDepartments(typed, departments);
  if (close.length > 0) {
    return `应为 content/departments.json 中已有的部门标识（unknown department）；与所填相近的是 ${close.map(labelled).join('、')}；如是新的部门，请先在 content/departments.json 中添加`;
  }
  return `应为 content/departments.json 中已有的部门标识（unknown department）；没有与所填相近的部门，已有的部门：${departments.map(labelled).join('、')}`;
}
