/**
 * How a policy reads on the page: only its published facts (checked, or cited by the plan; see
 * src/model/verifiedFacts.ts), dates as exact as their source, validity only on a checked period.
 * Nothing here marks a fact as pending: an unchecked fact is simply not printed. Pure.
 */
import { validity, type Validity } from '../model/policyStatus.ts';
import { isPublishable, publishedFacts, verifiedPeriod } from '../model/verifiedFacts.ts';
import type { Policy } from '../schemas/policy.ts';

export const levelLabels: Record<Policy['level'], string> = {
  national: '国家',
  provincial: '湖北省',
  city: '宜昌市',
};

/** 2024 → 2024年, 2024-08 → 2024年8月, 2024-08-23 → 2024年8月23日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The period a policy applies to, in words: from a day, or from a day to a day. */
export function periodText(applies: NonNullable<Policy['applies']>): string {
  const from = chineseDate(applies.from);
  return applies.to === undefined ? `${from}起` : `${from}至${chineseDate(applies.to)}`;
}

/** The facts of a policy a page prints through src/components/PolicyFact.astro. */
export type PolicyFactKind = 'title' | 'docNumber' | 'written' | 'issued' | 'period';

type FactFields = Pick<Policy, 'title' | 'docNumber' | 'issuers' | 'written' | 'issued' | 'applies' | 'source' | 'summary' | 'fromPlan' | 'checks'>;

/**
 * One fact of a policy as readers see it, or null when the entry has none or it is not published
 * (not checked). Only src/components/PolicyFact.astro prints it, so a 文号 is printed in one place.
 */
export function policyFact(p: FactFields, kind: PolicyFactKind): string | null {
  if (!publishedFacts(p).has(kind)) return null;
  switch (kind) {
    case 'title':
      return `《${p.title!}》`;
    case 'docNumber':
      return p.docNumber!;
    case 'written':
      return chineseDate(p.written!);
    case 'issued':
      return chineseDate(p.issued!);
    case 'period':
      return periodText(p.applies!);
  }
}

/** The issuers, when checked, joined as a page prints them; null otherwise. */
export function issuersText(p: FactFields): string | null {
  return publishedFacts(p).has('issuers') ? p.issuers.join('、') : null;
}

/** The summary, when checked; null otherwise. */
export function summaryText(p: FactFields): string | null {
  return publishedFacts(p).has('summary') ? p.summary! : null;
}

/** Where to read the document, when checked; null otherwise. */
export function sourceOf(p: FactFields): Policy['source'] | null {
  return publishedFacts(p).has('source') ? p.source! : null;
}

/**
 * How a document is named as a heading and cited next to a figure or a note: by its 文号 when
 * published (as gov.cn cites), else by its title. Null for an entry that cannot be shown.
 */
export function citeAs(p: FactFields): 'docNumber' | 'title' | null {
  const shown = publishedFacts(p);
  return shown.has('docNumber') ? 'docNumber' : shown.has('title') ? 'title' : null;
}

/** Whether a page may show the entry at all: it can be named by a published title or 文号. */
export const canShow = (p: FactFields): boolean => isPublishable(p);

/** The entry's validity on `today`, resting only on a checked period (`unknown` otherwise: stated nowhere). */
export function policyValidity(p: FactFields, today: string): Validity {
  return validity(verifiedPeriod(p), today);
}
