/**
 * The plan's standing as every page states it, from the status in content/site.json: until the plan
 * is issued (a draft: 送审稿, 征求意见稿, 审议稿 …) pages that quote it say 送审稿，尚未印发 and never
 * call it 现行; once issued, they give the issued status as staff wrote it (现行有效, 印发稿 …).
 * Derived from content, never written into a page, so the demo's invented 印发稿 reads as issued and
 * the real 送审稿 as a draft. Pure.
 */

/** The names a text carries before it is issued. */
const draftNames = new Set(['送审稿', '征求意见稿', '审议稿', '讨论稿', '草案', '初稿']);

/** The status without a trailing note in brackets: 印发稿（示例数据） → 印发稿. */
const bare = (status: string) => status.replace(/（[^（）]*）$/u, '').trim();

/** Whether a text with this status has been issued (is no longer a draft). */
export function isIssued(status: string): boolean {
  return !draftNames.has(bare(status));
}

/** The status as pages state it: 送审稿，尚未印发 for a draft; the issued status as written. */
export function statusText(status: string): string {
  return isIssued(status) ? status : `${status}，尚未印发`;
}

/** What the text the site shows as the plan is called: 现行文本 once issued, 当前文本 while a draft (a draft is not 现行). */
export function currentTextName(status: string): string {
  return isIssued(status) ? '现行文本' : '当前文本';
}

/** The standing of one text in a list of versions: 已被替代, 现行, or 尚未印发 for a current draft. */
export function versionStanding(v: { status: string; superseded: boolean }): string {
  if (v.superseded) return '已被替代';
  return isIssued(v.status) ? '现行' : '尚未印发';
}

/** One sentence for /about/: what the site publishes and in which state. */
export function statusSentence(doc: { status: string; docNumber: string; publishedDate: string }): string {
  if (!isIssued(doc.status)) return `本站所载方案为${doc.status}，尚未印发；印发后本站按印发文本更新，并写明文件状态、发文字号和发布日期。`;
  const facts = [doc.docNumber, doc.publishedDate && `${doc.publishedDate}发布`].filter(Boolean).join('，');
  return `本站所载方案为${doc.status}${facts ? `（${facts}）` : ''}。`;
}
