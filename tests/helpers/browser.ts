/** One Chromium and one local server per test file, serving a build under its base path. */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import type { TestBuild } from './builds.ts';
import { requireBuild } from './site.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('未找到 Chromium：请通过 npm test 运行浏览器测试（它会安装或提示安装）。');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export async function serveBuild(build: TestBuild): Promise<Served> {
  requireBuild(build);
  return serve(build.dir, build.base);
}
