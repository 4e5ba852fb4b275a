/**
 * The publishing gate of `PUBLISH=1` builds (scripts/build.ts) and `npm run regenerate`: the staff
 * review's required items (src/review/: the site address, the identity and contact fields, a district
 * contact for every guide topic, demo data) must all be settled before a site goes out under the
 * district's name. Returns the refusal listing every one of them at once, or null.
 */
import { buildDate } from '../../src/config/buildDate.ts';
import type { ReadResult } from '../../src/checks/readContent.ts';
import { collectReview, publishingBlockers } from '../../src/review/collectReview.ts';
import { formatBlockers } from '../../src/review/formatReview.ts';
import { reviewOptions } from '../../src/review/reviewOptions.ts';

/**
 * Why publishing must wait, or null when nothing required is open. `dir`: the content folder
 * `content` was read from. A BUILD_DATE that is not a date is a refusal too, in its own words.
 */
export function publishingRefusal(content: ReadResult['content'], dir: string): string | null {
  let today: string;
  try {
    today = buildDate();
  } catch (e) {
    return (e as Error).message;
  }
  const items = collectReview(content, reviewOptions(dir, today));
  const blockers = publishingBlockers(items);
  return blockers.length > 0 ? formatBlockers(blockers) : null;
}
