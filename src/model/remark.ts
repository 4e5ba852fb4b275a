/** The 备注 column of 附件2: where a district target comes from. */
import { sampleMark } from './targets.ts';

export type Remark =
  { kind: 'aligned'; text: '与市保持一致' } | { kind: 'district'; text: '伍家岗区自主设定' } | { kind: 'share'; text: string; percent: number };

/** Parses a 备注 cell; an invented one in the demo carries the 示例数据 mark (see sampleMark in targets.ts), kept in `text`. */
export function parseRemark(text: string): Remark | null {
  const full = text.trim();
  const t = full.endsWith(sampleMark) ? full.slice(0, -sampleMark.length) : full;
  if (t === '与市保持一致') return { kind: 'aligned', text: '与市保持一致' };
  if (t === '伍家岗区自主设定') return { kind: 'district', text: '伍家岗区自主设定' };
  const m = /^占全市(\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return { kind: 'share', text: full, percent: Number(m[1]) };
  return null;
}

/** District target as a percentage of the city target, rounded to two decimals as the table does. */
export function shareOfCity(district: number, city: number): number | null {
  if (!(city > 0) || !(district >= 0)) return null;
  return Math.round((district / city) * 10000) / 100;
}

/** Whether a stated share (占全市x%) agrees with the figures, to the table's two decimals. */
export function shareAgrees(statedPercent: number, district: number, city: number): boolean {
  const computed = shareOfCity(district, city);
  return computed !== null && Math.abs(computed - statedPercent) < 0.005 + 1e-9;
}
