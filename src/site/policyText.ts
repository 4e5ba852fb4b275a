/** How policy metadata reads on the page. Pure. */
import type { Policy } from '../schemas/policy.ts';

export const verificationLabels: Record<Policy['verification'], string> = {
  verified: '已核实',
  secondary: '来自转载，待核实',
  mixed: '部分已核实',
  'not-found': '未查到原文',
};

/**
 * The entry's 核实状态 as printed: an entry whose content was read in a reputable copy but one of
 * whose printed facts (title, 文号, dates) is still 待核实 reads 部分已核实, so the row never says
 * 已核实 beside a fact marked 待核实.
 */
export function entryVerification(
  p: Pick<Policy, 'verification' | 'titleStatus' | 'docNumberStatus' | 'issuedStatus' | 'periodStatus'>,
): Policy['verification'] {
  const facts = [p.titleStatus, p.docNumberStatus, p.issuedStatus, p.periodStatus];
  return p.verification === 'verified' && facts.includes('unverified') ? 'mixed' : p.verification;
}

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

/** The period a policy applies to, in words. */
export function periodText(applies: Policy['applies']): string {
  const from = chineseDate(applies.from);
  return applies.to === undefined ? `${from}起（本站未查到截止日期）` : `${from}至${chineseDate(applies.to)}`;
}

/** The title as readers see it: in 《》 when official, marked as a description otherwise. */
export function displayTitle(p: Pick<Policy, 'title' | 'titleDescriptive'>): string {
  return p.titleDescriptive ? `${p.title}（标题为本站概括）` : `《${p.title}》`;
}

/** The mark every policy fact carries unless the reference verifies it or the plan states it. */
export const pendingMark = '待核实';

/** The facts of a policy the site prints; each has its own status in content (src/schemas/policy.ts). */
export type PolicyFactKind = 'title' | 'docNumber' | 'issued' | 'period';

type FactFields = Pick<
  Policy,
  'title' | 'titleDescriptive' | 'titleStatus' | 'docNumber' | 'docNumberStatus' | 'issued' | 'issuedApprox' | 'issuedStatus' | 'applies' | 'periodStatus'
>;

/** A fact as printed: its words, and whether 待核实 follows them. */
export interface FactText {
  text: string;
  pending: boolean;
}

/**
 * One fact of a policy as readers see it, or null when the policy has none (no 文号 found). Only
 * src/components/PolicyFact.astro prints it, so the 待核实 mark cannot be kept in one place and
 * forgotten in another.
 */
export function policyFact(p: FactFields, kind: PolicyFactKind): FactText | null {
  switch (kind) {
    case 'title':
      return { text: displayTitle(p), pending: p.titleStatus === 'unverified' };
    case 'docNumber':
      return p.docNumber === undefined ? null : { text: p.docNumber, pending: p.docNumberStatus !== 'verified' && p.docNumberStatus !== 'plan' };
    case 'issued':
      return { text: `${p.issuedApprox ? '约' : ''}${chineseDate(p.issued)}`, pending: p.issuedStatus === 'unverified' };
    case 'period':
      return { text: periodText(p.applies), pending: p.periodStatus === 'unverified' };
  }
}

/** A fact in one string, mark included: what PolicyFact prints, for tests and plain-text uses. */
export function policyFactText(p: FactFields, kind: PolicyFactKind): string | null {
  const f = policyFact(p, kind);
  return f && (f.pending ? `${f.text}（${pendingMark}）` : f.text);
}

/** How a document is cited next to a figure or a note: by its 文号, else by its title. */
export function sourceFact(p: Pick<Policy, 'docNumber'>): PolicyFactKind {
  return p.docNumber === undefined ? 'title' : 'docNumber';
}
