/**
 * What an area of the staff review is given and returns. Each file of src/review/areas/ exports one
 * `ReviewArea`; src/review/areas.ts lists them in the order the review prints them.
 */
import type { ReadResult } from '../checks/readContent.ts';
import type { ReviewItem } from './reviewItem.ts';

/** The content as the standalone reader gives it: every valid entry with the file it came from. */
export type ReviewContent = ReadResult['content'];

export interface ReviewOptions {
  /** "Today" (YYYY-MM-DD), the build date, for areas that age (a status not confirmed for months). */
  today: string;
  /** site.json as the reader names it (e.g. content/site.json), for items about a missing or unreadable site entry. */
  siteFile: string;
  /** SITE_URL, when set: it stands in for site.url (src/site/siteAddress.ts). */
  siteUrlOverride?: string;
}

/** One item as an area returns it; collectReview adds the area's name. */
export type AreaItem = Omit<ReviewItem, 'area'>;

export interface ReviewArea {
  /** The heading the items are grouped under, in Chinese, e.g. 网站标识与联系方式. */
  name: string;
  /** The open items of this area; pure. */
  collect: (content: ReviewContent, options: ReviewOptions) => AreaItem[];
}
