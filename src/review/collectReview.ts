/**
 * The staff review: every open decision, area by area, each naming the file and field to change.
 * Pure: the command (scripts/review.ts), the publishing gate (scripts/build.ts with PUBLISH=1,
 * scripts/regenerate.ts) and the local /review/ page all call it on the content as
 * src/checks/readContent.ts reads it.
 */
import type { ReviewItem } from './reviewItem.ts';
import type { ReviewArea, ReviewContent, ReviewOptions } from './reviewArea.ts';
import { reviewAreas } from './areas.ts';

export type { ReviewContent, ReviewOptions } from './reviewArea.ts';

export function collectReview(content: ReviewContent, options: ReviewOptions, areas: readonly ReviewArea[] = reviewAreas): ReviewItem[] {
  return areas.flatMap((area) => area.collect(content, options).map((item) => ({ area: area.name, ...item })));
}

/** What publishing waits for: the required items, in review order. */
export function publishingBlockers(items: readonly ReviewItem[]): ReviewItem[] {
  return items.filter((i) => i.required);
}

/** The items grouped by area, areas in the order they first occur. */
export function groupByArea(items: readonly ReviewItem[]): { area: string; items: ReviewItem[] }[] {
  const groups = new Map<string, ReviewItem[]>();
  for (const item of items) groups.set(item.area, [...(groups.get(item.area) ?? []), item]);
  return [...groups].map(([area, list]) => ({ area, items: list }));
}
