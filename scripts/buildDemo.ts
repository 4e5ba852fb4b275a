/**
 * `npm run build:demo`: a demonstration site with the example progress data of examples/progress/
 * and the example notices of examples/notices/ (every kind, one attachment, a topic paused and resumed)
 * and the example 参与企业名单 of examples/merchants/ (invented shops such as 示例家电商行) and the
 * example 办理指引 of examples/guide/ (one topic's steps, each marked 示例数据).
 * Builds from a temporary copy of content/ whose progress reports, notices and merchant lists are replaced by the examples
 * (real figures are never shown as examples), with SAMPLE_DATA=1 so the checks
 * accept them, into dist-demo/ (or OUT_DIR). Every page then carries the 示例数据 banner. The real
 * text is frozen as the 送审稿 and the current text becomes an invented 印发稿 (examples/versions/).
 * The official build never reads examples/ and refuses data marked as sample.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run.ts';
import { freezeVersion } from './lib/freezeVersion.ts';
import { applyVersionEdits, readVersionEdits } from './lib/versionEdits.ts';
import { applyHowToOverlay } from './lib/howToOverlay.ts';
import { buildDate } from '../src/config/buildDate.ts';
import { outDir } from '../src/config/env.ts';
// Content files may start with a byte order mark, as the content check allows.
import { stripBom } from '../src/checks/jsonSyntax.ts';

const dir = mkdtempSync(join(tmpdir(), 'liangxin-demo-'));
try {
  cpSync('content', dir, { recursive: true });
  // The demo shows the site as of its build date: later 更新记录 entries are not yet published then.
  const changelog = join(dir, 'changelog.json');
  const entries = JSON.parse(stripBom(readFileSync(changelog, 'utf8'))) as { date: string }[];
  writeFileSync(
    changelog,
    `${JSON.stringify(
      entries.filter((e) => e.date <= buildDate()),
      null,
      2,
    )}\n`,
  );
  // Versions, first, while the copy holds only real content (freezing checks it, and example data
  // is refused outside a demo build): the real text frozen as 送审稿, then the current text turned into an invented 印发稿
  // (examples/versions/issued.json, every change marked 示例数据) so the comparison has something to show.
  freezeVersion({ contentDir: dir, name: '送审稿', date: buildDate() });
  const issued = readVersionEdits('examples/versions/issued.json');
  applyVersionEdits(dir, issued);
  console.log(`演示站：正式内容冻结为“送审稿”，现行文本按 examples/versions/issued.json 改为示例“印发稿”（${issued.edits.length} 处改动）`);
  // Only the examples: a real figure on a site where every page says 示例数据 would be mislabelled,
  // and an example could clash with a real figure of the same date.
  for (const f of readdirSync(join(dir, 'progress')).filter((f) => f.endsWith('.json'))) rmSync(join(dir, 'progress', f));
  const examples = readdirSync('examples/progress').filter((f) => f.endsWith('.json'));
  for (const f of examples) cpSync(join('examples/progress', f), join(dir, 'progress', f));
  // Notices likewise: a real status beside an example one would make both unreadable.
  rmSync(join(dir, 'notices'), { recursive: true, force: true });
  cpSync('examples/notices', join(dir, 'notices'), { recursive: true });
  const notices = readdirSync('examples/notices').filter((f) => f.endsWith('.mdx'));
  // The same for merchant lists: only the invented ones, each marked "sample": true.
  mkdirSync(join(dir, 'merchants'), { recursive: true });
  for (const f of readdirSync(join(dir, 'merchants')).filter((f) => f.endsWith('.json'))) rmSync(join(dir, 'merchants', f));
  const lists = readdirSync('examples/merchants').filter((f) => f.endsWith('.json'));
  for (const f of lists) cpSync(join('examples/merchants', f), join(dir, 'merchants', f));
  // 办理指引: invented steps for one topic (examples/guide/howto.json, "sample": true, 示例数据 in every line).
  const howToTopics = applyHowToOverlay(dir, 'examples/guide/howto.json');
  console.log(`演示站：示例办理指引（examples/guide/howto.json）加入 ${howToTopics.join('、')}`);
  console.log(
    `演示站：正式内容（不含正式进展报告、通知公告和企业名单）+ ${examples.length} 份示例进展报告（examples/progress/）+ ${notices.length} 条示例公告（examples/notices/）+ ${lists.length} 份示例企业名单（examples/merchants/）`,
  );
  const code = await run('node', ['scripts/build.ts'], { CONTENT_DIR: dir, SAMPLE_DATA: '1', OUT_DIR: outDir(process.env, 'dist-demo') });
  process.exitCode = code;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
