/** PNG of a preview image, rendered at build time by resvg with the packaged CJK font. */
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { pictureFontOptions } from './pictureFont.ts';
import { previewSvg, type PreviewSpec } from './previewImage.ts';
import { renderPng } from './renderPng.ts';

export function previewRenderOptions(): ResvgRenderOptions {
  return { font: pictureFontOptions() };
}

export function renderPreview(spec: PreviewSpec): Promise<Buffer> {
  return renderPng(previewSvg(spec), previewRenderOptions());
}
