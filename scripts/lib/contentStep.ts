/**
 * Step 1 of `npm run build` (scripts/build.ts), run in a process of its own: the content check,
 * and what the later steps need from the content, written as JSON to the file named by its one
 * argument. A process of its own because what reading the content takes stays: at ×100 it took the
 * build process from 66 to about 185 MiB, still 182 MiB after a full garbage collection, held
 * beside Astro and then beside Pagefind for the whole build (docs/performance.md).
 *
 * Exit code 0 with `{ ok: true, … }`, or 1 with `{ ok: false, reason }` after printing the details.
 * With a second argument, a local preview's staff review is written there for /review/ (REVIEW_DATA).
 */
import { writeFileSync } from 'node:fs';
import { contentDir, publishBuild } from '../../src/config/env.ts';
import { readContent } from '../../src/checks/readContent.ts';
import { formatIssues } from '../../src/checks/issue.ts';
import { shallowHistoryMessage } from '../../src/data/contentDates.ts';
import { planCounts } from '../../src/model/counts.ts';
import { collectReview } from '../../src/review/collectReview.ts';
import type { ReviewData } from '../../src/review/reviewItem.ts';
import { reviewOptions } from '../../src/review/reviewOptions.ts';
import { buildDate } from '../../src/config/buildDate.ts';
import type { RefCounts } from '../../src/search/hints.ts';
import type { Synonym } from '../../src/search/synonyms.ts';
import { publishingRefusal } from './publishingGate.ts';

/** What scripts/build.ts learns from the content step. */
export type ContentStepResult =
  | {
      ok: true;
      /** site.url of site.json ('' while staff have not filled it in). */
      siteUrl: string;
      /** For the search hints (src/search/hints.ts). */
      counts: RefCounts;
      /** content/search-synonyms.json, checked. */
      synonyms: Synonym[];
    }
  | { ok: false; reason: string };

function contentStep(): ContentStepResult {
  // Every page's 更新时间 comes from the content's git history: a shallow clone has none to give.
  const shallow = shallowHistoryMessage(contentDir());
  if (shallow) return { ok: false, reason: shallow };
  const { issues, content } = readContent(contentDir());
  if (issues.length > 0) {
    console.error(formatIssues(issues));
    return { ok: false, reason: `内容有 ${issues.length} 处问题，见上。` };
  }
  console.log('内容检查通过。');
  // Checked before Astro starts: a published site must never print localhost as its address, nor go
  // out without the district's identity and contacts (the staff review's required items).
  if (publishBuild()) {
    const refusal = publishingRefusal(content, contentDir());
    if (refusal) return { ok: false, reason: refusal };
  }
  // The staff review for /review/ (local previews only), collected from the content read here so the
  // Astro build need not read it all again.
  if (!publishBuild() && reviewOut) {
    const review: ReviewData = { items: collectReview(content, reviewOptions(contentDir(), buildDate())), contentIssues: 0 };
    writeFileSync(reviewOut, JSON.stringify(review));
  }
  const { actions, measures } = planCounts(content);
  return { ok: true, siteUrl: content.site?.url ?? '', counts: { actions, measures }, synonyms: content.synonyms.map((e) => e.data) };
}

const [out, reviewOut] = process.argv.slice(2);
if (!out) throw new Error('usage: node scripts/lib/contentStep.ts <result.json> [review.json]');
const result = contentStep();
writeFileSync(out, JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
