import type { APIRoute, GetStaticPaths } from 'astro';
import { previewSpecs } from '../../data/previews';
import type { PreviewSpec } from '../../images/previewImage';
import { renderPreview } from '../../images/renderPreview';

/** /og/…png — the link-preview images, rendered once per build. */
export const getStaticPaths = (async () =>
  [...(await previewSpecs())].map(([path, spec]) => ({ params: { image: path.replace(/^\/og\//, '') }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: PreviewSpec }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.spec)), { headers: { 'Content-Type': 'image/png' } });
