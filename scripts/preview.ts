/** `npm run preview`: serves dist/ under SITE_BASE on http://127.0.0.1:4321 (PORT to change). */
import { existsSync } from 'node:fs';
import { serve } from './lib/serve.ts';
import { outDir, previewPort, siteBase } from '../src/config/env.ts';

const dir = outDir();
if (!existsSync(dir)) {
  console.error(`${dir}/ 不存在：请先运行 npm run build。`);
  process.exit(1);
}
const s = await serve(dir, siteBase(), previewPort());
console.log(`网站已在 ${s.url} 运行（Ctrl+C 停止）`);
