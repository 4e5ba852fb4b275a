/** `npm run check:links`: checks the links of an already built site (OUT_DIR, SITE_BASE). */
import { checkLinks, formatBrokenLinks } from './lib/checkLinks.ts';
import { outDir, siteBase } from '../src/config/env.ts';

const broken = checkLinks(outDir(), siteBase());
if (broken.length > 0) {
  console.error(formatBrokenLinks(broken));
  console.error(`\n${broken.length} 个站内链接无法打开。`);
  process.exit(1);
}
console.log('站内链接全部可用。');
