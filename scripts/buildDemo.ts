/**
 * `npm run build:demo`: a demonstration site with the example progress data of examples/progress/
 * and the example notices of examples/notices/ (every kind, one attachment, a topic paused and resumed)
 * and the example 参与企业名单 of examples/merchants/ (invented shops such as 示例家电商行) and the
 * residents' guide values of examples/guide/overlay.json (a district contact for every topic, a few
 * channels, one topic's steps) and the anti-fraud lines of examples/anti-fraud.json, each with an
 * invented check and marked 示例数据;
 * and the invented identity and contacts of examples/site.json (footer and 无障碍声明, each value
 * marked 示例数据).
 * Builds from a temporary copy of content/ made by scripts/lib/demoContent.ts (real reports, notices,
 * lists and versions never reach it), with SAMPLE_DATA=1 so the checks accept the examples, into
 * dist-demo/ (or OUT_DIR). Every page then carries the 示例数据 banner. The real text is frozen as
 * the 送审稿 and the current text becomes an invented 印发稿 (examples/versions/).
 * The official build never reads examples/ and refuses data marked as sample.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './lib/run.ts';
import { prepareDemoContent } from './lib/demoContent.ts';
import { buildDate } from '../src/config/buildDate.ts';
import { outDir } from '../src/config/env.ts';

const dir = mkdtempSync(join(tmpdir(), 'liangxin-demo-'));
try {
  cpSync('content', dir, { recursive: true });
  for (const line of prepareDemoContent(dir, buildDate())) console.log(line);
  process.exitCode = await run('node', ['scripts/build.ts'], { CONTENT_DIR: dir, SAMPLE_DATA: '1', OUT_DIR: outDir(process.env, 'dist-demo') });
} catch (e) {
  // Refusals (a bad BUILD_DATE, content the freeze's check refuses, an example that no longer fits
  // the text) are messages for whoever runs the command, not crashes.
  console.error(`\n演示站未构建（demo build failed）：${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
