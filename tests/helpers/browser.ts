/** One Chromium and one local server per test file, serving a build under its base path. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * `page.goto` for tests that judge what they load: fails on a response other than 200, so a
 * missing page (the server's 404 page, which also has a heading and passes axe) never counts as
 * a page that passed.
 */
export async function gotoOk(page: Page, url: string, options?: Parameters<Page['goto']>[1]): Promise<void> {
  const response = await page.goto(url, options);
  expect(response?.status(), `${url} 的响应状态（HTTP status）`).toBe(200);
}
