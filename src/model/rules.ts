/**
 * The district's 计算口径: how the site counts where the document is silent or could be read two
 * ways. Each rule has one id here and one entry in content/readings.json (its plain statement, and
 * for staff the other reading); /about/method/ states each once.
 *
 * Where a rule is applied is never listed by hand: the pure function that applies it returns its
 * result tagged with the rule's id (`rules`), and the component that prints the result prints a
 * mark linking to the rule (src/components/RuleMarks.astro) from that tag. A page that shows such
 * a result links the rule by construction. Pure.
 */

export const ruleIds = [
  // 数量类目标自2024年1月1日起累计 (src/model/indicators.ts measureRules; src/progress/assess.ts).
  'cumulative-base',
  // 名称中有“每年”、只设2024年目标的，每年照此跟踪.
  'every-year-2024-target',
  // 名称中有“每年”、只设2027年目标的，对2024—2027年每一年适用.
  'every-year-2027-target',
  // 句中有“每年”、指标名称没有的数量，按累计计算.
  'cumulative-despite-every-year',
  // 进展按直线路径评估 (src/progress/assess.ts pathAt).
  'straight-line-path',
  // 目标写“超”的须高于目标值，写“以上”的达到即可 (src/progress/assess.ts meets).
  'exceed',
  // “/”和空白的目标单元格 (src/model/indicators.ts cellView).
  'blank-cells',
  // 主要目标2—5归入行动 (src/site/indicatorGroups.ts).
  'main-targets-under-actions',
  // 指标1的“各牵头单位”展开为十大行动的牵头单位 (src/data/join.ts).
  'all-action-leads',
  // 附件2空白的指标类型、责任单位、备注单元格 (src/model/cells.ts).
  'merged-cells',
  // 报告期“第三季度”读作“前三季度” (src/progress/text.ts periodView).
  'cumulative-reports',
  // 每个数值按其截至日期当天有效的文本评估 (src/progress/targetsInForce.ts).
  'text-in-force',
  // 站内搜索把日常说法对应到方案用语 (src/search/synonyms.ts).
  'search-synonyms',
] as const;

export type RuleId = (typeof ruleIds)[number];

/** Whether a register entry's id is a rule the site's code applies. */
export const isRuleId = (id: string): id is RuleId => (ruleIds as readonly string[]).includes(id);

/** A result with the rules applied to reach it. */
export interface Ruled {
  rules: readonly RuleId[];
}

/** A line of text with the rules applied to write it. */
export interface RuledText extends Ruled {
  text: string;
}

/** The rules of several results, each once, in the order of `ruleIds` (so marks read the same everywhere). */
export function rulesOf(...items: (Ruled | readonly RuleId[] | null | undefined)[]): RuleId[] {
  const seen = new Set<RuleId>();
  for (const item of items) {
    if (!item) continue;
    for (const id of Array.isArray(item) ? (item as readonly RuleId[]) : (item as Ruled).rules) seen.add(id);
  }
  return ruleIds.filter((id) => seen.has(id));
}

/**
 * The number a rule carries on the method page and on every mark linking to it (口径5): two rules
 * applied to one result show as 口径5 口径6, not as two identical 口径 a reader cannot tell apart.
 */
export const ruleNumber = (id: RuleId): number => ruleIds.indexOf(id) + 1;

/** The anchor of a rule on the method page, relative to the site's base. */
export const methodPath = '/about/method/';
export const ruleAnchor = (id: RuleId) => `${methodPath}#rule-${id}`;
