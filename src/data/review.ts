/**
 * The staff review for the local /review/ page: the same items as `npm run review`, from the content
 * folder read by the standalone reader (src/checks/readContent.ts), so the page names the same
 * files and fields as the command. Node only; read once per build, and only in local previews.
 */
import { buildDate } from '../config/buildDate';
import { readFileSync } from 'node:fs';
import { contentDir, reviewDataFile } from '../config/env';
import { readContent } from '../checks/readContent';
import { collectReview } from '../review/collectReview';
import { reviewOptions } from '../review/reviewOptions';
import type { ReviewData } from '../review/reviewItem';

let cached: ReviewData | undefined;

export function loadReview(): ReviewData {
  if (cached) return cached;
  // Collected by the build's content step when there is one (REVIEW_DATA, scripts/lib/contentStep.ts).
  const file = reviewDataFile();
  if (file) return (cached = JSON.parse(readFileSync(file, 'utf8')) as ReviewData);
  const dir = contentDir();
  const { content, issues } = readContent(dir);
  cached = {
    items: collectReview(content, reviewOptions(dir, buildDate())),
    contentIssues: issues.length,
  };
  return cached;
}
