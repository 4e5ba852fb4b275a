/**
 * The 计算口径 behind listing policies by validity (src/model/policyStatus.ts): a policy with no end
 * date is listed as in force from its start ('policy-no-end-date'). Pure.
 */
import { validity, type PolicyLike } from './policyStatus.ts';
import type { RuleId } from './rules.ts';

/** The rules applied to list `policies` on `today`: 'policy-no-end-date' when one in force has no end date. */
export function policyRules(policies: readonly PolicyLike[], today: string): RuleId[] {
  return policies.some((p) => p.applies.to === undefined && validity(p.applies, today) === 'in-force') ? ['policy-no-end-date'] : [];
}
