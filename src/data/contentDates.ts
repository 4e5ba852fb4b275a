/**
 * When each content file last changed, from git: one `git log` over the content folder per build
 * (not one process per file). Node only. Returns null when the folder has no usable history: no
 * git, or a shallow clone (its one commit would date every file to the clone). Files edited since
 * the last commit are left out, so a page built from them falls back (src/site/updatedDate.ts);
 * so are files git does not track, such as the test builds' copies of content/.
 */
import { execFileSync } from 'node:child_process';
import { isoDate } from '../model/format.ts';

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, '-c', 'core.quotepath=off', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
}

/**
 * Parses `git log --format=%x00%cI --name-only`: each commit is a NUL, its committer date, then
 * the files it changed, one a line. Gives each file its latest commit's date (China Standard Time).
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0').slice(1)) {
    const [stamp = '', ...names] = commit.split('\n');
    const when = new Date(stamp.trim());
    if (Number.isNaN(when.getTime())) continue;
    const day = isoDate(when);
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const known = dates.get(name);
      if (known === undefined || day > known) dates.set(name, day);
    }
  }
  return dates;
}

/** File (relative to `dir`) → YYYY-MM-DD of its last committed change; null without usable history. */
export function readContentDates(dir: string): Map<string, string> | null {
  try {
    if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() !== 'false') return null;
    const dates = parseGitLog(git(dir, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.']));
    const edited = git(dir, ['diff', '--name-only', '--relative', '-z', 'HEAD', '--', '.']).split('\0').filter(Boolean);
    for (const f of edited) dates.delete(f);
    return dates;
  } catch {
    return null;
  }
}
