/**
 * `npm run import:progress -- 文件1.xlsx 文件2.csv 文件夹/ [--dry-run]`: checks every row of the
 * bureaus' progress spreadsheets together and merges their figures into content/progress/, one
 * report per (报告期, 填报单位). All or nothing: when any file has a problem it prints every problem
 * (file, sheet, row, column, value, what is expected) and writes nothing. A figure the files do not
 * mention is never touched; a changed figure is kept as a revision with its 更正说明; a figure is
 * removed only when a row says 删除 (src/import/merge.ts). `--dry-run` prints what would change.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkProgress } from '../src/checks/progressCheck.ts';
import { formatIssues } from '../src/checks/issue.ts';
import type { ProgressReport } from '../src/schemas/progress.ts';
import { importFile, type FileResult } from '../src/import/files/batch.ts';
import { formatImportError, type ImportError } from '../src/import/importError.ts';
import { joinFigures, mergeFigures, type FigureChange, type StoredReport } from '../src/import/merge.ts';
import { implausibleFigures } from '../src/import/plausibility.ts';
import { previewLines } from '../src/import/preview.ts';
import { runCommand, startImport } from './lib/importCommand.ts';

const usage = '用法：npm run import:progress -- 文件1.xlsx 文件2.csv …（或一个文件夹），加 --dry-run 只检查、不写入';

await runCommand('progress', async () => {
  const { dryRun, files, leftOut, dir, content, today, stop } = startImport('progress', usage);

  const indicators = content.indicators.map((i) => i.data);
  const departments = content.departments.map((d) => d.data);
  const deptName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;
  const ctx = { indicators, departments, actions: content.actions.map((a) => a.data), today };
  const results: FileResult[] = [];
  for (const path of files) results.push(await importFile(path, ctx));

  for (const l of leftOut) console.log(`\n– ${basename(l.path)}：未读取，${l.reason}`);
  // One summary per file, problems first: the person fixing them needs the file's name with them.
  let problems = 0;
  for (const r of results) {
    const name = basename(r.path);
    if (r.errors.length > 0) {
      problems += r.errors.length;
      console.error(`\n✗ ${name}：发现 ${r.errors.length} 处问题`);
      for (const e of r.errors) console.error(`  ${formatImportError(e)}`);
    } else {
      const periods = [...new Set(r.figures.map((f) => `${f.period.label}（${f.department.name}）`))];
      console.log(`\n✓ ${name}：${r.figures.length} 个数值，${periods.join('、')}`);
    }
    if (r.hiddenSheets.length > 0) console.log(`  未读取的隐藏工作表：${r.hiddenSheets.map((s) => `“${s}”`).join('、')}`);
    if (r.skipped.length > 0) {
      console.log(`  未导入的行（${r.skipped.length} 行）：`);
      for (const s of r.skipped) console.log(`    第 ${s.row} 行：${s.reason}`);
    }
    if (r.errors.length > 0) continue;
    if (r.ignoredColumns.length > 0) console.log(`  已忽略的列：${r.ignoredColumns.join('、')}`);
    if (r.notes.length > 0) {
      console.log('  已规范化：');
      for (const n of r.notes) console.log(`    ${n}`);
    }
  }
  if (problems > 0) stop(`${files.length} 个文件中共 ${problems} 处问题，请按提示修改表格后重新导入（全部文件一起导入，一个有错则都不写入）。`);

  const stopWith = (errors: readonly ImportError[], what: string) => {
    for (const e of errors) console.error(`  ${formatImportError(e)}`);
    stop(what);
  };
  const joined = joinFigures(results.map((r) => r.figures));
  if (joined.errors.length > 0) stopWith(joined.errors, '同一批文件中有互相矛盾的数值，见上。');

  const progressDir = join(dir, 'progress');
  const stored: StoredReport[] = content.progress.map((p) => ({ file: basename(p.file), report: p.data }));
  const units = new Map(indicators.map((i) => [i.number, i.unit]));
  const merged = mergeFigures(stored, joined.figures, units, today, deptName);
  if (merged.errors.length > 0) stopWith(merged.errors, '导入的数值与已发布的报告冲突，见上。');

  const changedFiles = new Set(merged.reports.map((r) => r.file));
  const after: StoredReport[] = [...stored.filter((s) => !changedFiles.has(s.file)), ...merged.reports];
  const implausible = implausibleFigures(
    joined.figures,
    after.flatMap((s) => s.report.rows),
    indicators,
  );
  if (implausible.length > 0) stopWith(implausible, '有数值不合常理，见上；确为更正时请填写“更正说明”列。');

  // The same check the build runs, as a last guard: the import must never write what the build refuses.
  const contentIssues = checkProgress(
    after.map((s) => ({ file: join(progressDir, s.file), data: s.report })),
    indicators,
    departments,
    today,
    false,
  );
  if (contentIssues.length > 0) {
    console.error(formatIssues(contentIssues));
    stop('导入后的报告未通过内容检查，见上。');
  }

  const count = (kind: FigureChange['kind']) => merged.changes.filter((c) => c.kind === kind).length;
  const touched = new Set(merged.changes.filter((c) => c.kind !== 'unchanged').map((c) => c.figure.indicator));
  const current: ProgressReport[] = stored.map((s) => s.report);
  const next: ProgressReport[] = after.map((s) => s.report);
  console.log(
    `\n${dryRun ? '若导入' : '本次导入'}：新增 ${count('added')} 个数值，更正 ${count('revised')} 个，删去 ${count('removed')} 个，恢复 ${count('restored')} 个，与已发布相同 ${count('unchanged')} 个；表格中没有的数值保持不变。`,
  );
  if (touched.size > 0) {
    console.log(`\n${dryRun ? '若导入，' : '导入后，'}各指标的进展（按今天 ${today} 计算）：`);
    for (const line of previewLines(indicators, current, next, touched, today)) console.log(`  ${line}`);
  }
  const revisions = merged.changes.filter((c) => c.revision);
  if (revisions.length > 0) {
    console.log(`\n${dryRun ? '将' : '已'}记入数据修订记录（网站指标页“数据修订记录”公开修订日期、前后数值和更正说明）：`);
    for (const { kind, figure: f, revision: v } of revisions) {
      const unit = v!.unit;
      const shown = (x: number | null) => (x === null ? '无' : `${x}${unit}`);
      const what = { revised: '更正', removed: '删去', restored: '恢复', added: '', unchanged: '' }[kind];
      const notes = v!.previousNote !== v!.note ? `；备注“${v!.previousNote}” → “${v!.note}”` : '';
      console.log(
        `  ${what} 指标${f.indicator} 截至${f.asOf}：${shown(v!.previous)} → ${shown(v!.value)}${notes}${v!.reason ? `（更正说明：${v!.reason}）` : ''}`,
      );
    }
  }

  if (dryRun) {
    console.log('\n试运行（--dry-run）：以上检查全部通过，未写入任何文件。去掉 --dry-run 即正式导入。');
    return;
  }
  if (merged.reports.length === 0) {
    console.log('\n没有需要写入的改动：表格中的数值与已发布的完全相同。');
    return;
  }
  mkdirSync(progressDir, { recursive: true });
  // Every file is written beside its target first and only then renamed, so a failure part-way
  // leaves no report half-written.
  for (const { file, report } of merged.reports) writeFileSync(join(progressDir, `${file}.tmp`), `${JSON.stringify(report, null, 2)}\n`);
  for (const { file, report } of merged.reports) {
    const target = join(progressDir, file);
    renameSync(`${target}.tmp`, target);
    console.log(`${stored.some((s) => s.file === file) ? '已更新' : '已写入'} ${target}：${report.period}，${report.rows.length} 个数值`);
  }
  console.log('\n导入完成。运行 npm run build（或 npm run regenerate）更新网站。');
});
