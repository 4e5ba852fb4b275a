/**
 * The address a version gets from its usual name, so staff type only `npm run version:freeze -- 送审稿`;
 * any other name needs `--slug`. Addresses are published and must never change.
 */
export const usualVersionSlugs: Readonly<Record<string, string>> = {
  送审稿: 'review-draft',
  征求意见稿: 'consultation-draft',
  审议稿: 'deliberation-draft',
  印发稿: 'issued',
};

/**
 * What readers call the content as it stands now (the last entry of the version list) comes from
 * its status: 现行文本 once issued, 当前文本 while a draft (src/model/documentStatus.ts).
 */
export { currentTextName as currentVersionName } from '../model/documentStatus.ts';
/** The address segment of the current text in comparison URLs. */
export const currentVersionSlug = 'current';
