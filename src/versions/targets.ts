/** Every indicator target that differs between two versions, at any level and year. */
import { levelNames, targetColumns, type Level, type TargetKey } from '../model/targets.ts';
import type { SnapshotIndicator } from './snapshot.ts';

export interface TargetChange {
  /** The indicator as the later version has it (the earlier one when it was dropped). */
  number: number;
  slug: string;
  name: string;
  key: TargetKey;
  level: Level;
  /** 国家, 省, 市, 区. */
  levelName: string;
  year: number;
  /** The cell as each version writes it; null when the version has no such indicator. */
  before: string | null;
  after: string | null;
}

export function targetChanges(before: readonly SnapshotIndicator[], after: readonly SnapshotIndicator[]): TargetChange[] {
  const old = new Map(before.map((i) => [i.slug, i]));
  const now = new Map(after.map((i) => [i.slug, i]));
  const slugs = [...new Set([...after.map((i) => i.slug), ...before.map((i) => i.slug)])];
  return slugs.flatMap((slug) => {
    const a = old.get(slug);
    const b = now.get(slug);
    const which = (b ?? a)!;
    return targetColumns.flatMap((col) => {
      // An empty cell and a missing one say the same: no target.
      const was = a ? (a.targets[col.key] ?? '') : null;
      const is = b ? (b.targets[col.key] ?? '') : null;
      if (was === is || (was === null && is === '') || (is === null && was === '')) return [];
      return [
        {
          number: which.number,
          slug,
          name: which.name,
          key: col.key,
          level: col.level,
          levelName: levelNames[col.level],
          year: col.year,
          before: was,
          after: is,
        },
      ];
    });
  });
}
