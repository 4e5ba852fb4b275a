/**
 * An on-disk cache for files the build makes from text (the PNG pictures), named by a hash of
 * everything the bytes depend on. It lives outside the output folder, in
 * node_modules/.cache/liangxin/ (IMAGE_CACHE_DIR to move it, IMAGE_CACHE=off to bypass it), so it
 * survives the build's swap of dist/ and is thrown away with node_modules by `npm ci`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { imageCacheSetting, type Env } from '../config/env.ts';

export function imageCacheDir(env: Env = process.env): string | null {
  const { off, dir } = imageCacheSetting(env);
  if (off) return null;
  return resolve(dir || join('node_modules', '.cache', 'liangxin', 'images'));
}

/** The cache file name for a key: every part counts, and no two part lists give the same hash. */
export function cacheName(ext: string, key: string[]): string {
  const hash = createHash('sha256');
  for (const part of key) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return `${hash.digest('hex').slice(0, 32)}.${ext}`;
}

/** The file for `key` from the cache, or `make()`'s result, stored for next time. */
export async function cachedFile(ext: string, key: string[], make: () => Promise<Buffer>, dir = imageCacheDir()): Promise<Buffer> {
  if (!dir) return make();
  const file = join(dir, cacheName(ext, key));
  try {
    return readFileSync(file);
  } catch {
    // Not cached yet (or unreadable): make it.
  }
  const bytes = await make();
  try {
    mkdirSync(dir, { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half a file; the name is
    // unique, as pages render concurrently and two of them may draw the same picture.
    const tmp = `${file}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch (e) {
    // A read-only or full disk only costs the next build time; the picture itself is fine.
    console.warn(`图片缓存写入失败（image cache write failed）：${(e as Error).message}`);
  }
  return bytes;
}
