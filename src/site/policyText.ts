/** How policy metadata reads on the page. Pure. */
import type { Policy } from '../schemas/policy.ts';

export const verificationLabels: Record<Policy['verification'], string> = {
  verified: '已核实',
  secondary: '来自转载，待核实',
  mixed: '部分已核实',
  'not-found': '未查到原文',
};

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

/**
 * A policy's 文号 wherever it is printed, with 待核实 when only reprints give it: the one place
 * that prints it, so the mark cannot be forgotten in one place and kept in another.
 */
export function docNumberText(p: Pick<Policy, 'docNumber' | 'docNumberSecondary'>): string | null {
  if (!p.docNumber) return null;
  return p.docNumberSecondary ? `${p.docNumber}（来自转载，待核实）` : p.docNumber;
}

/** How the document is cited next to a figure: its 文号, else its title. */
export function policySource(p: Pick<Policy, 'docNumber' | 'docNumberSecondary' | 'title' | 'titleDescriptive'>): string {
  return docNumberText(p) ?? displayTitle(p);
}
