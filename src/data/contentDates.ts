/**
 * When each content file last changed, from git: one `git log` over the content folder per build
 * (not one process per file). Node only. Returns null when the folder has no history to read
 * (no git, or not in a repository: a release tarball). Files edited since the last commit are
 * left out, so a page built from them falls back (src/site/updatedDate.ts); so are files git does
 * not track, such as the test builds' copies of content/.
 *
 * A shallow clone (CI's default checkout) is refused instead: its one commit would date every
 * tracked file to the clone, and falling back would print other dates than a full checkout does.
 * The build stops and says how to fetch the history (shallowHistoryMessage).
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

/**
 * Why the content folder `dir` cannot be dated, or null when it can (or has nothing to date): its
 * files are tracked by a shallow clone. Checked by scripts/build.ts before building.
 */
export function shallowHistoryMessage(dir: string): string | null {
  try {
    if (git(dir, ['rev-parse', '--is-shallow-repository']).trim() !== 'true') return null;
    if (git(dir, ['ls-files', '--', '.']).trim() === '') return null;
  } catch {
    return null;
  }
  return (
    `内容目录 ${dir}/ 所在的 git 仓库是浅克隆，没有完整的提交历史，无法按各文件的最后修改日期生成页面的“更新时间”：` +
    '请在检出目录中运行 git fetch --unshallow 取回完整历史后重新构建（CI 中请为 actions/checkout 设置 fetch-depth: 0）' +
    '（shallow clone: run git fetch --unshallow）'
  );
}

/**
 * File (relative to `dir`) → YYYY-MM-DD of its last committed change; null without a repository.
 * Throws shallowHistoryMessage's error for a shallow clone that tracks the folder's files.
 */
export function readContentDates(dir: string): Map<string, string> | null {
  const shallow = shallowHistoryMessage(dir);
  if (shallow) throw new Error(shallow);
  try {
    const dates = parseGitLog(git(dir, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--relative', '--', '.']));
    const edited = git(dir, ['diff', '--name-only', '--relative', '-z', 'HEAD', '--', '.']).split('\0').filter(Boolean);
    for (const f of edited) dates.delete(f);
    return dates;
  } catch {
    return null;
  }
}
