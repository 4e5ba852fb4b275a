/**
 * The register of 计算口径 (content/readings.json) as pages use it: one entry by rule id, in the
 * order /about/method/ states them. The content check has held the register to the rules the code
 * applies (src/model/rules.ts), so a missing entry here is a bug in the site's code, and the build
 * stops rather than print a mark that links nowhere.
 */
import { ruleIds, type RuleId } from '../model/rules';
import type { ReadingEntry } from '../schemas/reading';
import { loadContent } from './content';

/** What a public page may show of a rule: its statement and explanation, never the other reading (that is for staff). */
export type RuleEntry = Pick<ReadingEntry, 'title' | 'reason'> & { id: RuleId };

/** Every rule, in the order of src/model/rules.ts. */
export async function ruleEntries(): Promise<RuleEntry[]> {
  const { readings } = await loadContent();
  return ruleIds.map((id) => {
    const entry = readings.find((r) => r.id === id);
    if (!entry) throw new Error(`content/readings.json：缺少计算口径 "${id}"（rule applied but not registered）`);
    return { id, title: entry.title, reason: entry.reason };
  });
}

/** The register entry of one rule. */
export async function ruleEntry(id: RuleId): Promise<RuleEntry> {
  return (await ruleEntries()).find((e) => e.id === id)!;
}
