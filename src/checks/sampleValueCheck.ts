/**
 * A target cell or 备注 written with the 示例数据 mark (src/model/targets.ts sampleMark) is an
 * invented value: only the demo's content has one (examples/versions/issued.json). The official
 * content refuses it, as it refuses example reports, notices and lists. Pure.
 */
import { sampleMark, targetColumns } from '../model/targets.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

const refusal = `正式内容中不能有示例数据（sample value in official content）：应照录附件2，去掉“${sampleMark}”；演示用的虚构数值只在 npm run build:demo 中由 examples/versions/ 加入`;

export function sampleValueCheck(indicators: readonly Located<Pick<Indicator, 'targets' | 'remark'>>[], allowSample: boolean): ContentIssue[] {
  if (allowSample) return [];
  return indicators.flatMap((e) => [
    ...targetColumns
      .filter((c) => e.data.targets[c.key].includes(sampleMark))
      .map((c): ContentIssue => ({ file: e.file, field: ['targets', c.key], expected: refusal, found: JSON.stringify(e.data.targets[c.key]) })),
    ...(e.data.remark.includes(sampleMark) ? [{ file: e.file, field: ['remark'], expected: refusal, found: JSON.stringify(e.data.remark) }] : []),
  ]);
}
