/**
 * “引用本页”: a citation ready to paste, in the form of GB/T 7714—2015 for online resources
 * (题名[EB/OL]. (更新日期)[引用日期]. 网址), with the plan's status and date, which a quote of a
 * draft must carry.
 */
import { isIssued, statusText } from '../model/documentStatus.ts';

export interface CitationInput {
  /** Page title, e.g. 指标7：新增充电桩. */
  title: string;
  /** Site name. */
  siteName: string;
  /** Title of the plan. */
  planTitle: string;
  /** The plan's status, e.g. 送审稿. */
  planStatus: string;
  /** The plan's date (发布日期, else 成文日期), YYYY-MM-DD, or '' while it has none. */
  planDate: string;
  /** Absolute URL of the page. */
  url: string;
  /** Date the page was generated (YYYY-MM-DD). */
  updated: string;
  /** Date of access (YYYY-MM-DD). */
  accessed: string;
}

/** The plan's status with its date: a draft says 尚未印发 (src/model/documentStatus.ts); an issued text gives its date when it has one. */
export function planStatusText(status: string, date: string): string {
  if (!isIssued(status)) return statusText(status);
  return date ? `${status}，${date}` : status;
}

/** One paragraph in GB/T 7714 style. */
export function citationText(c: CitationInput): string {
  return `${c.siteName}. ${c.title}[EB/OL]. 据《${c.planTitle}》（${planStatusText(c.planStatus, c.planDate)}）. (${c.updated})[${c.accessed}]. ${c.url}`;
}

/** The same facts as labelled lines, for notes and newsrooms that want them separately. */
export function citationFields(c: CitationInput): [label: string, value: string][] {
  return [
    ['页面标题', c.title],
    ['网站', c.siteName],
    ['方案状态', `《${c.planTitle}》${planStatusText(c.planStatus, c.planDate)}`],
    ['网址', c.url],
    ['访问日期', c.accessed],
  ];
}

/** The date the plan is cited by: published, else written, else none. */
export function planDate(doc: { publishedDate: string; writtenDate: string }): string {
  return doc.publishedDate || doc.writtenDate;
}
