/**
 * `npm run import:progress -- 文件1.xlsx 文件2.csv 文件夹/ [--dry-run]`: checks every row of the
 * bureaus' progress spreadsheets together and writes one report per (报告期, 填报单位) into
 * content/progress/. All or nothing: when any file has a problem it prints every problem (file,
 * row, column, value, what is expected) and writes nothing. Re-importing a bureau's period
 * replaces that report's figures and keeps each changed or dropped one as a revision
 * (src/progress/revision.ts); other periods are never touched. `--dry-run` prints what would
 * change and writes nothing.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkProgress } from '../src/checks/progressCheck.ts';
import type { ProgressReport } from '../src/schemas/progress.ts';
import { reviseReport } from '../src/progress/revision.ts';
import { formatIssues } from '../src/checks/issue.ts';
import { importFile, joinResults } from '../src/import/files/batch.ts';
import { startImport } from './lib/importCommand.ts';
import { formatImportError } from '../src/import/importError.ts';
import { previewLines } from '../src/import/preview.ts';

const usage = '用法：npm run import:progress -- 文件1.xlsx 文件2.csv …（或一个文件夹），加 --dry-run 只检查、不写入';

const { dryRun, files, dir, content, today, stop } = startImport('progress', usage);

const indicators = content.indicators.map((i) => i.data);
const ctx = { indicators, departments: content.departments.map((d) => d.data), today };
const results = [];
for (const path of files) results.push(await importFile(path, ctx));

// One summary per file, problems first: the person fixing them needs the file's name with them.
let problems = 0;
for (const r of results) {
  const name = basename(r.path);
  if (r.errors.length > 0) {
    problems += r.errors.length;
    console.error(`\n✗ ${name}：发现 ${r.errors.length} 处问题`);
    for (const e of r.errors) console.error(`  ${formatImportError(e)}`);
    continue;
  }
  const rows = r.reports.reduce((n, p) => n + p.report.rows.length, 0);
  console.log(`\n✓ ${name}：${rows} 行，${r.reports.map((p) => `${p.report.period}（${p.file}）`).join('、')}`);
  if (r.ignoredColumns.length > 0) console.log(`  已忽略的列：${r.ignoredColumns.join('、')}`);
  if (r.notes.length > 0) {
    console.log('  已规范化：');
    for (const n of r.notes) console.log(`    ${n}`);
  }
}
if (problems > 0) stop(`${files.length} 个文件中共 ${problems} 处问题，请按提示修改表格后重新导入（全部文件一起导入，一个有错则都不写入）。`);

const { reports, clashes } = joinResults(results);
if (clashes.length > 0) stop(clashes.join('\n'));

// The new reports must also agree with the reports already there (no figure reported twice).
const progressDir = join(dir, 'progress');
// A report already stored for the period is replaced, its changed figures kept as revisions.
const stored = new Map(content.progress.map((p) => [resolve(p.file), p.data]));
const revised = reports.map((r) => {
  const previous = stored.get(resolve(progressDir, r.file));
  return { file: r.file, report: reviseReport(previous, r.report), before: previous?.revisions.length ?? 0 };
});
const replaced = new Set(reports.map((r) => resolve(progressDir, r.file)));
const merged = [
  ...content.progress.filter((p) => !replaced.has(resolve(p.file))),
  ...revised.map((r) => ({ file: `${progressDir}/${r.file}`, data: r.report })),
];
const clashesWithContent = checkProgress(merged, indicators, ctx.departments, today, false);
if (clashesWithContent.length > 0) {
  console.error(formatIssues(clashesWithContent));
  stop('导入的数据与已有报告冲突，见上。');
}

const touched = new Set(reports.flatMap((r) => r.report.rows.map((row) => row.indicator)));
const current: ProgressReport[] = content.progress.map((p) => p.data);
const next: ProgressReport[] = merged.map((p) => p.data);
console.log(`\n${dryRun ? '若导入，' : '导入后，'}各指标的进展（按今天 ${today} 计算）：`);
for (const line of previewLines(indicators, current, next, touched, today)) console.log(`  ${line}`);
const corrections = revised.flatMap(({ report, before }) => report.revisions.slice(before));
if (corrections.length > 0) {
  console.log(`\n${dryRun ? '将' : '已'}修订（旧值保留在报告的修订记录中，网站显示“数据修订记录”）：`);
  for (const v of corrections) console.log(`  ${dryRun ? '将修订' : '已修订'} 指标${v.indicator} 截至${v.asOf}：${v.previous} → ${v.value ?? '（已删去）'}`);
}

if (dryRun) {
  console.log('\n试运行（--dry-run）：以上检查全部通过，未写入任何文件。去掉 --dry-run 即正式导入。');
  process.exit(0);
}

mkdirSync(progressDir, { recursive: true });
for (const { file, report } of revised) {
  const target = join(progressDir, file);
  const existed = existsSync(target);
  // Write beside it and rename, so a crash never leaves a half-written report.
  writeFileSync(`${target}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
  console.log(`${existed ? '已替换' : '已写入'} ${target}：${report.period}，${report.rows.length} 行`);
}
console.log('\n导入完成。运行 npm run build（或 npm run regenerate）更新网站。');
