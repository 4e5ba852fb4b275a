/** PNG of a preview image, rendered at build time by resvg with the packaged CJK font. */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { fontFilesFor } from './previewFont.ts';
import { previewSvg, previewText, type PreviewSpec } from './previewImage.ts';
import { renderPng } from './renderPng.ts';

/** No system fonts: the image must look the same on every machine that builds it. */
export function previewRenderOptions(spec: PreviewSpec): ResvgRenderOptions {
  return { font: { fontFiles: fontFilesFor(previewText(spec)), loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } };
}

export function renderPreview(spec: PreviewSpec): Promise<Buffer> {
  return renderPng(previewSvg(spec), previewRenderOptions(spec));
}
