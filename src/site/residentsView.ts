/**
 * What /guide/ and /policies/ print from the residents' content on a build date: only published
 * facts (checked, or cited by the plan; src/model/verifiedFacts.ts), validity only on a checked
 * period, figures and conditions only of checked rules in force. Pure: content in, page data out.
 */
import { currentFigures, guideRules, splitByValidity, type GuideRuleState, type Period } from '../model/policyStatus.ts';
import { isPublishable, isVerified, verifiedPeriod } from '../model/verifiedFacts.ts';
import type { Channel, GuideSection } from '../schemas/guide.ts';
import type { HowTo, HowToFact } from '../schemas/howTo.ts';
import type { Policy } from '../schemas/policy.ts';
import type { Warning } from '../schemas/warning.ts';

/** A published policy with the period its validity rests on (undefined: validity is stated nowhere). */
export type PolicyView = Policy & { period: Period };

/** The policies a page may show, each with its checked period. */
export function publishedPolicies(policies: readonly Policy[]): PolicyView[] {
  return policies.filter(isPublishable).map((p) => ({ ...p, period: verifiedPeriod(p) }));
}

/** /policies/: the plan's basis documents, then the trade-in rules by validity; newest first within each. */
export function policiesPage(policies: readonly PolicyView[], today: string) {
  const byDate = (a: Policy, b: Policy) => (b.issued ?? b.written ?? '').localeCompare(a.issued ?? a.written ?? '');
  // National, then provincial, then city: the order the plan's own 起草说明 follows.
  const levelRank = { national: 0, provincial: 1, city: 2 } as const;
  const basis = policies.filter((p) => p.kind === 'basis');
  const rules = splitByValidity(
    policies.filter((p) => p.kind === 'rule'),
    today,
  );
  const basisSplit = splitByValidity(basis, today);
  return {
    basis: [...basisSplit.current, ...basisSplit.upcoming, ...basisSplit.undated].sort(
      (a, b) => levelRank[a.level] - levelRank[b.level] || (a.issued ?? '').localeCompare(b.issued ?? ''),
    ),
    current: [...rules.current].sort(byDate),
    upcoming: [...rules.upcoming].sort(byDate),
    /** Rules of unstated validity: listed without a badge. */
    undated: [...rules.undated].sort(byDate),
    history: [...basisSplit.history, ...rules.history].sort(byDate),
  };
}

/** A 办理指引 list is printed only when every item of it is checked: a procedure with a gap would mislead. */
const allChecked = (facts: readonly HowToFact[]): boolean => facts.length > 0 && facts.every(isVerified);

/** What a topic prints of its 办理指引 today. */
export type HowToView =
  | { state: 'none' }
  /** A policy its steps cite has ended: they no longer say how to apply. */
  | { state: 'expired' }
  | { state: 'current'; steps: HowToFact[]; materials: HowToFact[]; channels: HowTo['channels']; sample: boolean };

export function howToView(h: HowTo | undefined, policyOf: (id: string) => PolicyView | undefined, today: string): HowToView {
  if (!h || !allChecked(h.steps)) return { state: 'none' };
  const ids = [...h.steps, ...h.materials, ...h.channels].flatMap((f) => (f.source.policy === undefined ? [] : [f.source.policy]));
  const cited = ids.flatMap((id) => policyOf(id) ?? []);
  // A step must be able to name its source: a policy waiting in the review cannot be cited.
  if (cited.length < ids.length) return { state: 'none' };
  if (splitByValidity(cited, today).history.length > 0) return { state: 'expired' };
  return {
    state: 'current',
    steps: h.steps,
    materials: allChecked(h.materials) ? h.materials : [],
    channels: allChecked(h.channels) ? h.channels : [],
    sample: h.sample,
  };
}

export interface GuideTopicView {
  section: GuideSection;
  /** The district office to ask; undefined until staff fill it in (previews then show 待填写). */
  contact: GuideSection['districtContact'];
  /** Published rules of the topic by validity today. */
  rules: { state: GuideRuleState; current: PolicyView[]; upcoming: PolicyView[]; undated: PolicyView[]; expired: PolicyView[] };
  /** Checked channels, in content order; the first is the topic's official channel when no rule is in force. */
  channels: Channel[];
  /** Checked figures of a rule in force, for this topic, not yet replaced. */
  figuresOf: (p: Policy) => Policy['figures'];
  /** Checked conditions and notes of a rule, for this topic. */
  notesOf: (p: Policy) => Policy['notes'];
  howTo: HowToView;
}

/** One topic of /guide/: what a resident can do now, and the rest of the section. */
export function guideTopic(section: GuideSection, policies: readonly PolicyView[], today: string): GuideTopicView {
  const policyOf = (id: string) => policies.find((p) => p.id === id);
  const rules = section.policies.flatMap((id) => {
    const p = policyOf(id);
    return p ? [p] : [];
  });
  return {
    section,
    contact: section.districtContact,
    rules: guideRules(rules, today),
    channels: section.askAt.filter(isVerified),
    figuresOf: (p) => currentFigures(p.figures.filter(isVerified), section.topic, today),
    notesOf: (p) => p.notes.filter((n) => n.topic === section.topic && isVerified(n)),
    howTo: howToView(section.howTo, policyOf, today),
  };
}

/** The 防骗提示与投诉举报 lines a page may print: checked ones, grouped as the section prints them. */
export function antiFraudLines(lines: readonly Warning[]) {
  const shown = lines.filter(isVerified);
  return {
    never: shown.filter((w) => w.kind === 'never'),
    police: shown.filter((w) => w.kind === 'police'),
    hotlines: shown.filter((w) => w.kind === 'hotline'),
    any: shown.length > 0,
  };
}
