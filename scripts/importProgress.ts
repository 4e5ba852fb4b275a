/**
 * `npm run import:progress -- <file.csv|file.xlsx>`: checks every row of a bureau's progress
 * spreadsheet and writes one report per (报告期, 填报单位) into content/progress/. When any row is
 * wrong it prints every problem (row, column, value, what is expected) and writes nothing.
 * Re-importing a bureau's period replaces that report's figures and keeps each changed or dropped
 * one as a revision (src/lib/progressRevision.ts); other periods are never touched.
 */
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildDate } from '../src/lib/buildDate.ts';
import { contentDir } from '../src/lib/contentDir.ts';
import { checkProgress } from '../src/lib/progressCheck.ts';
import { reviseReport } from '../src/lib/progressRevision.ts';
import { formatIssues, readContent } from './lib/readContent.ts';
import { formatImportError, parseReports, readTable } from './lib/progressImport.ts';

function stop(message: string): never {
  console.error(`\n导入失败（import failed）：${message}\n未写入任何文件，content/progress/ 保持原样。`);
  process.exit(1);
}

const path = process.argv[2];
if (!path) stop('请指定要导入的文件，例如：npm run import:progress -- 商务局2025年第四季度.xlsx');

const dir = contentDir();
const { content, issues } = readContent(dir);
if (issues.length > 0) {
  console.error(formatIssues(issues));
  stop('现有内容未通过检查，请先修正上述问题。');
}

let today: string;
try {
  today = buildDate();
} catch (e) {
  stop((e as Error).message);
}

console.log(`读取 ${path}`);
const table = await readTable(path);
if ('error' in table) stop(formatImportError(table.error));

const { reports, errors } = parseReports(table.rows, {
  indicators: content.indicators.map((i) => i.data),
  departments: content.departments.map((d) => d.data),
  today,
  source: basename(path),
});
if (errors.length > 0) {
  console.error(`发现 ${errors.length} 处问题：\n`);
  for (const e of errors) console.error(`  ${formatImportError(e)}`);
  stop('请按提示修改表格后重新导入。');
}

// The new reports must also agree with the reports already there (no figure reported twice).
const progressDir = join(dir, 'progress');
// A report already stored for the period is replaced, its changed figures kept as revisions.
const stored = new Map(content.progress.map((p) => [resolve(p.file), p.data]));
const revised = reports.map((r) => {
  const previous = stored.get(resolve(progressDir, r.file));
  return { file: r.file, report: reviseReport(previous, r.report), before: previous?.revisions?.length ?? 0 };
});
const replaced = new Set(reports.map((r) => resolve(progressDir, r.file)));
const merged = [
  ...content.progress.filter((p) => !replaced.has(resolve(p.file))),
  ...revised.map((r) => ({ file: `${progressDir}/${r.file}`, data: r.report })),
];
const clashes = checkProgress(merged, content.indicators.map((i) => i.data), content.departments.map((d) => d.data), today, false);
if (clashes.length > 0) {
  console.error(formatIssues(clashes));
  stop('导入的数据与已有报告冲突，见上。');
}

mkdirSync(progressDir, { recursive: true });
for (const { file, report, before } of revised) {
  const target = join(progressDir, file);
  const existed = existsSync(target);
  // Write beside it and rename, so a crash never leaves a half-written report.
  writeFileSync(`${target}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${target}.tmp`, target);
  console.log(`${existed ? '已替换' : '已写入'} ${target}：${report.period}，${report.rows.length} 行`);
  for (const v of (report.revisions ?? []).slice(before)) {
    console.log(`  已修订 指标${v.indicator} 截至${v.asOf}：${v.previous} → ${v.value ?? '（已删去）'}`);
  }
}
console.log('\n导入完成。运行 npm run build（或 npm run regenerate）更新网站。');
