/**
 * Targets the 起草说明 says were deleted, whose task the plan's body still sets. The 起草说明 names
 * each deleted target in quotes in a sentence that says 删除 (“升级污水处理厂4座，…”等4项指标…
 * 建议删除); the body keeps a task when a sentence of it names the same thing, in the same words
 * (污水处理) or the same words turned round (报废农机 → 农业机械报废).
 */
import { clauses, longestCommonRun, plainText, sentences, type Passage } from './text.ts';

/** One target the 起草说明 says was deleted. */
export interface DeletedTarget {
  /** As quoted, e.g. 报废农机1万台套. */
  target: string;
  /** What it is about, without verb, figure and measure word, e.g. 报废农机. */
  subject: string;
  /** The bureau that asked for the deletion, e.g. 区农业农村局, when the sentence names it. */
  proposer?: string;
}

/** A deleted target together with the body sentence that still sets its task. */
export interface KeptTask {
  deleted: DeletedTarget[];
  passage: Passage;
  /** The body's sentence, verbatim. */
  sentence: string;
}

// Verbs and qualifiers around a target's subject, and words so common in the plan that sharing them means nothing.
const leadingWords = /^(?:升级|安装|更新改造|淘汰|培育|全年|新增)/;
const trailingWords = /(?:建设或更新改造|回收量|交易量|增长|面积|设备|典型企业|量)$/;
const commonWords = ['以旧换新', '更新改造', '设施设备', '设备更新'];

/** The subject of a quoted target: 升级污水处理厂4座 → 污水处理厂; 全年报废汽车1.35万辆 → 报废汽车. */
export function targetSubject(target: string): string {
  let s = target.replace(/[0-9０-９][\s\S]*$/, '').trim();
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(leadingWords, '').replace(trailingWords, '');
  }
  return s;
}

/** Every target the 起草说明 (its body, `explanation`) says was deleted, in its order. */
export function deletedTargets(explanation: string): DeletedTarget[] {
  return sentences(plainText(explanation))
    .filter((s) => s.includes('删除'))
    .flatMap((s) => {
      const proposer = /责任单位(区[^，。；、“”]+?局)/.exec(s)?.[1];
      return [...s.matchAll(/“([^”]+)”/g)].flatMap((m) =>
        m[1]!
          .split(/[，、]/)
          .map((t) => t.trim())
          .filter(Boolean)
          .map((target) => ({ target, subject: targetSubject(target), ...(proposer ? { proposer } : {}) })),
      );
    });
}

/** Common words masked differently on each side, so they never count as shared. */
const mask = (text: string, mark: string) => commonWords.reduce((t, w) => t.split(w).join(mark), text);

/**
 * How strongly `sentence` names `subject`: the longest run of characters they share (at least 4,
 * or the whole subject when it is shorter), or 4 when a clause holds every character of a subject
 * of 3–4 characters in another order (报废汽车 in 汽车报废更新). 0 when it does not.
 */
export function mentionScore(subject: string, sentence: string): number {
  const s = mask(subject, '■');
  const t = mask(sentence, '□');
  const run = longestCommonRun(s, t);
  const needed = Math.min(4, [...subject].length);
  if (run >= needed) return run;
  const chars = [...subject];
  if (chars.length >= 3 && chars.length <= 4 && clauses(sentence).some((c) => chars.every((ch) => c.includes(ch)))) return 4;
  return 0;
}

/**
 * For each deleted target, the body sentence that names it most strongly (all of them when they
 * tie); the targets one sentence keeps are reported together, in the 起草说明's order.
 * `body`: the plan's text without the 起草说明.
 */
export function keptTasks(explanation: string, body: Passage[]): KeptTask[] {
  const bodySentences = body.flatMap((passage) => sentences(plainText(passage.text)).map((sentence) => ({ passage, sentence })));
  const found = new Map<string, KeptTask>();
  for (const d of deletedTargets(explanation)) {
    if (!d.subject) continue;
    const scored = bodySentences.map((s) => ({ ...s, score: mentionScore(d.subject, s.sentence) }));
    const best = Math.max(0, ...scored.map((s) => s.score));
    if (best === 0) continue;
    for (const { passage, sentence } of scored.filter((x) => x.score === best)) {
      const key = `${passage.file}\n${sentence}`;
      const kept = found.get(key) ?? { deleted: [], passage, sentence };
      kept.deleted.push(d);
      found.set(key, kept);
    }
  }
  return [...found.values()];
}
