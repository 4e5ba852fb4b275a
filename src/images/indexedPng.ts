/**
 * PNG encoding of rendered pictures as indexed colour. The site's pictures are flat colours plus
 * anti-aliased text — a preview image has about 70 distinct colours — so a palette of one byte
 * per pixel holds exactly the same pixels as resvg's own 4-bytes-per-pixel RGBA PNG, in files
 * about half the size, and compresses several times faster (encoding was most of the time of a
 * preview image, and preview images most of the time of a large build).
 */
import { constants, crc32, deflateSync } from 'node:zlib';

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A PNG of `width` × `height` RGBA pixels (row by row, 4 bytes each) with a palette of at most
 * 256 colours, or null when the picture has more colours or any pixel that is not fully opaque
 * (then the caller keeps the RGBA encoding). Palette entries are in order of first appearance,
 * so the same pixels always give the same bytes.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | null {
  if (rgba.length !== width * height * 4) throw new Error(`像素数据长度 ${rgba.length} 与 ${width}×${height} 不符（pixel data length mismatch）`);
  const stride = width + 1;
  // Zero-filled: row filter type 0 (none, which suits flat colour) and palette index 0 are
  // already there.
  const rows = Buffer.alloc(stride * height);
  // One 32-bit read per pixel (copied when the bytes are not 4-aligned); on little-endian
  // machines the value is A B G R from the high byte down.
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const bytes = Buffer.from(aligned.buffer, aligned.byteOffset, aligned.byteLength);
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const index = new Map<number, number>();
  const palette: number[] = [];
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) {
    const first = y * width;
    const end = first + width;
    // Where pixel p's index goes: after the row's filter byte.
    const shift = y * stride + 1 - first;
    // A row of the same pixels as the one above (most rows of a picture's margins and gaps) gets
    // the same indices, and holds no colour the palette lacks: copied, not read pixel by pixel.
    if (y > 0 && bytes.compare(bytes, first * 4, end * 4, first * 4 - rowBytes, first * 4) === 0) {
      rows.copyWithin(first + shift, first + shift - stride, end + shift - stride);
      continue;
    }
    // Run by run of one colour: flat colour is most of a picture.
    for (let p = first; p < end;) {
      const colour = pixels[p]!;
      let q = p + 1;
      while (q < end && pixels[q] === colour) q++;
      let i = index.get(colour);
      if (i === undefined) {
        const rgbaValue = littleEndian ? (((colour & 0xff) << 24) | ((colour & 0xff00) << 8) | ((colour >>> 8) & 0xff00) | (colour >>> 24)) >>> 0 : colour;
        if ((rgbaValue & 0xff) !== 0xff || palette.length === 256) return null;
        i = palette.length;
        palette.push(rgbaValue);
        index.set(colour, i);
      }
      if (i !== 0) rows.fill(i, p + shift, q + shift);
      p = q;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per palette index
  header[9] = 3; // colour type: indexed
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((c, i) => plte.writeUIntBE(c >>> 8, i * 3, 3));
  // Run-length matching only: measured on a preview image it is 30× faster than zlib's default
  // strategy (under 1 ms against 22 ms) for a file about 15% larger, still half of resvg's.
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
