/**
 * Files published with a notice: where they live, how big they may be, which types are accepted
 * and how their size and type read. Pure; shared by the content check and the pages.
 */

/** Largest attachment the site publishes: bigger files belong on the issuing body's own site. */
export const maxAttachmentBytes = 20 * 1024 * 1024;

/** Where attachments live, relative to the content folder; the site serves them at /notices/files/. */
export const attachmentFolder = 'notices/files';

/** File types an attachment may have, with the name readers see. */
export const attachmentTypes: Record<string, string> = {
  pdf: 'PDF',
  ofd: 'OFD',
  doc: 'Word',
  docx: 'Word',
  wps: 'WPS 文字',
  xls: 'Excel',
  xlsx: 'Excel',
  et: 'WPS 表格',
  csv: 'CSV',
  jpg: 'JPEG 图片',
  jpeg: 'JPEG 图片',
  png: 'PNG 图片',
  txt: '文本',
};

export const extensionOf = (file: string) => file.slice(file.lastIndexOf('.') + 1);

/** The kind of file readers see, e.g. PDF or Excel. */
export function fileTypeText(file: string): string {
  return attachmentTypes[extensionOf(file)] ?? extensionOf(file).toUpperCase();
}

/** 640 → "1 KB", 1_572_864 → "1.5 MB": rounded up, so a download is never bigger than the page says. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}
