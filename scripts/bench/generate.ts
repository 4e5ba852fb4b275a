/**
 * Scaled content for the benchmark: a copy of content/ with every action, measure and indicator
 * repeated `factor` times (synthetic copies get new numbers, slugs and titles marked 合成, and point
 * at each other), plus a progress report from every bureau for every quarter from 2024 Q4 to
 * 2026 Q3 covering all its indicators (scripts/bench/syntheticProgress.ts), so a build shows how
 * time and output grow with the amount of content. The 起草说明's declared counts are updated to
 * match, so the copy passes the content check. The reports are marked sample, so the build needs
 * SAMPLE_DATA=1 and every page carries the 示例数据 banner. Synthetic data only ever lives in a
 * temporary folder; it is never published.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { contentCounts } from '../../src/checks/crossCheck.ts';
import type { Indicator } from '../../src/schemas/indicator.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { parseMdxEntry } from '../../src/checks/mdxEntry.ts';
import type { DeclaredCounts, PlanSection } from '../../src/schemas/planSection.ts';
import { syntheticReports } from './syntheticProgress.ts';

/** The frontmatter fields of an action or measure that the generator rewrites; the rest is copied as is. */
interface SectionData {
  number: number;
  slug: string;
  title: string;
  figures?: { indicators: number[] }[];
  [field: string]: unknown;
}

interface Mdx {
  file: string;
  data: SectionData;
  body: string;
}

function readMdx(dir: string, sub: string): Mdx[] {
  return readdirSync(join(dir, sub))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const parts = parseMdxEntry(readFileSync(join(dir, sub, f), 'utf8'));
      return { file: f, data: parts.data as SectionData, body: parts.body };
    });
}

const writeMdx = (path: string, data: unknown, body: string) => writeFileSync(path, `---\n${stringifyYaml(data)}---\n${body}`);

/** Writes scaled content into a new temporary folder and returns its path. */
export function generateScaledContent(factor: number, source = 'content'): string {
  const dir = mkdtempSync(join(tmpdir(), `liangxin-bench-x${factor}-`));
  cpSync(source, dir, { recursive: true });
  if (factor <= 1) return dir;

  const actions = readMdx(dir, 'actions');
  const measures = readMdx(dir, 'measures');
  const indicatorFiles = readdirSync(join(dir, 'indicators'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const indicators = indicatorFiles.map((f) => JSON.parse(readFileSync(join(dir, 'indicators', f), 'utf8')) as Indicator);
  const nA = actions.length;
  const nM = measures.length;
  const nI = indicators.length;

  for (let k = 1; k < factor; k++) {
    const tag = `x${k}`;
    const slug = (s: string) => `${s}-${tag}`;
    for (const a of actions) {
      const data = {
        ...a.data,
        number: a.data.number + nA * k,
        slug: slug(a.data.slug),
        title: `${a.data.title}（合成${k}）`,
        figures: (a.data.figures ?? []).map((f) => ({ ...f, indicators: f.indicators.map((n) => n + nI * k) })),
      };
      writeMdx(join(dir, 'actions', `${String(data.number).padStart(4, '0')}-${data.slug}.mdx`), data, a.body);
    }
    for (const m of measures) {
      const data = { ...m.data, number: m.data.number + nM * k, slug: slug(m.data.slug), title: `${m.data.title}（合成${k}）` };
      writeMdx(join(dir, 'measures', `${String(data.number).padStart(4, '0')}-${data.slug}.mdx`), data, m.body);
    }
    for (const ind of indicators) {
      const data = {
        ...ind,
        number: ind.number + nI * k,
        slug: slug(ind.slug),
        name: `${ind.name}（合成${k}）`,
        action: ind.action === null ? null : slug(ind.action),
      };
      writeFileSync(join(dir, 'indicators', `${String(data.number).padStart(4, '0')}-${data.slug}.json`), JSON.stringify(data, null, 2));
    }
  }
  // The 计算口径 (readings.json) list no places: the copies' pages link them as the originals do.
  // A registered disagreement between a target cell and the text applies to each copy too: each repeats it.
  const discrepanciesFile = join(dir, 'discrepancies.json');
  const discrepancies = JSON.parse(readFileSync(discrepanciesFile, 'utf8')) as { indicators: number[]; cells?: { indicator: number }[] }[];
  for (const d of discrepancies) {
    d.indicators = Array.from({ length: factor }, (_, k) => d.indicators.map((n) => n + nI * k)).flat();
    if (d.cells) d.cells = Array.from({ length: factor }, (_, k) => d.cells!.map((c) => ({ ...c, indicator: c.indicator + nI * k }))).flat();
  }
  writeFileSync(discrepanciesFile, JSON.stringify(discrepancies, null, 2));

  // Progress reports as at the end of the modelled quarters, for every indicator, copies included.
  // They stand in for all reporting, so real reports in the source are dropped: kept, they would
  // report the same figures again and the scaled content would fail its own check.
  for (const f of readdirSync(join(dir, 'progress')).filter((f) => f.endsWith('.json'))) rmSync(join(dir, 'progress', f));
  const allIndicators = readdirSync(join(dir, 'indicators'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, 'indicators', f), 'utf8')) as Indicator);
  for (const { file, report } of syntheticReports(allIndicators)) {
    writeFileSync(join(dir, 'progress', file), JSON.stringify(report, null, 2));
  }

  // The 起草说明 declares the counts; make them those of the scaled content.
  const { content } = readContent(dir);
  const counts = contentCounts(content);
  const explanationFile = join(dir, 'plan', 'explanation.mdx');
  const explanation = parseMdxEntry(readFileSync(explanationFile, 'utf8'));
  const data = explanation.data as Pick<PlanSection, 'declares'>;
  const declares = data.declares;
  if (declares) for (const key of Object.keys(declares) as (keyof DeclaredCounts)[]) declares[key] = counts[key];
  writeMdx(explanationFile, data, explanation.body);

  const { issues } = readContent(dir);
  if (issues.length > 0) throw new Error(`合成内容未通过内容检查（generator bug）：\n${formatIssues(issues.slice(0, 10))}`);
  return dir;
}
