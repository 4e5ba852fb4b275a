/**
 * The review's options for a content folder on a day, as the command (scripts/review.ts), the
 * publishing gate (scripts/lib/publishingGate.ts), the build's content step and the local /review/
 * page all need them: the site.json the site-address items name, and a SITE_URL that overrides it.
 * Apart from collectReview, which stays pure.
 */
import { contentFile } from '../checks/readContent.ts';
import { siteUrlOverride } from '../config/env.ts';
import type { ReviewOptions } from './reviewArea.ts';

export function reviewOptions(dir: string, today: string): ReviewOptions {
  return { today, siteFile: contentFile(dir, 'site.json'), siteUrlOverride: siteUrlOverride() };
}
