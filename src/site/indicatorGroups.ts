/**
 * Where an indicator belongs, as the site shows it wherever indicators are grouped. The plan names
 * its main targets (附件2's 主要目标) in 一、总体要求（二）工作目标, not under an action: they are
 * the plan's 总体目标. The site also files some of them under an action; that filing is the rule
 * 'main-targets-under-actions' (src/model/rules.ts), marked 本站归类 and linked to the rule wherever
 * it is shown. Pure.
 */
import type { RuleId } from '../model/rules.ts';

/** The plan's own place for the main targets. */
export const goals = {
  /** The filter value and data-action token on /indicators/. */
  key: 'goals',
  label: '总体目标',
  /** Where the plan states them. */
  where: '方案“一、总体要求（二）工作目标”',
} as const;

/** The visible (and so spoken) mark of a grouping the plan does not make. */
export const siteFiledMark = '本站归类';

export type IndicatorGroup =
  | { kind: 'goals' }
  | {
      kind: 'action';
      slug: string;
      number: number;
      title: string;
      /** Whether the filing is the site's (本站归类) rather than the plan's. */
      ours: boolean;
      /** The rule the filing applies, when it is ours. */
      rules: RuleId[];
    };

/**
 * The groups an indicator is shown in: 总体目标 for the main targets, then its action, marked as
 * ours when the action's text does not hold the indicator's sentences (`filedByPlan` false).
 */
export function indicatorGroups(
  indicator: { type: 'main' | 'specific' },
  action: { slug: string; number: number; title: string } | null,
  filedByPlan: boolean,
): IndicatorGroup[] {
  return [
    ...(indicator.type === 'main' ? [{ kind: 'goals' } as const] : []),
    ...(action
      ? [
          {
            kind: 'action',
            slug: action.slug,
            number: action.number,
            title: action.title,
            ours: !filedByPlan,
            rules: filedByPlan ? [] : ['main-targets-under-actions' as const],
          } as const,
        ]
      : []),
  ];
}

/** The tokens of a row's data-action on /indicators/ (the filter keeps rows holding the chosen one). */
export function groupTokens(groups: IndicatorGroup[]): string {
  return groups.map((g) => (g.kind === 'goals' ? goals.key : g.slug)).join(' ');
}
