/**
 * Browser tests declare what they need in one line each, at the top of the file or of a describe:
 *
 *   const browser = useBrowser();            // one Chromium for the whole file
 *   const site = useSite(testBuilds[1]);     // a local server for that build, for this describe
 *
 * Each registers its own beforeAll/afterAll, so the browser starts before the first test that
 * runs and closes after the last, and a server lives as long as the describe it is declared in
 * (describe.each(testBuilds) gets one per build). Vitest's test.extend fixtures cannot do the
 * second: a file-scoped fixture cannot be overridden per describe, and test-scoped ones are not
 * available in the beforeAll hooks where these files open their browser contexts.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumArgs, findChromium } from '../../scripts/lib/chromium.ts';
import { serve, type Served } from '../../scripts/lib/serve.ts';
import { requireBuild } from './site.ts';
import { widgets } from '../../src/site/widgets.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('未找到 Chromium：请通过 npm test 运行浏览器测试（它会安装或提示安装）。');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

export async function serveBuild(build: { dir: string; base: string }): Promise<Served> {
  requireBuild(build);
  return serve(build.dir, build.base);
}

/** The browser as tests use it: contexts and pages. */
export type FileBrowser = Pick<Browser, 'newContext' | 'newPage'>;

/**
 * One Chromium for the test file (or for the describe it is called in), launched before its first
 * test and closed after its last.
 */
export function useBrowser(): FileBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = () => {
    if (!browser) throw new Error('浏览器尚未启动：请在测试或钩子（beforeAll 等）中使用 useBrowser() 的结果。');
    return browser;
  };
  return {
    newContext: (options) => launched().newContext(options),
    newPage: (options) => launched().newPage(options),
  };
}

/** The served site: its address, origin plus base, ending in a slash (http://127.0.0.1:40123/zt/liangxin/). */
export interface SiteAddress {
  readonly url: string;
}

/**
 * Serves a build (a test build, or any built folder and its base) for the enclosing describe, or
 * for the file when called at the top level. The folder must be built by the time the describe's
 * first test runs: a beforeAll declared before this call may build it.
 */
export function useSite(build: { dir: string; base: string }): SiteAddress {
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serveBuild(build);
  });
  afterAll(async () => {
    if (!served) return;
    const closed = served.close();
    // The file's browser outlives the describe and may keep connections open (keep-alive, a
    // request still pending in a reused page): close() alone waited on them past the hook's
    // two-minute limit on a loaded machine. The describe's tests are over; end them now.
    served.server.closeAllConnections();
    await closed;
  });
  return {
    get url() {
      if (!served) throw new Error('网站尚未启动：请在测试或钩子（beforeAll 等）中使用 useSite() 的结果。');
      return served.url;
    },
  };
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

/**
 * Waits until the page has fetched the code of every widget it fetches by itself (src/site/widgets.ts):
 * a `present` widget at once, a `visible` one when it is within the first two screens (the shared
 * script loads it a screen ahead). An `asked` widget waits for the reader, and one that needs a
 * capability the browser may lack is not waited for. Quicker than Playwright's `networkidle`, which
 * always waits half a second more.
 */
export async function widgetsReady(page: Page): Promise<void> {
  const expected = widgets.filter((w) => w.when !== 'asked' && !w.needs).map(({ tag, when }) => ({ tag, when }));
  await page.waitForFunction(
    (list) =>
      list.every(({ tag, when }) => {
        const near = [...document.getElementsByTagName(tag)].filter((el) => {
          if (when === 'present') return true;
          const r = el.getBoundingClientRect();
          return el.checkVisibility() && r.top < 2 * innerHeight;
        });
        return near.length === 0 || customElements.get(tag) !== undefined;
      }),
    expected,
  );
}
