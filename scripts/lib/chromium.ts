/**
 * Browser tests use Debian's Chromium (Playwright cannot download its own browsers here).
 * Finds it, or installs it with apt-get when running as root, or says exactly what to run.
 */
import { existsSync } from 'node:fs';
import { run } from './run.ts';
import { chromiumPath } from '../../src/config/env.ts';

const candidates = [chromiumPath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const packages = ['chromium', 'fonts-noto-cjk'];

export function findChromium(): string | null {
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless Chromium that makes no network requests of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Tests drive several pages at once; without these, Chromium throttles the pages that are not
  // in front (timers, animation frames, scrolling a focused element into view) and tests flake.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

export async function ensureChromium(): Promise<string> {
  const found = findChromium();
  if (found && existsSync(cjkFont)) return found;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`浏览器测试需要 Chromium 和中文字体。请以 root 运行：\n  ${command}\n然后重新运行 npm test。`);
  }
  console.log(`安装浏览器测试所需的软件包：${packages.join(' ')}`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if ((await run('apt-get', ['update', '-qq'], env)) !== 0 || (await run('apt-get', ['install', '-y', '-qq', ...packages], env)) !== 0) {
    throw new Error(`安装失败。请手动运行：\n  ${command}`);
  }
  const installed = findChromium();
  if (!installed) throw new Error('安装后仍未找到 /usr/bin/chromium。');
  return installed;
}
