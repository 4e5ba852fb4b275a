/**
 * One thing staff must decide or fill in, as the staff review (`npm run review`, the local /review/
 * page) and the publishing gate list it. Each area of the site contributes its own items
 * (src/review/areas/); nothing here reaches a public page.
 */
export interface ReviewItem {
  /** Which part of the review the item belongs to, e.g. 网站标识, 外部信息核实, 计算口径, 文件内容. */
  area: string;
  /** The file staff change, relative to the checkout, e.g. content/site.json. */
  file: string;
  /** The field (dotted path) in that file, e.g. site.contact.phone; empty when the whole file is meant. */
  field: string;
  /** What is open, in plain Chinese, e.g. 未填写主办单位. */
  what: string;
  /** The other reading or choice staff may take instead, when there is one. */
  alternative?: string;
  /** True when publishing must wait for it (the gate and `npm run review -- --strict` fail while it is open). */
  required: boolean;
}

/** The staff review as the /review/ page prints it, and as the build's content step hands it to Astro (REVIEW_DATA). */
export interface ReviewData {
  /** Every open item, from the content that passed the check. */
  items: ReviewItem[];
  /** How many problems the content check found (their entries are left out of the review). */
  contentIssues: number;
}
