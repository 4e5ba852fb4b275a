/**
 * Attachments of notices, copied from content/notices/files/ into the site at /notices/files/<name>
 * (the content check has refused missing files and files over 20 MB).
 */
import type { APIContext } from 'astro';
import { attachmentBytes, loadNotices } from '../../../data/notices';

export async function getStaticPaths() {
  const { notices } = await loadNotices();
  const files = new Set(notices.flatMap((n) => n.attachments.map((a) => a.file)));
  return [...files].map((file) => ({ params: { file } }));
}

export function GET({ params }: APIContext) {
  return new Response(new Uint8Array(attachmentBytes(params.file!)));
}
