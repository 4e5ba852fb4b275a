/**
 * A district target of 附件2 against the figure the plan's text gives for it. The text names most
 * targets twice, once in a sentence and once in the table, so a typo in either shows as a
 * disagreement. The document does disagree with itself in a few cells (10台 in the table, 10台套 in
 * the text); those are registered in content/discrepancies.json (`cells`), and only those pass:
 * a cell that disagrees and is not registered is taken for a typo, and a registered one that no
 * longer disagrees (corrected in a later text) is stale. Without this, a typo such as 300个 for
 * 3000个 was built and shown beside the text's 3000个 as if the document disagreed with itself.
 *
 * Which figure belongs to which indicator is content, not guesswork: the `figures` of each action
 * and of 一、总体要求 (text plus indicator numbers). The year is the one the text names before the
 * figure in its paragraph. Only the current text is checked: frozen versions (content/versions/)
 * cannot be edited, and the register describes the text the site shows as current. Pure.
 */
import { chineseNumeral } from '../model/format.ts';
import { parseTargetCell, targetColumns, type TargetCell, type TargetKey } from '../model/targets.ts';
import { assignQuantities, quantitiesIn, type TextQuantity } from '../model/textFigures.ts';
import type { Discrepancy, DiscrepantCell } from '../schemas/discrepancy.ts';
import { describeField, fieldLabels } from '../schemas/fieldLabels.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { PlanSection } from '../schemas/planSection.ts';
import type { Action } from '../schemas/task.ts';
import type { Located } from './crossCheck.ts';
import type { ContentIssue } from './issue.ts';

/** The text and the table: what the figures and the disagreements are read from. */
export interface FigureContent {
  indicators: Located<Indicator>[];
  actions: Located<Action>[];
  plan: Located<PlanSection>[];
}

export interface TargetTextContent extends FigureContent {
  discrepancies: Located<Discrepancy>[];
  /** The register's file as messages name it (content/discrepancies.json, relative to the project). */
  registerFile: string;
}

/** One number of a figure of the text, tied to one indicator. */
export interface TextFigure extends TextQuantity {
  indicator: number;
  /** The figure's words as its file lists them. */
  text: string;
  /** The file and field that list the figure. */
  file: string;
  field: (string | number)[];
  /** Where in the plan, e.g. 方案正文 二、（七）医疗卫生设施改善行动. */
  where: string;
}

/** A district cell that disagrees with the text's figure for it. */
export interface Disagreement {
  indicator: number;
  cell: DiscrepantCell['cell'];
  /** The cell as the table writes it ("/" or "" when the table sets no target for that year). */
  tableValue: string;
  /** The text's figure, number and unit. */
  textValue: string;
  /** The indicator's file. */
  file: string;
  figure: TextFigure;
}

const show = (v: unknown) => JSON.stringify(v);
const districtColumns = targetColumns.filter((c): c is Extract<(typeof targetColumns)[number], { level: 'district' }> => c.level === 'district');
const targetYears = districtColumns.map((c) => c.year);

/** The units the content uses, so the text's 10台套 is read whole and not as 10台. */
function unitsOf(indicators: readonly Located<Indicator>[]): string[] {
  return indicators.flatMap((e) => [
    e.data.unit,
    ...targetColumns.map((c) => parseTargetCell(e.data.targets[c.key])).flatMap((cell) => (cell?.kind === 'value' ? [cell.unit] : [])),
  ]);
}

/** The numbered lead-in (<strong>（二）工作目标。</strong>) a section's figure stands under, e.g. （二）工作目标. */
function leadInBefore(body: string, index: number): string {
  const leadIns = [...body.slice(0, index).matchAll(/<strong>(（[一二三四五六七八九十]+）[^<。]*)。?<\/strong>/gu)];
  return leadIns.at(-1)?.[1] ?? '';
}

