/**
 * Keyboard use of every page of both builds: a skip link first in the Tab order that moves focus
 * to the main content; every interactive control reached by Tab, with a visible focus indicator
 * in view; and every button, disclosure, select and text field operable from the keyboard.
 *
 * Pages run a few at a time, so each gets a browser context of its own (its own localStorage)
 * and navigations a control starts are answered with 204 rather than followed: nothing one page
 * does can change another, and no page load races the next key press. Each of the three checks
 * (Tab walk, skip link, operating controls) starts on a freshly loaded document in the context's
 * one tab: opening a tab costs Chromium far more than loading a page in it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

const browser = useBrowser();

/** What a reader can interact with, including custom widgets that must be focusable to count. */
const interactive = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable=""], [contenteditable="true"]',
  '[role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"]',
].join(', ');

/** Numbers every rendered interactive element (data-kb) and returns a description of each. */
function markControls(page: Page): Promise<{ id: string; tag: string; label: string; choices: number | null; readOnly: boolean }[]> {
  return page.evaluate((selector) => {
    const out: { id: string; tag: string; label: string; choices: number | null; readOnly: boolean }[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      if (!el.checkVisibility({ visibilityProperty: true })) return;
      el.dataset.kb = String(i);
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
      // A select with a single option (e.g. filters filled in once search results arrive) has nothing to change.
      const choices = el instanceof HTMLSelectElement ? el.options.length : null;
      // A read-only field (e.g. citation text to select and copy) is meant not to change.
      const readOnly = (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.readOnly;
      out.push({ id: String(i), tag: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`, label, choices, readOnly });
    });
    return out;
  }, interactive);
}

interface Focused {
  id: string | null;
  tag: string;
  href: string | null;
  focusVisible: boolean;
  indicator: boolean;
  inView: boolean;
}

/**
 * Records, at every keyup, the focused element and whether its focus can be seen: :focus-visible,
 * an outline of at least 2 px or a box shadow, and on screen. Keyup comes after the keydown's
 * default action has moved focus and scrolled the element into view, so each record sees the
 * element while it still has focus, exactly as a read after the key press would. Reading it in
 * the page saves a round trip to the browser per Tab (the whole walk is read back at once).
 * A null record means focus is on no element (it left the page).
 */
function recordFocus(page: Page): Promise<void> {
  return page.evaluate(() => {
    const log: (Focused | null)[] = [];
    (window as unknown as { __focusLog: typeof log }).__focusLog = log;
    addEventListener(
      'keyup',
      () => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) {
          log.push(null);
          return;
        }
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        log.push({
          id: el.dataset.kb ?? null,
          tag: el.tagName.toLowerCase(),
          href: el.getAttribute('href'),
          focusVisible: el.matches(':focus-visible'),
          indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== ''),
          inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
        });
      },
      { capture: true },
    );
  });
}

/**
 * Presses Tab `count` times, as Playwright's keyboard.press does (a keydown then a keyup through
 * the DevTools protocol), but sends them all at once: the browser handles input events strictly
 * in order, so the page sees the same presses one after another without a round trip each.
 */
async function pressTabs(context: BrowserContext, page: Page, count: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  try {
    await Promise.all(
      Array.from({ length: count }, () => [
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
      ]).flat(),
    );
  } finally {
    await cdp.detach();
  }
}

/**
 * Loads `url` as a new document even if the tab shows it already (perhaps as url#main, where a
 * plain goto would only scroll and resolve at once), and checks it is new: no control marked.
 */
async function loadAfresh(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await gotoOk(page, url);
  if (await page.evaluate(() => document.querySelector('[data-kb]') !== null)) throw new Error(`${url} was not loaded afresh`);
}

/**
 * Presses a key on a control and reports whether anything happened: a DOM change, an input or
 * change event, or a navigation the page asked for. Navigations are answered with HTTP 204 by
 * the route in the test (the browser then stays on the page, as the HTML standard says), so no
 * control can take the page away mid-test and nothing races a page load. Effects can be
 * asynchronous (a lazily loaded widget), so the answer is awaited briefly (in the page, which
 * answers the moment something changes); a control that works answers at once, only a dead one
 * waits the full time.
 */
async function pressAndObserve(page: Page, id: string, key: string, navigation: () => Promise<void>): Promise<boolean> {
  // Watch for changes and focus the control in one call.
  await page.evaluate((id) => {
    const w = window as unknown as { __mutations: number; __changed?: () => void; __observer?: MutationObserver };
    const changed = () => {
      w.__mutations += 1;
      w.__changed?.();
    };
    w.__mutations = 0;
    w.__changed = undefined;
    w.__observer?.disconnect();
    w.__observer = new MutationObserver(changed);
    w.__observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('change', changed, { once: true, capture: true });
    document.addEventListener('input', changed, { once: true, capture: true });
    const el = document.querySelector<HTMLElement>(`[data-kb="${id}"]`);
    if (!el) throw new Error(`data-kb=${id} is gone`);
    el.focus();
  }, id);
  const navigated = navigation().then(() => true);
  await page.keyboard.press(key);
  const changed = page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const w = window as unknown as { __mutations: number; __changed?: () => void };
        if (w.__mutations > 0) return resolve(true);
        w.__changed = () => resolve(true);
        setTimeout(() => resolve(false), ms);
      }),
    2_000,
  );
  // A navigation answered with 204 leaves the page's own wait running; its answer no longer matters.
  changed.catch(() => {});
  return Promise.race([navigated, changed]);
}

describe.each(testBuilds)('keyboard on every page of the $name build', (build) => {
  const site = useSite(build);

  it.concurrent.for(pagesToCheck(build))('/%s', async (path, { expect }) => {
    // One context per page: pages tested side by side must not share localStorage, or one page
    // switching 关怀版 on would restyle the others mid-walk (the site follows the mode across tabs).
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A control that cannot be found fails in seconds, not after Playwright's 30 s default.
    page.setDefaultTimeout(10_000);
    const url = `${site.url}${path}`;
    const navigations: string[] = [];
    let navigated: (() => void) | undefined;
    const nextNavigation = () => new Promise<void>((resolve) => (navigated = resolve));
    try {
      // Widgets load their code with import() after the load event; wait until the page has
      // fetched all it fetches by itself, or a slow machine would mark a page half set up.
      await gotoOk(page, url, { waitUntil: 'networkidle' });
      const controls = await markControls(page);

      // Tab through the whole page once (and a little more, to see it wrap or leave the page).
      // A widget whose code arrives mid-walk adds stops of its own (sort buttons, filters), so
      // keep pressing until focus leaves the page or comes back to where it started.
      await recordFocus(page);
      const readRecords = () => page.evaluate(() => (window as unknown as { __focusLog: (Focused | null)[] }).__focusLog);
      const walked = (r: (Focused | null)[]) => r.some((f, i) => !f || (i > 0 && f.id !== null && f.id === r[0]?.id));
      await pressTabs(context, page, controls.length + 2);
      let records = await readRecords();
      for (let more = 0; !walked(records) && more < controls.length + 20; more += 10) {
        await pressTabs(context, page, 10);
        records = await readRecords();
      }
      const log: Focused[] = [];
      for (const [i, f] of records.entries()) {
        if (!f) break;
        log.push(f);
        if (i > 0 && f.id !== null && f.id === log[0]!.id) break;
      }
      const cycle = log.findIndex((f, i) => i > 0 && f.id !== null && f.id === log[0]?.id);
      const walk = cycle === -1 ? log : log.slice(0, cycle);
      const reached = new Set(walk.map((f) => f.id));
      const unreached = controls.filter((c) => !reached.has(c.id)).map((c) => `${c.tag} “${c.label}”`);
      const unseen = walk.filter((f) => !f.focusVisible || !f.indicator || !f.inView).map((f) => `${f.tag} ${f.href ?? ''} data-kb=${f.id} focusVisible=${f.focusVisible} indicator=${f.indicator} inView=${f.inView}`);
      expect(unreached, `controls on /${path} that Tab never reaches`).toEqual([]);
      expect(unseen, `focused elements on /${path} without a visible focus indicator`).toEqual([]);

      // The skip link comes first and takes focus to the main content.
      const first = walk[0];
      expect(first?.tag).toBe('a');
      expect(first?.href).toMatch(/#main$/);
      // (On a document of its own: Tab from the top of a fresh load.)
      await loadAfresh(page, url);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Buttons and disclosures respond to Enter and Space; selects and fields to the keyboard.
      const operable = controls.filter((c) => /^(button|summary|select|input|textarea)|role=(button|link|checkbox|switch|tab|menuitem|option)/.test(c.tag) && c.choices !== 1 && !c.readOnly);
      const dead: string[] = [];
      // Again a fresh document: the skip link left the tab at url#main, with focus moved.
      const operate = page;
      await loadAfresh(operate, url);
      // From here on a navigation the page asks for (a search form submitting, say) counts as the
      // control working and is answered with 204, so the page stays put for the next control.
      await operate.route('**/*', (route, request) => {
        if (request.isNavigationRequest() && request.frame() === operate.mainFrame()) {
          navigations.push(request.url());
          navigated?.();
          return route.fulfill({ status: 204 });
        }
        return route.continue();
      });
      // The page loads the same each time, so the same controls must appear; widgets whose code
      // arrives after the load event may take a moment on a busy machine.
      const missing = async () => {
        const marked = new Set((await markControls(operate)).map((c) => c.id));
        return operable.filter((c) => !marked.has(c.id)).map((c) => `${c.tag} “${c.label}”`);
      };
      await expect.poll(missing, { timeout: 10_000, message: `controls on /${path} missing on a second load` }).toEqual([]);
      for (const c of operable) {
        const keys = c.tag.startsWith('select') ? ['ArrowDown'] : c.tag.startsWith('input') || c.tag.startsWith('textarea') ? ['a'] : ['Enter', 'Space'];
        for (const key of keys) {
          if (!(await pressAndObserve(operate, c.id, key, nextNavigation))) dead.push(`${c.tag} “${c.label}” (${key})`);
        }
      }
      expect(dead, `controls on /${path} that do nothing from the keyboard`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
