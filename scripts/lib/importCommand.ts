/**
 * What every import command (import:progress, import:merchants) does before it reads a file: its
 * arguments and the files they name, the current content (which must pass its check) and today's
 * date. Any problem stops the command with a message that says nothing was written.
 */
import { buildDate } from '../../src/config/buildDate.ts';
import { contentDir } from '../../src/config/env.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent, type ReadResult } from '../../src/checks/readContent.ts';
import { listInputs, type LeftOut } from '../../src/import/files/batch.ts';

export interface ImportStart {
  /** --dry-run: check and report, write nothing. */
  dryRun: boolean;
  /** The spreadsheets named, folders expanded. */
  files: string[];
  /** Files found in a folder and not read, each with the reason. */
  leftOut: LeftOut[];
  /** The content folder (CONTENT_DIR or content/). */
  dir: string;
  content: ReadResult['content'];
  /** The build date, as YYYY-MM-DD. */
  today: string;
  /** Stops the command: the message, and that `folder` was left as it was. */
  stop: (message: string) => never;
}

/** Reads the command line of an import that writes into content/`folder`/; `usage` is shown with argument mistakes. */
export function startImport(folder: string, usage: string, args = process.argv.slice(2)): ImportStart {
  const stop = (message: string): never => {
    console.error(`\n导入失败（import failed）：${message}\n未写入任何文件，content/${folder}/ 保持原样。`);
    process.exit(1);
  };
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
  if (unknown.length > 0) stop(`不认识的选项 ${unknown.join(' ')}（unknown option）。${usage}`);
  const inputs = listInputs(args.filter((a) => !a.startsWith('--')));
  if (inputs.errors.length > 0) stop(inputs.errors.join('\n'));
  if (inputs.files.length === 0) stop(`请指定要导入的文件。${usage}`);

  const dir = contentDir();
  const { content, issues } = readContent(dir);
  if (issues.length > 0) {
    console.error(formatIssues(issues));
    stop('现有内容未通过检查，请先修正上述问题。');
  }
  let today = '';
  try {
    today = buildDate();
  } catch (e) {
    stop((e as Error).message);
  }
  return { dryRun: args.includes('--dry-run'), files: inputs.files, leftOut: inputs.leftOut, dir, content, today, stop };
}

/**
 * Runs an import command so that it never ends in a stack trace: a failure nobody foresaw is
 * printed in Chinese, with the error's own words for whoever maintains the code, and nothing is
 * written (every command writes only after all its checks, through temporary files).
 */
export async function runCommand(folder: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    console.error(
      `\n导入失败（import failed）：导入程序遇到意外错误，未写入任何文件，content/${folder}/ 保持原样。` +
        `请把以下信息转给网站维护人员（unexpected error）：\n${(e as Error).message || String(e)}`,
    );
    process.exit(1);
  }
}