/** Every figure of the text, number by number, with the problems that stop a figure being read. */
export function textFigures(content: FigureContent): { figures: TextFigure[]; issues: ContentIssue[] } {
  const units = unitsOf(content.indicators);
  const figures: TextFigure[] = [];
  const issues: ContentIssue[] = [];
  const sources = [
    ...content.plan
      .filter((p) => p.data.kind !== 'explanation')
      .map((p) => ({
        file: p.file,
        body: p.body ?? '',
        figures: p.data.figures,
        where: (i: number) => `方案正文 ${p.data.title}${leadInBefore(p.body ?? '', i)}`,
      })),
    ...content.actions.map((a) => ({
      file: a.file,
      body: a.body ?? '',
      figures: a.data.figures,
      where: () => `方案正文 二、（${chineseNumeral(a.data.number)}）${a.data.title}`,
    })),
  ];
  for (const source of sources) {
    source.figures.forEach((f, i) => {
      const at = source.body.indexOf(f.text);
      // A figure not in its text is the cross-check's to report (crossCheck.ts).
      if (at < 0) return;
      const paragraph = source.body.slice(source.body.lastIndexOf('\n', at) + 1, at);
      const quantities = quantitiesIn(f.text, units, targetYears, paragraph);
      if (quantities.length === 0) {
        issues.push({ file: source.file, field: ['figures', i, 'text'], expected: '应含这一目标的数值和单位（figure gives no number）', found: show(f.text) });
        return;
      }
      const assigned = assignQuantities(quantities, f.indicators);
      if (!assigned) {
        issues.push({
          file: source.file,
          field: ['figures', i, 'indicators'],
          expected: `原文有 ${quantities.length} 个数值（${quantities.map((q) => q.raw).join('、')}）：只列一个指标时各数值都属于它；列多个指标时应与数值一一对应，按原文顺序排列（如“分别超过84.5%、64%”对应 [2, 3]）（figure numbers and indicators do not pair up）`,
          found: show(f.indicators),
        });
        return;
      }
      for (const { indicator, quantity } of assigned) {
        figures.push({ ...quantity, indicator, text: f.text, file: source.file, field: ['figures', i, 'text'], where: source.where(at) });
      }
    });
  }
  return { figures, issues };
}

/** Same number and unit, or both without a value of the same kind; qualifiers (超、以上) do not count. */
function sameCell(a: TargetCell | null, b: TargetCell | null): boolean {
  if (!a || !b) return false;
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value && a.unit === b.unit;
  return a.kind === b.kind;
}

/**
 * Every district cell that disagrees with the text: a value that no figure of its year (or of no
 * named year) gives, or no value where the text gives one for that very year. The figure reported
 * is the first of the cell's year, else the first without a year.
 */
export function targetTextDisagreements(content: FigureContent, figures = textFigures(content).figures): Disagreement[] {
  const out: Disagreement[] = [];
  for (const e of content.indicators) {
    for (const col of districtColumns) {
      const candidates = figures.filter((f) => f.indicator === e.data.number && (f.year === col.year || f.year === null));
      const dated = candidates.filter((f) => f.year === col.year);
      const raw = e.data.targets[col.key];
      const cell = parseTargetCell(raw);
      if (!cell || candidates.length === 0) continue;
      let figure: TextFigure | undefined;
      if (cell.kind === 'value') {
        if (candidates.some((f) => f.value === cell.value && f.unit === cell.unit)) continue;
        figure = dated[0] ?? candidates[0];
      } else {
        figure = dated[0];
      }
      if (figure) out.push({ indicator: e.data.number, cell: col.key, tableValue: cell.raw, textValue: figure.raw, file: e.file, figure });
    }
  }
  return out;
}

function registers(entry: DiscrepantCell, d: Disagreement): boolean {
  return (
    entry.indicator === d.indicator &&
    entry.cell === d.cell &&
    sameCell(parseTargetCell(entry.tableValue), parseTargetCell(d.tableValue)) &&
    sameCell(parseTargetCell(entry.textValue), parseTargetCell(d.textValue))
  );
}

