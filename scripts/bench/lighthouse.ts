/**
 * Lighthouse (mobile, the default form factor) for a few pages of a built site, with Debian's
 * Chromium through chrome-launcher: no browser is downloaded. Scores are 0–100.
 *
 * Lighthouse (136 packages) is not in package.json: nothing but the benchmark uses it, so neither
 * a server that regenerates the site nor `npm test` should install it. The benchmark installs the
 * pinned versions below on first use, without saving them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumArgs, findChromium } from '../lib/chromium.ts';
import { serve } from '../lib/serve.ts';

/** Versions the benchmark's figures were measured with; change them together with docs/performance.md. */
export const lighthousePackages = ['lighthouse@12.2.3', 'chrome-launcher@1.2.1'];

/** The part of Lighthouse's result this file reads (its own types are absent from a normal install). */
interface Lhr {
  categories: Record<string, { id: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null }>;
}
interface Loaded {
  lighthouse: (url: string, flags: object) => Promise<{ lhr: Lhr } | undefined>;
  launch: (opts: object) => Promise<{ port: number; kill: () => unknown }>;
}

async function loadLighthouse(): Promise<Loaded> {
  const load = async (): Promise<Loaded> => {
    const names = ['lighthouse', 'chrome-launcher'];
    // Imported by the file its package.json names, read afresh: after the install below, Node
    // would go on failing to resolve the bare names in this process (it caches what it did not
    // find), and bare names keep TypeScript and the bundler from looking for these packages.
    const entry = (name: string) => {
      const dir = join(process.cwd(), 'node_modules', name);
      const { main } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { main?: string };
      return pathToFileURL(join(dir, main ?? 'index.js')).href;
    };
    const [lh, cl] = (await Promise.all(names.map((n) => import(entry(n))))) as [{ default: Loaded['lighthouse'] }, { launch: Loaded['launch'] }];
    return { lighthouse: lh.default, launch: cl.launch };
  };
  try {
    return await load();
  } catch {
    console.log(`安装 ${lighthousePackages.join(' ')}（只供基准测试使用，不写入 package.json）…`);
    // In a checkout whose node_modules links to another's (a git worktree), npm would replace the
    // link with a fresh folder of its own: install where the link points instead.
    const modules = join(process.cwd(), 'node_modules');
    const cwd = existsSync(modules) && lstatSync(modules).isSymbolicLink() ? dirname(realpathSync(modules)) : process.cwd();
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', ...lighthousePackages], { stdio: 'inherit', cwd });
    if (r.status !== 0) throw new Error(`无法安装 Lighthouse（npm install 退出码 ${r.status}）；可用 --skip-lighthouse 跳过这一步`);
    return load();
  }
}

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
  const { lighthouse, launch } = await loadLighthouse();
  const site = await serve(dir, base);
  const chrome = await launch({ chromePath, chromeFlags: chromiumArgs.map((a) => (a === '--headless' ? '--headless=new' : a)) });
  const out: LighthouseScores[] = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(`${site.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse 没有结果：${path}`);
      const score = (c: string) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
      const failing = Object.values(lhr.categories).flatMap((c) =>
        c.auditRefs
          .filter((r) => r.weight > 0)
          .map((r) => lhr.audits[r.id]!)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => `${c.id}: ${a.id} (${a.score})`),
      );
      out.push({
        path: `/${path}`,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        failing,
      });
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  return out;
}
