/**
 * Checks on progress reports that need the other content: the indicator exists, the unit is the
 * indicator's, the date lies between 2024-01-01 and today, the value makes sense for the measure,
 * the bureau exists, no figure is reported twice, no example data slips into a real build, and each
 * revision names a figure of the report and is dated no later than today.
 * Pure; shared by the content check, the Astro build and the import command.
 */
import type { Department } from '../schemas/department.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { ProgressReport, ProgressRow, Revision } from '../schemas/progress.ts';
import type { Located } from './crossCheck.ts';
import { departmentRefProblem } from './departmentRefs.ts';
import type { ContentIssue } from './issue.ts';
import { PLAN_START } from '../progress/assess.ts';

type IndicatorFields = Pick<Indicator, 'number' | 'name' | 'unit' | 'measure'>;

/** Problems with one figure, as [field, expected] pairs; shared with the import command. */
export function rowProblems(
  row: Pick<ProgressRow, 'indicator' | 'asOf' | 'value' | 'unit'>,
  indicators: Map<number, IndicatorFields>,
  today: string,
): { field: keyof ProgressRow; expected: string }[] {
  const out: { field: keyof ProgressRow; expected: string }[] = [];
  const ind = indicators.get(row.indicator);
  if (!ind) {
    out.push({ field: 'indicator', expected: `应为 1–${indicators.size} 之间的指标序号（附件2中没有该指标）` });
  } else {
    if (row.unit !== ind.unit) out.push({ field: 'unit', expected: `单位应与指标${ind.number}“${ind.name}”一致，为 "${ind.unit}"` });
    if ((ind.measure === 'annual' || ind.measure === 'cumulative') && row.value < 0) {
      out.push({ field: 'value', expected: `指标${ind.number}是数量，不能为负数` });
    }
    if ((ind.measure === 'annual' || ind.measure === 'cumulative') && !Number.isInteger(row.value) && ind.unit !== '%') {
      // Counts of things (个, 台, 辆) are whole; fractions usually mean a typo or a 万 left in.
      out.push({ field: 'value', expected: `指标${ind.number}以“${ind.unit}”计数，应为整数` });
    }
    if (ind.measure === 'rate' && (row.value < 0 || row.value > 100)) {
      out.push({ field: 'value', expected: `指标${ind.number}是比率，应在 0–100（%）之间` });
    }
  }
  if (row.asOf < PLAN_START || row.asOf > today) {
    out.push({ field: 'asOf', expected: `截至日期应在 ${PLAN_START} 至 ${today}（今天）之间` });
  }
  return out;
}

export function checkProgress(
  reports: Located<ProgressReport>[],
  indicators: IndicatorFields[],
  departments: Pick<Department, 'id'>[],
  today: string,
  allowSample: boolean,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byNumber = new Map(indicators.map((i) => [i.number, i]));
  const seenFigure = new Map<string, string>();
  const seenReport = new Map<string, string>();
  for (const { file, data } of reports) {
    if (data.sample && !allowSample) {
      issues.push({
        file,
        field: ['sample'],
        expected: '正式内容中不能有示例数据：示例数据应放在 examples/progress/，用 npm run build:demo 构建演示站',
        found: 'true',
      });
    }
    const departmentProblem = departmentRefProblem(data.department, departments);
    if (departmentProblem) issues.push({ file, field: ['department'], expected: departmentProblem, found: JSON.stringify(data.department) });
    const reportKey = `${data.period}|${data.department}`;
    const firstReport = seenReport.get(reportKey);
    if (firstReport)
      issues.push({ file, field: ['period'], expected: `同一单位同一报告期只能有一份报告（${firstReport} 已有）`, found: JSON.stringify(data.period) });
    else seenReport.set(reportKey, file);
    data.rows.forEach((row, i) => {
      for (const p of rowProblems(row, byNumber, today)) {
        issues.push({ file, field: ['rows', i, p.field], expected: p.expected, found: JSON.stringify(row[p.field]) });
      }
      const key = `${row.indicator}|${row.asOf}`;
      const first = seenFigure.get(key);
      if (first) {
        issues.push({
          file,
          field: ['rows', i, 'asOf'],
          expected: `指标${row.indicator}在该截至日期已有数值（${first}），同一日期只能报一个数`,
          found: JSON.stringify(row.asOf),
        });
      } else {
        seenFigure.set(key, file);
      }
    });
    issues.push(...revisionProblems(file, data.rows, data.revisions, today));
  }
  return issues;
}

/**
 * A revision must be about a figure the report still has, unless the figure was dropped: by this
 * revision (value null) or a later one. A revision after today cannot have happened yet.
 */
export function revisionProblems(file: string, rows: readonly ProgressRow[], revisions: readonly Revision[], today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const figures = new Set(rows.map((r) => `${r.indicator}|${r.asOf}`));
  revisions.forEach((v, i) => {
    const key = `${v.indicator}|${v.asOf}`;
    const droppedLater = revisions.slice(i).some((w) => w.value === null && `${w.indicator}|${w.asOf}` === key);
    if (!figures.has(key) && !droppedLater) {
      issues.push({
        file,
        field: ['revisions', i, 'indicator'],
        expected: `修订记录应针对本报告中的数值：rows 中没有指标${v.indicator}截至${v.asOf}的数值，只有修订后数值为 null（该数值已删去）时才可以`,
        found: JSON.stringify(v.indicator),
      });
    }
    if (v.previous === null && v.value === null) {
      issues.push({
        file,
        field: ['revisions', i, 'value'],
        expected: '修订记录至少应有原数值或修订后数值之一（恢复时原数值为 null，删去时修订后数值为 null）',
        found: 'null',
      });
    }
    if (v.revised > today) {
      issues.push({ file, field: ['revisions', i, 'revised'], expected: `修订日期不能晚于今天（${today}）`, found: JSON.stringify(v.revised) });
    }
  });
  return issues;
}
