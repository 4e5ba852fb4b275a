/**
 * Which indicator a row means, by its 指标名称. A row's name must agree with its number, so that a
 * row counter (序号 1, 2, 3 …) is never read as an indicator number: agreement is decided here, from
 * the names content gives — the official name of 附件2 and the names the plan's text uses for the
 * target (the action files' `figures`, with the year and the figure taken off). Short forms are
 * accepted when they are part of one of those names (新能源公交车, 数控化率) or contain one, and
 * only when that leaves one indicator: a name that fits two (家电回收量: 5 and 16) is refused by
 * itself and accepted beside a number only when that number is one of them.
 */
import { normaliseText } from './text.ts';

/** What the matcher needs of an indicator. */
export interface NamedIndicator {
  number: number;
  /** 指标名称 of 附件2. */
  name: string;
}

/** A name in the form names are compared in: NFKC, no spaces, no quotes, no unit in brackets at the end, 规上 spelled out. */
export function nameForm(raw: string): string {
  return normaliseText(raw)
    .replace(/[\s“”"'‘’「」『』]/gu, '')
    .replace(/(?:\((?:%|[\p{Script=Han}]{1,3})\)|【[^【】]*】)$/u, '')
    .replace(/^规上/u, '规模以上');
}

/**
 * The name a plan sentence gives its figure: the target with its year and number taken off.
 * 累计到2027年新增和改造充电桩（含自用桩）3000个 → 新增和改造充电桩（含自用桩）;
 * 全区全年二手汽车交易超6000辆 → 全年二手汽车交易; 完成特殊困难老年人居家适老化改造150户 → 特殊困难老年人居家适老化改造.
 */
export function figureName(text: string): string {
  return normaliseText(text)
    .replace(/^(?:力争)?(?:累计)?(?:到)?(?:\d{4}年)?[,，]?/u, '')
    .replace(/^(?:全区|完成)+/u, '')
    .replace(/(?:达到|达|超过|超|为|增长)?[+-]?\d[\d.,]*万?(?:%|[\p{Script=Han}]{0,3})$/u, '');
}

/** Every name of each indicator, in comparison form: the official name first, then the text's. */
export function indicatorNames(
  indicators: readonly NamedIndicator[],
  figures: readonly { text: string; indicators: readonly number[] }[] = [],
): Map<number, string[]> {
  const out = new Map(indicators.map((i) => [i.number, [nameForm(i.name)]]));
  for (const f of figures) {
    const name = nameForm(figureName(f.text));
    // A sentence naming several indicators names none of them alone.
    if (f.indicators.length !== 1 || name.length < 2) continue;
    const names = out.get(f.indicators[0]!);
    if (names && !names.includes(name)) names.push(name);
  }
  return out;
}

/** What a written name says. */
export interface NameMatch {
  /** The name as compared, after normalising. */
  form: string;
  /** The indicator it names exactly by its official name, if any. */
  official: number | null;
  /** Every indicator the name fits (equal to, part of, or containing one of its names), by number. */
  fits: number[];
}

/** The indicators a written name fits; a name of one character fits nothing (one character says too little). */
export function matchName(written: string, names: ReadonlyMap<number, readonly string[]>): NameMatch {
  const form = nameForm(written);
  let official: number | null = null;
  const fits: number[] = [];
  if (form.length < 2) return { form, official, fits };
  for (const [number, list] of names) {
    if (list[0] === form) official = number;
    if (list.some((n) => n === form || n.includes(form) || (n.length >= 4 && form.includes(n)))) fits.push(number);
  }
  return { form, official, fits: fits.sort((a, b) => a - b) };
}

/** The one indicator a name alone identifies: its official name, or the only indicator it fits. */
export function identifyByName(m: NameMatch): number | null {
  if (m.official !== null) return m.official;
  return m.fits.length === 1 ? m.fits[0]! : null;
}
