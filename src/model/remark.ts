/** The 备注 column of 附件2: where a district target comes from. */

export type Remark =
  { kind: 'aligned'; text: '与市保持一致' } | { kind: 'district'; text: '伍家岗区自主设定' } | { kind: 'share'; text: string; percent: number };

export function parseRemark(text: string): Remark | null {
  const t = text.trim();
  if (t === '与市保持一致') return { kind: 'aligned', text: t };
  if (t === '伍家岗区自主设定') return { kind: 'district', text: t };
  const m = /^占全市(\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return { kind: 'share', text: t, percent: Number(m[1]) };
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
