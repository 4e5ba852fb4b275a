/**
 * Progress data for pages: every reported figure joined to its indicator and bureau, and each
 * indicator's targets assessed as of the build date. Runs the same checks as the content check,
 * so `astro build` stops on the same mistakes.
 */
import { getCollection } from 'astro:content';
import { buildDate } from '../config/buildDate.ts';
import { formatIssues } from '../checks/issue.ts';
import { primaryAssessment, type Assessment, type Reading } from '../progress/assess.ts';
import { assessAcrossTexts } from '../progress/targetsInForce.ts';
import { rulesOf, type RuleId } from '../model/rules.ts';
import { checkProgress } from '../checks/progressCheck.ts';
import { allowSampleData } from '../config/env.ts';
import { figureRevisionList, indicatorRevisions, revisionEvents, type RevisionRecord } from '../progress/revisionViews.ts';
import type { Revision } from '../schemas/progress.ts';
import { loadContent, type DepartmentEntry, type IndicatorEntry } from './content.ts';
import { byIndicatorNumber } from './join.ts';
import { loadVersions, type VersionListing, type VersionPair } from './versions.ts';

/** One reported figure with where it came from. */
export interface Figure extends Reading {
  indicator: number;
  period: string;
  department: DepartmentEntry;
  note: string;
  sample: boolean;
  imported: string;
  /** 报送日期: the day the figure's current value was imported (the report's first import for older reports). */
  reported: string;
  /** 填报单位说明 of a figure that looks wrong but is right; empty for most. */
  explanation: string;
  /** Re-imports that changed this figure, latest first; empty when it was never revised. */
  revisions: Revision[];
}

export interface IndicatorProgress {
  indicator: IndicatorEntry;
  /** Every figure of the indicator, oldest first. */
  figures: Figure[];
  assessments: Assessment[];
  primary: Assessment | null;
  /** The text of the plan each assessment's target comes from (the one in force on its figure's 截至日期), in the order of `assessments`. */
  judgedAgainst: VersionListing[];
  /** Comparisons in which the indicator's district targets changed, oldest first; empty while they never did. */
  targetChanges: VersionPair[];
  /** The 计算口径 of judging each figure against the text in force ('text-in-force' once there are several texts). */
  judgedRules: RuleId[];
  /** Every revision of the indicator's figures (also of figures since dropped), newest first. */
  revisions: RevisionRecord<DepartmentEntry>[];
}

async function load() {
  const content = await loadContent();
  const { versions, pairs } = await loadVersions();
  const entries = await getCollection('progress');
  entries.sort((a, b) => a.id.localeCompare(b.id));
  const today = buildDate();
  const issues = checkProgress(
    entries.map((e) => ({ file: e.filePath ?? `content/progress/${e.id}.json`, data: e.data })),
    content.indicators.map((i) => i.data),
    content.departments.map((d) => d.data),
    today,
    allowSampleData(),
  );
  if (issues.length > 0) {
    throw new Error(`进展数据检查未通过（progress check failed）：\n${formatIssues(issues)}`);
  }
  const figures: Figure[] = entries
    .flatMap((e) =>
      e.data.rows.map((row) => ({
        indicator: row.indicator,
        asOf: row.asOf,
        value: row.value,
        note: row.note,
        period: e.data.period,
        department: content.dept(e.data.department),
        sample: e.data.sample,
        imported: e.data.imported,
        reported: row.reported ?? e.data.imported,
        explanation: row.explanation,
        revisions: figureRevisionList(e.data.revisions, row.indicator, row.asOf),
      })),
    )
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.indicator - b.indicator);

  const reports = entries.map((e) => ({ id: e.id, ...e.data, department: content.dept(e.data.department) }));
  const byIndicator: IndicatorProgress[] = content.indicators.map((indicator) => {
    const own = figures.filter((f) => f.indicator === indicator.data.number);
    // Judged against the target in force on each figure's 截至日期: with no frozen version, the current text's.
    const judged = assessAcrossTexts(indicator.data, versions, own, today);
    const assessments = judged.map((j) => j.assessment);
    const revisions = indicatorRevisions(reports, indicator.data.number);
    const targetChanges = pairs.filter((p) => p.comparison.targets.some((t) => t.slug === indicator.data.slug && t.level === 'district'));
    return {
      indicator,
      figures: own,
      assessments,
      primary: primaryAssessment(assessments, today),
      judgedAgainst: judged.map((j) => j.text),
      targetChanges,
      judgedRules: rulesOf(...judged),
      revisions,
    };
  });
  const latestAsOf = figures.reduce<string | null>((m, f) => (m === null || f.asOf > m ? f.asOf : m), null);

  return {
    today,
    reports,
    /** Re-imports that changed a report, one per report and revision date, newest first (the feed's items). */
    revisionEvents: revisionEvents(reports),
    figures,
    byIndicator,
    /** Latest 截至日期 of any figure; null when nothing has been reported. */
    latestAsOf,
    /** True when the build includes example data (the demo build only). */
    hasSample: figures.some((f) => f.sample),
    /** An indicator's progress, found by its number (its props may be a copy; see byIndicatorNumber). */
    of: byIndicatorNumber(byIndicator),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function loadProgress() {
  cached ??= load();
  return cached;
}

export type ProgressData = Awaited<ReturnType<typeof load>>;
