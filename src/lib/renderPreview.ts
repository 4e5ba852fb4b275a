/** PNG of a preview image, rendered at build time by resvg with the packaged CJK font. */
import { Resvg } from '@resvg/resvg-js';
import { fontFilesFor } from './previewFont.ts';
import { previewSvg, previewText, type PreviewSpec } from './previewImage.ts';

export function renderPreview(spec: PreviewSpec): Buffer {
  const resvg = new Resvg(previewSvg(spec), {
    // No system fonts: the image must look the same on every machine that builds it.
    font: { fontFiles: fontFilesFor(previewText(spec)), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
  });
  return resvg.render().asPng();
}
