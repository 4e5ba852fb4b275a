/**
 * 数值 cells: a number cell, or text such as 1,500, 1.2万, 1500台套 or 86%. A unit may be written
 * only if it is the indicator's own unit or one the plan itself uses for that indicator (the plan
 * counts 环卫设备 in 台套 and beds in 张 while 附件2 says 台 and 个), and % only for % indicators.
 * Nothing is guessed: 0.86 in a % indicator stays 0.86, and 1,5 is refused, not read as 15.
 */
import type { Indicator } from '../schemas/indicator.ts';
import { parseTargetCell } from '../model/targets.ts';
import type { Cell } from './cell.ts';
import { normaliseText } from './text.ts';

/** Rounds binary noise from Excel (86.00000000000001 → 86) to at most 10 significant digits. */
export function roundNoise(n: number): number {
  if (!Number.isFinite(n) || Number.isInteger(n)) return n;
  return Number(n.toPrecision(10));
}

/** What a 数值 cell says: the number, and the unit written after it (null when none). */
export interface ParsedValue {
  /** The number, 万 multiplied out and Excel noise rounded away. */
  value: number;
  /** The unit written in the cell (台, 台套, %); null when the cell was a plain number. */
  unit: string | null;
}

/**
 * Number, then an optional 万, then an optional unit. Thousands separators must come in groups of
 * three (1,500 and 12,345.6 but not 1,5 or 15,00), so a decimal comma is never misread.
 */
const valuePattern = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万)?\s*(%|[\p{Script=Han}]+)?$/u;

/** A 数值 cell → its number and written unit, or null when it is not a number at all. */
export function parseValueCell(c: Cell | undefined): ParsedValue | null {
  if (typeof c === 'number') return Number.isFinite(c) ? { value: roundNoise(c), unit: null } : null;
  if (typeof c !== 'string') return null;
  const m = valuePattern.exec(normaliseText(c));
  if (!m) return null;
  const [, sign = '', whole = '', fraction = '', wan, unit] = m;
  const base = Number(`${sign}${whole.replace(/,/g, '')}${fraction}`);
  if (!Number.isFinite(base)) return null;
  if (wan && unit === '%') return null;
  return { value: roundNoise(wan ? base * 10_000 : base), unit: unit ?? null };
}

type UnitSource = Pick<Indicator, 'name' | 'unit'> & Partial<Pick<Indicator, 'targets' | 'source'>>;

/**
 * A figure in a plan sentence: number, optional 万, then the CJK unit, e.g. 设备100台套. The two
 * characters before the number (after 达到/达/超/为/完成) tie the figure to an indicator: a figure
 * belongs to the indicator whose name contains them (电梯100台 → 更新和加装电梯; 设备100台套 →
 * 更新环卫设备). Shared sentences name several indicators, so taking every unit would let 张 count
 * CT scanners.
 */
const sourceFigure = /(\p{Script=Han}{2}|[^\s\d]{2})(?:达到|达|超过|超|为|完成)?\d+(?:\.\d+)?万?(\p{Script=Han}+?)(?=[、，。,；;和与及以\s]|$)/gu;

/**
 * Units a 数值 may carry for an indicator: its own unit, the units of its 附件2 targets, and the
 * units the plan's own sentences use for its figures. Derived from content, not a hand list.
 */
export function acceptedUnits(ind: UnitSource): Set<string> {
  const units = new Set([ind.unit]);
  for (const raw of Object.values(ind.targets ?? {})) {
    const cell = parseTargetCell(raw);
    if (cell?.kind === 'value') units.add(cell.unit);
  }
  const name = normaliseText(ind.name);
  for (const sentence of ind.source ?? []) {
    for (const m of normaliseText(sentence).matchAll(sourceFigure)) {
      const [, before = '', unit = ''] = m;
      // 到2027年 is a year, not a unit, even when the name happens to share the characters.
      if (name.includes(before) && !['%', '年', '月', '日'].includes(unit)) units.add(unit);
    }
  }
  // A % indicator takes % and nothing else; a count never takes %.
  if (ind.unit === '%') return new Set(['%']);
  units.delete('%');
  return units;
}
