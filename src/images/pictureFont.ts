/**
 * The one font every picture is drawn with: Noto Sans CJK SC Bold (SIL OFL 1.1), a subset kept in
 * src/images/font/ (its README says where it comes from and how it was made). System fonts are
 * never used, so a picture looks the same on every machine that builds it. Only the bold weight is
 * kept: text the pictures set in normal weight is drawn with it too, as it always was.
 */
import { resolve } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** The family name inside the font file, which the pictures' SVG asks for. */
export const pictureFontFamily = 'Noto Sans CJK SC';

/**
 * Relative to the project folder, as content/ is (src/config/env.ts): Astro bundles this module
 * into a chunk elsewhere, so a path relative to import.meta.url would not find the file.
 */
export const pictureFontPath = 'src/images/font/NotoSansCJKsc-Bold.otf';

/** resvg's font options for every picture: the packaged font and nothing from the machine. */
export function pictureFontOptions(): NonNullable<ResvgRenderOptions['font']> {
  return { fontFiles: [resolve(pictureFontPath)], loadSystemFonts: false, defaultFontFamily: pictureFontFamily };
}
