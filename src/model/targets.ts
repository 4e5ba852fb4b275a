/**
 * Reading the target cells of 附件2 exactly as the table writes them:
 * "25%", "84.50%", "1050个", "2万户以上", "超75万辆", "/" (no target at this level), "" (blank cell).
 */

export type Qualifier = '超' | '以上';

export type TargetCell =
  | { kind: 'none'; raw: '/' }
  | { kind: 'blank'; raw: '' }
  | {
      kind: 'value';
      /** The cell as written, with its 示例数据 mark when it has one: wherever the cell is printed, the mark is too. */
      raw: string;
      value: number;
      unit: string;
      qualifier: Qualifier | null;
      /** Present (true) only for a value the demo invented (examples/versions/), written with `sampleMark`. */
      sample?: true;
    };

/**
 * The mark an invented value carries in the demo's content (examples/versions/issued.json), e.g.
 * 750台（示例数据）: part of the value, so every page, picture and download that prints the value
 * prints the mark. The content check refuses it outside a demo build.
 */
export const sampleMark = '（示例数据）';

/** A text without its trailing 示例数据 mark, and whether it had one. */
export function withoutSampleMark(text: string): { text: string; sample: boolean } {
  return text.endsWith(sampleMark) ? { text: text.slice(0, -sampleMark.length).trim(), sample: true } : { text, sample: false };
}

const pattern = /^(超)?(\d+(?:\.\d+)?)(万)?(%|[\u4e00-\u9fff]+?)(以上)?$/u;

/** Parses one cell; returns null when the text is not a target the table could hold. */
export function parseTargetCell(raw: string): TargetCell | null {
  const full = raw.trim();
  if (full === '/') return { kind: 'none', raw: '/' };
  if (full === '') return { kind: 'blank', raw: '' };
  const { text, sample } = withoutSampleMark(full);
  const m = pattern.exec(text);
  if (!m) return null;
  const [, over, digits, wan, unit = '', atLeast] = m;
  if (!unit || unit.includes('以上')) return null;
  if (over && atLeast) return null;
  const base = Number(digits);
  // 万 is a multiplier; round away binary noise such as 7.8 × 10000 = 77999.99…
  const value = wan ? Math.round(base * 10000 * 1e6) / 1e6 : base;
  const qualifier: Qualifier | null = over ? '超' : atLeast ? '以上' : null;
  return { kind: 'value', raw: full, value, unit, qualifier, ...(sample ? { sample: true as const } : {}) };
}

/** The levels and years of 附件2, in the table's column order. */
export const targetColumns = [
  { key: 'national2027', level: 'national', year: 2027 },
  { key: 'province2024', level: 'province', year: 2024 },
  { key: 'province2027', level: 'province', year: 2027 },
  { key: 'city2024', level: 'city', year: 2024 },
  { key: 'city2027', level: 'city', year: 2027 },
  { key: 'district2024', level: 'district', year: 2024 },
  { key: 'district2027', level: 'district', year: 2027 },
] as const;

export type TargetKey = (typeof targetColumns)[number]['key'];
export type Level = (typeof targetColumns)[number]['level'];
export type TargetYear = 2024 | 2027;

/**
 * The first and last years 附件2 sets targets for: the plan's period (2024—2027). The content
 * check holds site.json's document.period to them, so the progress arithmetic and the period the
 * pages print cannot disagree.
 */
export const firstTargetYear: TargetYear = Math.min(...targetColumns.map((c) => c.year)) as TargetYear;
export const lastTargetYear: TargetYear = Math.max(...targetColumns.map((c) => c.year)) as TargetYear;

export const levelNames: Record<Level, string> = {
  national: '国家',
  province: '省',
  city: '市',
  district: '区',
};

/** Key of the column for a level and year, e.g. ('city', 2024) → 'city2024'; national has only 2027. */
export function targetKey(level: Level, year: TargetYear): TargetKey | null {
  const col = targetColumns.find((c) => c.level === level && c.year === year);
  return col ? col.key : null;
}
