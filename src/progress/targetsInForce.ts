/**
 * Which text of the plan — a frozen version or the current text — was in force on a figure's
 * 截至日期, so progress is judged against the target that applied then. Pure: the caller passes the
 * texts oldest first, the current text last (src/data/versions.ts).
 *
 * When a text took over from the one before it:
 * - its 发布日期 (publishedDate of its document block), when it has one;
 * - otherwise the day the text before it was frozen (version.json's date): freezing is the step
 *   staff take before editing the files into the next text, so from that day the site shows the
 *   next text as the plan. An unpublished text is therefore in force from the freeze of its
 *   predecessor, never "not yet": the pages print its targets as the plan's, and progress must not
 *   be judged against a text they no longer show.
 * The oldest text is in force from the start: figures dated before any date here have no earlier
 * text to be judged against.
 */
import { assessIndicator, type Assessment, type IndicatorForProgress, type Reading } from './assess.ts';
import { targetColumns, targetKey, type Level, type TargetKey, type TargetYear } from '../model/targets.ts';
import type { RuleId } from '../model/rules.ts';

/** One text of the plan as this module needs it. */
export interface PlanText {
  /** Its 发布日期, YYYY-MM-DD; '' while not published. */
  publishedDate: string;
  /** The day it was frozen; null for the current text. */
  date: string | null;
  /** Its indicators' target cells, matched across texts by slug. */
  indicators: readonly { slug: string; targets: Partial<Record<TargetKey, string>> }[];
}

/** The day each text took over from the one before it; null for the oldest (in force from the start). */
export function inForceFrom(texts: readonly Pick<PlanText, 'publishedDate' | 'date'>[]): (string | null)[] {
  return texts.map((t, i) => (i === 0 ? null : t.publishedDate || texts[i - 1]!.date));
}

/** The text in force on `asOf`: the last one that had taken over by that day. */
export function textInForce<T extends Pick<PlanText, 'publishedDate' | 'date'>>(texts: readonly T[], asOf: string): T {
  if (texts.length === 0) throw new Error('textInForce: no text of the plan');
  const from = inForceFrom(texts);
  let found = 0;
  from.forEach((d, i) => {
    if (d === null || d <= asOf) found = i;
  });
  return texts[found]!;
}

/** The target cell in force on `asOf` for one indicator, level and year, with the text it comes from; null when that text has no such indicator or cell. */
export function targetInForce<T extends PlanText>(
  texts: readonly T[],
  indicatorSlug: string,
  level: Level,
  year: TargetYear,
  asOf: string,
): { text: T; raw: string } | null {
  const key = targetKey(level, year);
  const text = textInForce(texts, asOf);
  const raw = key ? text.indicators.find((i) => i.slug === indicatorSlug)?.targets[key] : undefined;
  return raw === undefined ? null : { text, raw };
}

/** An assessment and the text whose target it was judged against. */
export interface AssessmentInForce<T> {
  assessment: Assessment;
  text: T;
  /** 'text-in-force' when there was more than one text to choose from. */
  rules: RuleId[];
}

/**
 * Every district target of the indicator assessed against the text in force on the date of the
 * figure it rests on (on `today` when there is none). The figure chosen depends only on the
 * target's year, so it is the same whichever text's value applies. When the text in force has no
 * value for that target, the current text's is used and the current text named.
 */
export function assessAcrossTexts<T extends PlanText>(
  ind: IndicatorForProgress & { slug: string },
  texts: readonly T[],
  readings: Reading[],
  today: string,
): AssessmentInForce<T>[] {
  const current = texts.at(-1);
  if (!current) throw new Error('assessAcrossTexts: no text of the plan');
  const rules: RuleId[] = texts.length > 1 ? ['text-in-force'] : [];
  return assessIndicator(ind, readings, today).map((a) => {
    const asOf = a.reading?.asOf ?? today;
    const text = textInForce(texts, asOf);
    const cells = text.indicators.find((i) => i.slug === ind.slug)?.targets;
    if (text === current || !cells) return { assessment: a, text: current, rules };
    // The whole row of the text in force, so a rate's path starts from that text's 2024 target too.
    const targets = Object.fromEntries(targetColumns.map((c) => [c.key, cells[c.key] ?? ''])) as Record<TargetKey, string>;
    const then = assessIndicator({ ...ind, targets }, readings, today).find((b) => b.target.year === a.target.year);
    return then ? { assessment: then, text, rules } : { assessment: a, text: current, rules };
  });
}
