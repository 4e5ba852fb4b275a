/**
 * Unzipping an .xlsx within limits: the sizes in the zip's central directory are checked before
 * a single byte is inflated, and inflating never writes past the size an entry declares, so a
 * zip bomb is refused (or truncated) instead of filling memory.
 */
import { unzipSync } from 'fflate';

/** One entry as the zip's central directory describes it. */
export interface ZipEntryInfo {
  /** Path inside the zip, e.g. xl/worksheets/sheet1.xml. */
  name: string;
  /** Bytes stored in the zip. */
  compressedSize: number;
  /** Bytes once inflated, as declared by the zip. */
  size: number;
}

/** Why a zip was refused, for the caller to word for staff. */
export type ZipProblem =
  | { kind: 'corrupt'; detail: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'bomb'; entry: string; ratio: number }
  | { kind: 'bomb-archive'; size: number; ratio: number };

/**
 * Deflate cannot beat about 1032:1, and XML written by Excel, WPS or LibreOffice stays well
 * under 100:1 except for tiny files; 100:1 is Apache POI's long-standing zip-bomb threshold.
 */
export const maxCompressionRatio = 100;
/**
 * Small entries may compress well (a sheet of empty styled cells); like POI, only large ones are
 * checked. The same grace applies to the archive as a whole.
 */
const ratioGraceBytes = 1024 * 1024;

/** Lists the entries from the central directory without inflating anything. */
export function listZip(bytes: Uint8Array): ZipEntryInfo[] | { problem: ZipProblem } {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, compressedSize: f.size, size: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    return { problem: { kind: 'corrupt', detail: (e as Error).message } };
  }
  return entries;
}

/** Checks the declared sizes against the limit and the ratio, then inflates every entry. */
export function unzipBounded(bytes: Uint8Array, maxUnzippedBytes: number): { files: Record<string, Uint8Array> } | { problem: ZipProblem } {
  const entries = listZip(bytes);
  if ('problem' in entries) return entries;
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total > maxUnzippedBytes) return { problem: { kind: 'too-large', size: total } };
  for (const e of entries) {
    const ratio = e.size / Math.max(e.compressedSize, 1);
    if (e.size > ratioGraceBytes && ratio > maxCompressionRatio) return { problem: { kind: 'bomb', entry: e.name, ratio } };
  }
  // Many entries each just under the grace (95 × 1 MB of zeros is a 108 KB file) pass the check
  // above one by one; the archive as a whole must stay within the same ratio. The file's length,
  // not the sizes the directory claims to have compressed, is the denominator.
  const archiveRatio = total / Math.max(bytes.length, 1);
  if (total > ratioGraceBytes && archiveRatio > maxCompressionRatio) return { problem: { kind: 'bomb-archive', size: total, ratio: archiveRatio } };
  try {
    // fflate inflates each entry into a buffer of its declared size and stops there, so an
    // entry that lies about its size cannot grow past the total checked above.
    return { files: unzipSync(bytes) };
  } catch (e) {
    return { problem: { kind: 'corrupt', detail: (e as Error).message } };
  }
}
