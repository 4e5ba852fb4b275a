/**
 * `npm run version:freeze -- 送审稿 [--slug review-draft]`: keeps the plan's content as it stands
 * as a version (content/versions/<slug>/), before staff edit the current files into the next text.
 * See scripts/lib/freezeVersion.ts and the README's staff section.
 */
import { parseArgs } from 'node:util';
import { buildDate } from '../src/config/buildDate.ts';
import { contentDir } from '../src/config/env.ts';
import { freezeVersion, versionPath } from './lib/freezeVersion.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { slug: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('用法（usage）：npm run version:freeze -- 送审稿 [--slug review-draft]');
  process.exit(2);
}
const dir = contentDir();
try {
  const v = freezeVersion({ contentDir: dir, name: positionals[0]!, ...(values.slug ? { slug: values.slug } : {}), date: buildDate() });
  console.log(`已冻结“${v.name}”（第 ${v.sequence} 个版本，${Object.keys(v.files).length} 个文件）：${versionPath(dir, v)}/`);
  console.log('下一步：在 content/ 中把现行文件改为新的文本，并在 content/site.json 的 document 中更新状态、文号、成文日期、发布日期。');
} catch (e) {
  // A refusal (FreezeRefused) or anything else — a bad BUILD_DATE, a folder that cannot be written —
  // is a message for staff, never a stack trace.
  console.error(`未冻结（not frozen）：${(e as Error).message}`);
  process.exit(1);
}
