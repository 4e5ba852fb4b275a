/**
 * Display modes every page is checked in. Contract with the elder-mode switch: elder mode is on
 * when <html data-mode="elder">, remembered in localStorage "liangxin-mode" = "elder", with the
 * 关怀版 styles linked as <link id="elder-css"> (only in 关怀版: components/ElderModeInit.astro).
 * The mode is stored before the page loads (as a returning reader would have it) and, if no script
 * applied it, set on the page afterwards with elderOn, so the checks see the elder styles.
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

/**
 * Puts a loaded page in 关怀版 as the switch does (src/client/elderModeToggle.ts): the attribute on
 * <html>, and the 关怀版 styles linked after the head script that names them (`data-css`) and
 * loaded before this resolves. Setting the attribute alone would leave the page without them.
 */
export const elderOn = (page: Page): Promise<void> =>
  page.evaluate(async () => {
    document.documentElement.dataset.mode = 'elder';
    let sheet = document.getElementById('elder-css') as HTMLLinkElement | null;
    const script = document.querySelector<HTMLScriptElement>('script[data-css]');
    if (!sheet && script) {
      sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', id: 'elder-css', href: script.dataset.css });
      script.after(sheet);
    }
    if (!sheet) return;
    sheet.disabled = false;
    if (!sheet.sheet) await new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
  });

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
    apply: elderOn,
  },
];