const cellLabel = (key: TargetKey) => fieldLabels[key] ?? key;
const yearOf = (key: TargetKey) => districtColumns.find((c) => c.key === key)?.year;

function unregisteredIssue(d: Disagreement, registerFile: string): ContentIssue {
  const cell = parseTargetCell(d.tableValue);
  const qualified = (v: string) =>
    cell?.kind === 'value' && cell.qualifier === '超' ? `超${v}` : cell?.kind === 'value' && cell.qualifier === '以上' ? `${v}以上` : v;
  const said = d.figure.year === null ? '的目标为' : `中${d.figure.year}年的目标为`;
  const fix = cell?.kind === 'value' ? `如是笔误，请改为 "${qualified(d.textValue)}"` : `如是漏填，请填写 "${d.textValue}"`;
  const entry = { indicator: d.indicator, cell: d.cell, tableValue: d.tableValue, textValue: d.textValue };
  return {
    file: d.file,
    field: ['targets', d.cell],
    expected:
      `应与方案正文一致（target differs from the plan's text）：${d.figure.where}${said} ${d.textValue}（原文“${d.figure.text}”，见 ${d.figure.file} 的 ${describeField(d.figure.field)}）。` +
      `${fix}；如方案文件本身确实前后不一致，请在 ${registerFile} 所涉条目的 cells 中登记 ${JSON.stringify(entry)}`,
    found: show(d.tableValue),
  };
}

function staleIssue(file: string, field: (string | number)[], entry: DiscrepantCell, content: FigureContent, figures: readonly TextFigure[]): ContentIssue {
  const ind = content.indicators.find((e) => e.data.number === entry.indicator);
  const year = yearOf(entry.cell);
  const now = ind
    ? (() => {
        const said = figures.filter((f) => f.indicator === entry.indicator && (f.year === year || f.year === null)).map((f) => f.raw);
        const text = said.length > 0 ? `正文为 ${said.join('、')}` : '正文未写这一年的数值';
        return `附件2表中指标${entry.indicator}的${cellLabel(entry.cell)}现为 ${show(ind.data.targets[entry.cell])}，${text}`;
      })()
    : `没有序号为 ${entry.indicator} 的指标`;
  return {
    file,
    field,
    expected: `登记的表文不一致已不存在（registered disagreement no longer found）：${now}。如已在新的文本中改正，请删除这一项；如登记有误，请照录表中和正文中的写法`,
    found: show(entry),
  };
}

/** The check: every disagreement registered, every registered one still there. */
export function targetTextCheck(content: TargetTextContent): ContentIssue[] {
  const { figures, issues } = textFigures(content);
  const found = targetTextDisagreements(content, figures);
  const listed = content.discrepancies.flatMap((e, i) => e.data.cells.map((cell, j) => ({ e, i, j, cell })));
  for (const d of found) {
    if (!listed.some((l) => registers(l.cell, d))) issues.push(unregisteredIssue(d, content.registerFile));
  }
  const seen = new Set<string>();
  for (const { e, i, j, cell } of listed) {
    const field = [i, 'cells', j];
    const key = `${cell.indicator}|${cell.cell}`;
    if (seen.has(key)) {
      issues.push({
        file: e.file,
        field,
        expected: `指标${cell.indicator}的${cellLabel(cell.cell)}已在前面登记过，同一单元格只登记一次（duplicate）`,
        found: show(cell),
      });
      continue;
    }
    seen.add(key);
    if (!found.some((d) => registers(cell, d))) issues.push(staleIssue(e.file, field, cell, content, figures));
    if (!e.data.indicators.includes(cell.indicator)) {
      issues.push({
        file: e.file,
        field: [i, 'indicators'],
        expected: `应列出指标 ${cell.indicator}（本条 cells 登记了它的目标值），指标页才会链接到这一条（cell's indicator not listed）`,
        found: show(e.data.indicators),
      });
    }
  }
  return issues;
}
