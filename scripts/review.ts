/**
 * `npm run review`: the staff review — everything staff must decide or fill in before and after the
 * site goes live, grouped by area, each with the file and field to change (src/review/). Exits 0;
 * `npm run review -- --strict` (for CI) exits 1 while anything required is open, which is exactly
 * what a publication build (PUBLISH=1, `npm run regenerate`) refuses to start without.
 *
 * Environment: CONTENT_DIR, BUILD_DATE, SITE_URL — as for the build.
 */
import { buildDate } from '../src/config/buildDate.ts';
import { contentDir } from '../src/config/env.ts';
import { readContent } from '../src/checks/readContent.ts';
import { collectReview, publishingBlockers } from '../src/review/collectReview.ts';
import { formatReview } from '../src/review/formatReview.ts';
import { reviewOptions } from '../src/review/reviewOptions.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--strict');
if (unknown.length > 0) {
  console.error(`不认识的参数 ${unknown.join(' ')}（unknown argument）：只接受 --strict，如 npm run review -- --strict`);
  process.exit(2);
}
const strict = args.includes('--strict');

let today: string;
try {
  today = buildDate();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
const dir = contentDir();
const { content, issues } = readContent(dir);
const items = collectReview(content, reviewOptions(dir, today));
if (issues.length > 0) {
  console.log(`注意：内容检查发现 ${issues.length} 处问题（运行 npm run check:content 查看）；下面的清单只含通过检查的内容。\n`);
}
console.log(formatReview(items));

if (strict) {
  const blockers = publishingBlockers(items);
  if (blockers.length > 0 || issues.length > 0) {
    const check = issues.length > 0 ? `，内容检查有 ${issues.length} 处问题` : '';
    console.error(`\n--strict：尚有 ${blockers.length} 项发布前必须完成的事项${check}（review --strict failed）。`);
    process.exit(1);
  }
  console.log('\n--strict：没有发布前必须完成的事项。');
}
