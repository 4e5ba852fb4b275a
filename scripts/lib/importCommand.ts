/**
 * What every import command (import:progress, import:merchants) does before it reads a file: its
 * arguments and the files they name, the current content (which must pass its check) and today's
 * date. Any problem stops the command with a message that says nothing was written.
 */
import { buildDate } from '../../src/config/buildDate.ts';
import { contentDir } from '../../src/config/env.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { readContent, type ReadResult } from '../../src/checks/readContent.ts';
import { listInputs } from '../../src/import/files/batch.ts';

export interface ImportStart {
  /** --dry-run: check and report, write nothing. */
  dryRun: boolean;
  /** The spreadsheets named, folders expanded. */
  files: string[];
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
  return { dryRun: args.includes('--dry-run'), files: inputs.files, dir, content, today, stop };
}
