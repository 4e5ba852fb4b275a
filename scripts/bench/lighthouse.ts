/**
 * Lighthouse (mobile, the default form factor) for a few pages of a built site, with Debian's
 * Chromium through chrome-launcher: nothing is downloaded. Scores are 0–100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';

export interface LighthouseScores {
  path: string;
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  /** Audits that did not pass in any category, for following up. */
  failing: string[];
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function benchLighthouse(dir: string, base: string, paths: string[]): Promise<LighthouseScores[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('未找到 Chromium（/usr/bin/chromium）');
  const site = await serve(dir, base);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs.map((a) => (a === '--headless' ? '--headless=new' : a)) });
  const out: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse 没有结果：${path}`);
      const score = (c: string) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100));
      const failing = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs
          .filter((r) => r.weight > 0)
          .map((r) => lhr.audits[r.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${c.id}: ${a.id} (${a.score})`),
      );
      out.push({ path: `/${path}`, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo'), failing });
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return out;
}
