/**
 * `npm run check:architecture`: the layer rules of docs/architecture.md, checked by
 * dependency-cruiser (.dependency-cruiser.mjs; how, in scripts/lib/architecture.ts). Prints each
 * broken rule with the import that breaks it and exits 1; the environment rule is ESLint's
 * (eslint.config.js), run by `npm run lint`.
 */
import { checkArchitecture } from './lib/architecture.ts';

const started = Date.now();
const { violations, files } = await checkArchitecture(process.cwd());
for (const v of violations) {
  console.error(`✗ ${v.rule}：${v.from} → ${v.to}${v.via.length > 0 ? `（经 ${v.via.join(' → ')}）` : ''}\n  ${v.comment}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (violations.length > 0) {
  console.error(`\n层次检查未通过：${violations.length} 处导入违反 docs/architecture.md 的层次规则（architecture rules, .dependency-cruiser.mjs）。`);
  process.exitCode = 1;
} else {
  console.log(`层次检查通过：${files.length} 个文件的导入都符合 docs/architecture.md 的层次规则（${seconds} 秒）。`);
}
