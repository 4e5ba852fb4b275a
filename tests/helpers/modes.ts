/**
 * Display modes every page is checked in. Contract with the elder-mode switch: elder mode is on
 * when <html data-mode="elder">, remembered in localStorage "liangxin-mode" = "elder". The mode is
 * stored before the page loads (as a returning reader would have it) and, if no script applied
 * it, set on <html> afterwards, so the checks see the elder styles as soon as they exist.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface DisplayMode {
  name: 'normal' | 'elder';
  /** Prepares a context before any page in it loads. */
  prepare: (context: BrowserContext) => Promise<void>;
  /** Applies the mode to a loaded page if its own script did not. */
  apply: (page: Page) => Promise<void>;
}

export const modeStorageKey = 'liangxin-mode';

export const displayModes: DisplayMode[] = [
  { name: 'normal', prepare: async () => {}, apply: async () => {} },
  {
    name: 'elder',
    prepare: async (context) => {
      await context.addInitScript((key) => {
        try {
          localStorage.setItem(key, 'elder');
        } catch {
          // Storage can be unavailable (e.g. on error pages); the attribute is set after load.
        }
      }, modeStorageKey);
    },
    apply: (page) =>
      page.evaluate(() => {
        if (document.documentElement.dataset.mode !== 'elder') document.documentElement.dataset.mode = 'elder';
      }),
  },
];
