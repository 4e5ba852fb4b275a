/**
 * The numbers the plan's own sentences give, read the way 附件2's cells are read (number, 万,
 * unit), so a target cell can be held to the sentence it comes from: "累计到2027年…3000个" gives
 * 3000个 for 2027, "每年更新CT、DR、彩超等设备10台套" gives 10台套 for the year its paragraph names.
 * Qualifiers (超、超过、以上、达到) are left out: the table and the text word them differently
 * without disagreeing, so only the number and the unit are compared.
 */

export interface TextQuantity {
  /** The number and unit as the sentence writes them, without qualifiers, e.g. 10台套, 2万台套, 84.5%. */
  raw: string;
  value: number;
  unit: string;
  /** The target year the sentence sets it for (the last 2024年/2027年 before it), or null when it names none. */
  year: number | null;
}

// A number not inside another number; a following 年/月/日 makes it a date (2024年, 5月31日), not a figure.
const numberPattern = /(?<![\d.])(\d+(?:\.\d+)?)(万)?(?![\d.])/gu;
const datePart = /^[年月日]/u;
const cjk = /^[\u4e00-\u9fff]/u;

/**
 * Every number with its unit in `text`. `units` are the units the content uses (longest first wins,
 * so 10台套 is not read as 10台); a unit the content has never used is taken as the one character
 * after the number, which is how Chinese writes a measure word. `before` is the text of the
 * paragraph before `text`, where the plan names the year once for several figures
 * ("力争到2027年，更新和加装电梯100台，更新供水设施40套"); a year after 较 is a base year, not a target.
 */
export function quantitiesIn(text: string, units: readonly string[], targetYears: readonly number[], before = ''): TextQuantity[] {
  const byLength = [...new Set(units)].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: TextQuantity[] = [];
  for (const m of text.matchAll(numberPattern)) {
    const [whole, digits, wan] = m;
    const rest = text.slice(m.index + whole.length).replace(/^％/u, '%');
    if (datePart.test(rest)) continue;
    const unit = byLength.find((u) => rest.startsWith(u)) ?? (rest.startsWith('%') || cjk.test(rest) ? rest[0]! : null);
    if (unit === null) continue;
    const base = Number(digits);
    // The same rounding as src/model/targets.ts, so 7.8万 here equals 7.8万 there.
    const value = wan ? Math.round(base * 10000 * 1e6) / 1e6 : base;
    out.push({ raw: `${digits}${wan ?? ''}${unit}`, value, unit, year: yearBefore(before + text.slice(0, m.index), targetYears) });
  }
  return out;
}

/** The last target year named in `text` (2024年、到2027年), skipping base years (较2023年). */
export function yearBefore(text: string, targetYears: readonly number[]): number | null {
  let year: number | null = null;
  for (const m of text.matchAll(/(较)?(\d{4})年/gu)) {
    const y = Number(m[2]);
    if (!m[1] && targetYears.includes(y)) year = y;
  }
  return year;
}

/**
 * Which indicator each number of a figure belongs to: all of them when it names one indicator;
 * in order when it names as many as it has numbers (the plan's 分别: "普及率、数控化率分别超过
 * 84.5%、64%"); otherwise it cannot be told, and null says so.
 */
export function assignQuantities<Q>(quantities: readonly Q[], indicators: readonly number[]): { indicator: number; quantity: Q }[] | null {
  if (indicators.length === 1) return quantities.map((quantity) => ({ indicator: indicators[0]!, quantity }));
  if (indicators.length === quantities.length) return quantities.map((quantity, i) => ({ indicator: indicators[i]!, quantity }));
  return null;
}
