/**
 * The staff review for the local /review/ page: the same items as `npm run review`, from the content
 * folder read by the standalone reader (src/checks/readContent.ts), so the page names the same
 * files and fields as the command. Node only; read once per build, and only in local previews.
 */
import { buildDate } from '../config/buildDate';
import { contentDir, siteUrlOverride } from '../config/env';
import { contentFile, readContent } from '../checks/readContent';
import { collectReview } from '../review/collectReview';
import type { ReviewItem } from '../review/reviewItem';

export interface ReviewData {
  items: ReviewItem[];
  /** How many problems the content check found (their entries are left out of the review). */
  contentIssues: number;
}

let cached: ReviewData | undefined;

export function loadReview(): ReviewData {
  if (cached) return cached;
  const dir = contentDir();
  const { content, issues } = readContent(dir);
  cached = {
    items: collectReview(content, { today: buildDate(), siteFile: contentFile(dir, 'site.json'), siteUrlOverride: siteUrlOverride() }),
    contentIssues: issues.length,
  };
  return cached;
}
