/**
 * Tabs of one browser context, reused address after address. A fresh context costs Chromium about
 * 0.8 s of CPU and a fresh tab about 0.25 s, against about 0.3 s for loading one of these pages in
 * a tab that is already open (measured on the two-core machine): tests that only read the page they
 * load take a tab here and give it back, and the next address gets a fresh document in it.
 *
 * Only for tests that leave nothing behind but the document: no storage, cookies, routes or
 * listeners (those need a context of their own). A tab is given back only by a test that got to
 * its end; a failed test's tab is never given back (it stays open, unused, until the context
 * closes), so a half-done page never serves the next test.
 */
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll } from 'vitest';
import type { FileBrowser } from './browser.ts';

export interface PagePool {
  /** A tab free for the next address (open tabs first). */
  take(): Promise<Page>;
  /** Gives a tab back once its test is over. */
  release(page: Page): void;
}

/**
 * A pool for the file or describe it is called in; its context closes after the last test there.
 * `init`: a script run in every document of the context before the page's own (a stand-in for a
 * browser feature, a stored setting), so every address a tab loads starts the same way.
 */
export function usePagePool(browser: FileBrowser, options: BrowserContextOptions = {}, init?: string | (() => void)): PagePool {
  let context: Promise<BrowserContext> | undefined;
  const idle: Page[] = [];
  afterAll(async () => {
    await (await context)?.close();
  });
  return {
    async take() {
      const page = idle.pop();
      if (page) return page;
      context ??= browser.newContext(options).then(async (c) => {
        if (init) await c.addInitScript(init);
        return c;
      });
      return (await context).newPage();
    },
    release(page) {
      idle.push(page);
    },
  };
}
