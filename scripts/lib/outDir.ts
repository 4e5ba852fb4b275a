/**
 * The output folder of `npm run build` and `npm run regenerate` (OUT_DIR): checked and made ready
 * before anything is built, and where Astro writes the new site before it is swapped in.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Whether `path` is `dir` or inside it, by path.relative: /x/site-out is not inside /x/site. */
export function isInside(dir: string, path: string): boolean {
  const r = relative(resolve(dir), resolve(path));
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/**
 * Why OUT_DIR cannot be used, in Chinese with the English gist, or null when it can: it must not
 * be the checkout, a folder holding it, or inside the content folder (the swap would move them
 * away), and its parent is created when missing.
 */
export function prepareOutDir(outDir: string, cwd: string, contentDir: string): string | null {
  if (isInside(outDir, cwd)) {
    return `OUT_DIR（输出目录）${outDir} 是本项目目录或其上级目录，构建会把它整个替换（OUT_DIR must not contain the checkout）。请改为单独的目录，如 dist 或 /srv/liangxin/site。`;
  }
  if (isInside(contentDir, outDir)) {
    return `OUT_DIR（输出目录）${outDir} 在内容目录 ${contentDir} 中（OUT_DIR must not be inside the content folder）。请改为内容目录以外的目录。`;
  }
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
    return `OUT_DIR（输出目录）${outDir} 已存在，但不是目录（OUT_DIR is a file）。请改用其他名称，或先移走该文件。`;
  }
  try {
    mkdirSync(dirname(outDir), { recursive: true });
  } catch (e) {
    return `无法创建输出目录的上级目录 ${dirname(outDir)}（cannot create OUT_DIR's parent: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）。请检查 OUT_DIR 是否写对、当前用户是否有写入权限。`;
  }
  return null;
}

export interface ScratchDirs {
  /** Where Astro writes (ASTRO_OUT_DIR). */
  astro: string;
  /** Beside the output, on its file system, so swapping it in is one rename. */
  beside: string;
}

/**
 * Astro writes the new site beside the output (`<out>.building`) — unless that folder lies outside
 * the checkout while its path begins with the checkout's (checkout /x/site, OUT_DIR /x/site-out).
 * Astro 7 then takes it for a folder inside the checkout (a string-prefix test, getOutDirWithinCwd
 * in astro/dist/core/build/common.js) and puts its server chunks there, where they cannot load
 * their packages ("Cannot find package 'piccolore'"). Then Astro writes inside the checkout, in
 * .build-tmp/ (git-ignored), and moveScratch() brings the result beside the output.
 */
export function scratchDirs(outDir: string, cwd: string): ScratchDirs {
  const beside = `${outDir}.building`;
  const misread = !isInside(cwd, beside) && beside.startsWith(cwd);
  return { astro: misread ? join(cwd, '.build-tmp', basename(beside)) : beside, beside };
}

/** Moves Astro's output beside the output folder when it was written elsewhere (a copy across file systems). */
export function moveScratch({ astro, beside }: ScratchDirs): void {
  if (astro === beside) return;
  rmSync(beside, { recursive: true, force: true });
  try {
    renameSync(astro, beside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(astro, beside, { recursive: true });
    rmSync(astro, { recursive: true, force: true });
  }
}
