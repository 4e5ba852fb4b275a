/**
 * Keyboard use of every page of both builds: a skip link first in the Tab order that moves focus
 * to the main content; every interactive control reached by Tab, with a visible focus indicator
 * in view; and every button, disclosure, select and text field operable from the keyboard.
 *
 * Pages run a few at a time, so each gets a browser context of its own (its own localStorage)
 * and navigations a control starts are answered with 204 rather than followed: nothing one page
 * does can change another, and no page load races the next key press.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { launchBrowser, serveBuild } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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
 * The focused element and whether its focus can be seen: :focus-visible, an outline of at least
 * 2 px or a box shadow, and on screen after the browser scrolled it into view. Read after each
 * key press, so it sees the element while it still has focus.
 */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      id: el.dataset.kb ?? null,
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      focusVisible: el.matches(':focus-visible'),
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow !== 'none' && s.boxShadow !== ''),
      inView: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    };
  });
}

/**
 * Presses a key on a control and reports whether anything happened: a DOM change, an input or
 * change event, or a navigation the page asked for. Navigations are answered with HTTP 204 by
 * the route in the test (the browser then stays on the page, as the HTML standard says), so no
 * control can take the page away mid-test and nothing races a page load. Effects can be
 * asynchronous (a lazily loaded widget), so the answer is awaited briefly; a control that works
 * answers at once, only a dead one waits the full time.
 */
async function pressAndObserve(page: Page, id: string, key: string, navigations: string[]): Promise<boolean> {
  await page.evaluate(() => {
    const w = window as unknown as { __mutations: number; __observer?: MutationObserver };
    w.__mutations = 0;
    w.__observer?.disconnect();
    w.__observer = new MutationObserver((records) => (w.__mutations += records.length));
    w.__observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('change', () => (w.__mutations += 1), { once: true, capture: true });
    document.addEventListener('input', () => (w.__mutations += 1), { once: true, capture: true });
  });
  await page.locator(`[data-kb="${id}"]`).focus();
  const before = navigations.length;
  await page.keyboard.press(key);
  const deadline = Date.now() + 2_000;
  for (;;) {
    if (navigations.length > before) return true;
    if (await page.evaluate(() => (window as unknown as { __mutations: number }).__mutations > 0)) return true;
    if (Date.now() > deadline) return false;
    await page.waitForTimeout(50);
  }
}

describe.each(testBuilds)('keyboard on every page of the $name build', (build) => {
  let site: Served;
  beforeAll(async () => {
    site = await serveBuild(build);
  });
  afterAll(async () => {
    await site?.close();
  });

  it.concurrent.for(pagesToCheck(build))('/%s', async (path, { expect }) => {
    // One context per page: pages tested side by side must not share localStorage, or one page
    // switching 关怀版 on would restyle the others mid-walk (the site follows the mode across tabs).
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // A control that cannot be found fails in seconds, not after Playwright's 30 s default.
    page.setDefaultTimeout(10_000);
    const url = `${site.url}${path}`;
    const navigations: string[] = [];
    try {
      // Widgets load their code with import() after the load event; wait until the page has
      // fetched all it fetches by itself, or a slow machine would mark a page half set up.
      await page.goto(url, { waitUntil: 'networkidle' });
      const controls = await markControls(page);

      // Tab through the whole page once (and a little more, to see it wrap or leave the page).
      const log: Focused[] = [];
      for (let i = 0; i < controls.length + 2; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
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
      // (In a page of its own: going back to the page from url#main could resolve before the new
      // document has loaded, and the next steps would mark controls in the old one.)
      const skip = await context.newPage();
      await skip.goto(url);
      await skip.keyboard.press('Tab');
      await skip.keyboard.press('Enter');
      await expect.poll(() => skip.evaluate(() => document.activeElement?.id)).toBe('main');

      // Buttons and disclosures respond to Enter and Space; selects and fields to the keyboard.
      const operable = controls.filter((c) => /^(button|summary|select|input|textarea)|role=(button|link|checkbox|switch|tab|menuitem|option)/.test(c.tag) && c.choices !== 1 && !c.readOnly);
      const dead: string[] = [];
      const operate = await context.newPage();
      await operate.goto(url);
      // From here on a navigation the page asks for (a search form submitting, say) counts as the
      // control working and is answered with 204, so the page stays put for the next control.
      await operate.route('**/*', (route, request) => {
        if (request.isNavigationRequest() && request.frame() === operate.mainFrame()) {
          navigations.push(request.url());
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
          if (!(await pressAndObserve(operate, c.id, key, navigations))) dead.push(`${c.tag} “${c.label}” (${key})`);
        }
      }
      expect(dead, `controls on /${path} that do nothing from the keyboard`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
