/**
 * `npm run import:merchants -- 名单.xlsx [更多文件或文件夹] [--dry-run]`: reads a bureau's
 * 参与企业名单 with the progress import's readers (xlsx, GBK or UTF-8 CSV; src/import/),
 * checks every row, and writes one list per (公布日期, 通知) into content/merchants/. All or
 * nothing: any problem in any file is printed with file, row, column and value, and nothing is
 * written. Re-importing a list published with the same notice on the same day replaces it.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkMerchants } from '../src/checks/merchantCheck.ts';
import { formatIssues } from '../src/checks/issue.ts';
import { startImport } from './lib/importCommand.ts';
import { formatImportError } from '../src/import/importError.ts';
import { formatImportNote } from '../src/import/importNote.ts';
import { readWorkbook } from '../src/import/files/readWorkbook.ts';
import { parseMerchants, type ParsedList } from '../src/import/merchantRows.ts';

const usage = '用法：npm run import:merchants -- 名单.xlsx（或 .csv、文件夹），加 --dry-run 只检查、不写入';

const { dryRun, files, dir, content, today, stop } = startImport('merchants', usage);
const guide = content.guide.map((g) => g.data);

let problems = 0;
const found = new Map<string, { list: ParsedList; path: string }>();
const clashes: string[] = [];
for (const path of files) {
  const name = basename(path);
  const read = await readWorkbook(path);
  const parsed = 'error' in read ? null : parseMerchants(read.workbook.sheets, { guide, today, source: name });
  const errors = 'error' in read ? [read.error] : parsed!.errors;
  if (errors.length > 0) {
    problems += errors.length;
    console.error(`\n✗ ${name}：发现 ${errors.length} 处问题`);
    for (const e of errors) console.error(`  ${formatImportError(e)}`);
    continue;
  }
  const lists = parsed!.lists;
  const count = lists.reduce((n, l) => n + l.list.merchants.length, 0);
  console.log(`\n✓ ${name}：${count} 家企业，${lists.map((l) => `${l.list.published}《${l.list.notice}》（${l.file}）`).join('、')}`);
  if (parsed!.ignoredColumns.length > 0) console.log(`  已忽略的列：${parsed!.ignoredColumns.join('、')}`);
  const notes = [...('workbook' in read ? read.workbook.notes : []), ...parsed!.notes.map(formatImportNote)];
  if (notes.length > 0) {
    console.log('  已规范化：');
    for (const n of notes) console.log(`    ${n}`);
  }
  for (const list of lists) {
    const first = found.get(list.file);
    if (first)
      clashes.push(
        `${name} 与 ${basename(first.path)} 都有 ${list.list.published}《${list.list.notice}》的名单：请只导入其中正确的一份（duplicate list in batch）`,
      );
    else found.set(list.file, { list, path });
  }
}
if (problems > 0) stop(`${files.length} 个文件中共 ${problems} 处问题，请按提示修改表格后重新导入（一个有错则都不写入）。`);
if (clashes.length > 0) stop(clashes.join('\n'));

// The lists, with those already in content/ that they do not replace, must pass the content check's rules.
const merchantsDir = join(dir, 'merchants');
const lists = [...found.values()].map((v) => v.list);
const replaced = new Set(lists.map((l) => resolve(merchantsDir, l.file)));
const merged = [...content.merchants.filter((m) => !replaced.has(resolve(m.file))), ...lists.map((l) => ({ file: join(merchantsDir, l.file), data: l.list }))];
const clashesWithContent = checkMerchants(merged, guide, today, false);
if (clashesWithContent.length > 0) {
  console.error(formatIssues(clashesWithContent));
  stop('导入的名单未通过内容检查，见上。');
}

if (dryRun) {
  console.log('\n试运行（--dry-run）：以上检查全部通过，未写入任何文件。去掉 --dry-run 即正式导入。');
  process.exit(0);
}

mkdirSync(merchantsDir, { recursive: true });
// Every file is written beside its target first and only then renamed, so a failure part-way
// leaves no list half-written and no batch half-imported.
const written = lists.map((l) => {
  const target = join(merchantsDir, l.file);
  writeFileSync(`${target}.tmp`, `${JSON.stringify(l.list, null, 2)}\n`);
  return { target, list: l.list, existed: existsSync(target) };
});
for (const w of written) {
  renameSync(`${w.target}.tmp`, w.target);
  console.log(`${w.existed ? '已替换' : '已写入'} ${w.target}：${w.list.published}《${w.list.notice}》，${w.list.merchants.length} 家企业`);
}
console.log('\n导入完成。运行 npm run build（或 npm run regenerate）更新网站。');
