/**
 * Puts a freshly built folder in place of the served one in a way that never leaves readers a
 * half-written site: the old folder is renamed aside, the new one renamed in (rename is atomic on
 * one file system), then the old one removed. If the second rename fails, the old one is restored.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export function swapDir(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(fresh, target);
  } catch (e) {
    if (hadTarget) renameSync(old, target);
    throw e;
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}
