/**
 * Keyboard use of the pages of both builds (one of each kind and of each set of controls: see below): a skip link first in the Tab order that moves focus
 * to the main content; every interactive control reached by Tab, with a visible focus indicator
 * in view; and every button, disclosure, select and text field operable from the keyboard, judged
 * by the control's own effect (the table `controlEffects` below), not by any change on the page.
 *
 * Pages run a few at a time, so each gets a browser context of its own (its own localStorage)
 * and navigations a control starts are answered with 204 rather than followed: nothing one page
 * does can change another, and no page load races the next key press. Each page is loaded once
 * and all three checks (Tab walk, skip link, operating controls) run on that document.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { gotoOk, useBrowser, useSite, widgetsReady } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { onePerControlSet, onePerKind, pagesToCheck } from '../helpers/sitemap.ts';

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

/**
 * What each control the keyboard operates must do, and how the test sees it in the page. A
 * control that matches no row fails the test: a new kind of control needs a row saying what it does.
 *
 * `state` is read before and after the key; `updates` names the element that must be written to;
 * `navigates` is the path (below the base) the browser must ask for. The functions run in the
 * page, sent as their source, so they use nothing from this file.
 */
type Watch = { state: (el: HTMLElement) => unknown } | { updates: (el: HTMLElement) => Element | null } | { navigates: string };
const controlEffects: { control: string; selector: string; effect: string; watch: Watch }[] = [
  {
    control: '关怀版 switch',
    selector: 'elder-mode-toggle button',
    effect: 'its aria-pressed and <html data-mode> change',
    watch: { state: (el) => [el.getAttribute('aria-pressed'), document.documentElement.getAttribute('data-mode')] },
  },
  {
    control: 'disclosure',
    selector: 'details > summary',
    effect: 'its <details> opens or closes, and the panel shows or hides with it',
    watch: {
      state: (el) => {
        const details = el.parentElement as HTMLDetailsElement;
        const panel = [...details.children].filter((c) => c !== el);
        return [details.open, panel.map((c) => c.checkVisibility())];
      },
    },
  },
  {
    control: 'sort button of a filtered table (/indicators/)',
    selector: 'table-filter th[data-sort] > button',
    effect: "the columns' aria-sort and the order of the rows change",
    watch: {
      state: (el) => {
        const table = el.closest('table')!;
        return [[...table.querySelectorAll('th[data-sort]')].map((th) => th.getAttribute('aria-sort')), [...table.tBodies[0]!.rows].map((r) => r.id)];
      },
    },
  },
  {
    control: 'filter or sort select of a filtered table (/indicators/, /progress/)',
    selector: 'table-filter form select',
    effect: 'which rows, cards and groups show, their order or the count change',
    watch: {
      state: (el) => {
        const host = el.closest('table-filter')!;
        const items = [...host.querySelectorAll<HTMLElement>('tbody tr, .indicator-cards > li, [data-group]')];
        return [
          items.map((i) => `${i.hidden ? '-' : '+'}${i.dataset.number ?? (i.id || i.getAttribute('aria-labelledby'))}`),
          host.querySelector('[data-count]')?.textContent,
        ];
      },
    },
  },
  {
    control: 'header search button',
    selector: 'site-search-box button[type="submit"]',
    effect: 'the browser asks for the search page',
    watch: { navigates: 'search/' },
  },
  {
    control: 'search page button or filter',
    selector: 'search-page button[type="submit"], search-page select',
    effect: "the search's status line is written",
    watch: { updates: (el) => el.closest('search-page')!.querySelector('[role="status"]') },
  },
  {
    control: 'copy-citation button',
    selector: 'citation-copy button[data-copy]',
    effect: 'its status line is written (copied, or the text selected to copy)',
    watch: { updates: (el) => el.closest('citation-copy')!.querySelector('[data-status]') },
  },
  {
    control: '朗读 button',
    selector: 'read-aloud button',
    effect: "the reader's status, or its buttons' pressed or disabled state, change",
    watch: {
      state: (el) => {
        const host = el.closest('read-aloud')!;
        const buttons = [...host.querySelectorAll('button')].map((b) => [b.disabled, b.getAttribute('aria-pressed')]);
        return [buttons, host.querySelector('[role="status"]')?.textContent];
      },
    },
  },
  {
    control: 'merchant filter box (/guide/merchants/)',
    selector: 'merchant-filter input',
    effect: 'the businesses shown and the count in its status line change',
    watch: {
      state: (el) => {
        const host = el.closest('merchant-filter')!;
        return [[...host.querySelectorAll<HTMLElement>('li')].map((li) => li.hidden), host.querySelector('[role="status"]')?.textContent];
      },
    },
  },
  {
    control: 'checkbox (/search/: 包括已被替代的方案版本)',
    selector: 'input[type="checkbox"]',
    effect: 'it is checked or unchecked',
    watch: { state: (el) => (el as HTMLInputElement).checked },
  },
  {
    control: 'text field',
    selector: 'input, textarea',
    effect: 'its value changes',
    watch: { state: (el) => (el as HTMLInputElement | HTMLTextAreaElement).value },
  },
];

interface Control {
  id: string;
  tag: string;
  label: string;
  choices: number | null;
  readOnly: boolean;
  /** Index of the first row of controlEffects it matches, or -1. */
  effect: number;
}

/** Numbers every rendered interactive element (data-kb) and returns a description of each. */
function markControls(page: Page): Promise<Control[]> {
  return page.evaluate(
    ({ selector, effects }) => {
      const out: Control[] = [];
      document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
        if (!el.checkVisibility({ visibilityProperty: true })) return;
        el.dataset.kb = String(i);
        const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
        // A select with a single option (e.g. filters filled in once search results arrive) has nothing to change.
        const choices = el instanceof HTMLSelectElement ? el.options.length : null;
        // A read-only field (e.g. citation text to select and copy) is meant not to change.
        const readOnly = (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && el.readOnly;
        const effect = effects.findIndex((s) => el.matches(s));
        out.push({
          id: String(i),
          tag: `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}`,
          label,
          choices,
          readOnly,
          effect,
        });
      });
      return out;
    },
    { selector: interactive, effects: controlEffects.map((e) => e.selector) },
  );
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
 * Presses a key on a control and reports whether it did what controlEffects says it does. A
 * navigation the page asks for is answered with HTTP 204 by the route in the test (the browser
 * then stays on the page, as the HTML standard says), so no control can take the page away
 * mid-test and nothing races a page load; it counts only for a control whose effect is that
 * navigation. Effects can be asynchronous (a lazily loaded widget), so the answer is awaited
 * briefly, in the page; a control that works answers at once, only a dead one waits the full time.
 */
async function pressAndObserve(page: Page, control: Control, key: string, siteUrl: string, navigation: () => Promise<string>): Promise<boolean> {
  const { watch } = controlEffects[control.effect]!;
  const wait = 2_000;
  if ('navigates' in watch) {
    await page.evaluate((id) => document.querySelector<HTMLElement>(`[data-kb="${id}"]`)?.focus(), control.id);
    const asked = navigation();
    await page.keyboard.press(key);
    const url = await Promise.race([asked, new Promise<null>((resolve) => setTimeout(() => resolve(null), wait))]);
    return url !== null && new URL(url).pathname === new URL(watch.navigates, siteUrl).pathname;
  }
  // The reader is sent as source (as page.evaluate sends any function) and kept on window.
  const reader = 'state' in watch ? watch.state : watch.updates;
  await page.evaluate(`window.__kbRead = ${reader.toString()}`);
  await page.evaluate(
    ({ id, mode }) => {
      const w = window as unknown as KeyboardWatch;
      const el = document.querySelector<HTMLElement>(`[data-kb="${id}"]`);
      if (!el) throw new Error(`data-kb=${id} is gone`);
      w.__kbObserver?.disconnect();
      if (mode === 'state') {
        const before = JSON.stringify(w.__kbRead(el));
        w.__kbWorked = () => JSON.stringify(w.__kbRead(el)) !== before;
      } else {
        const target = w.__kbRead(el) as Element | null;
        if (!target) throw new Error(`data-kb=${id}: the element its effect is written to is missing`);
        let written = false;
        w.__kbObserver = new MutationObserver(() => (written = true));
        w.__kbObserver.observe(target, { subtree: true, childList: true, characterData: true });
        w.__kbWorked = () => written;
      }
      el.focus();
    },
    { id: control.id, mode: 'state' in watch ? 'state' : 'updates' },
  );
  await page.keyboard.press(key);
  return page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const w = window as unknown as KeyboardWatch;
        const until = performance.now() + ms;
        const poll = () => {
          if (w.__kbWorked()) resolve(true);
          else if (performance.now() > until) resolve(false);
          else setTimeout(poll, 20);
        };
        poll();
      }),
    wait,
  );
}

/** What pressAndObserve keeps in the page. */
interface KeyboardWatch {
  __kbRead: (el: HTMLElement) => unknown;
  __kbWorked: () => boolean;
  __kbObserver?: MutationObserver;
}

/** A tab of its own browser context, reused page after page (see the pool below). */
interface Tab {
  context: BrowserContext;
  page: Page;
}

/**
 * Tabs free for the next page. Pages run a few at a time, each in a browser context of its own, so
 * none sees another's localStorage (the site follows 关怀版 across tabs: one page switching it on
 * would restyle the others mid-walk). A tab is reused only after a page that passed, with its
 * storage cleared and its routes removed; opening a context and a tab costs Chromium more than
 * loading a page.
 */
const idle: Tab[] = [];
async function takeTab(): Promise<Tab> {
  const reused = idle.pop();
  if (reused) return reused;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // A control that cannot be found fails in seconds, not after Playwright's 30 s default.
  page.setDefaultTimeout(10_000);
  return { context, page };
}
async function releaseTab(tab: Tab, passed: boolean): Promise<void> {
  if (!passed) return tab.context.close();
  await tab.page.unrouteAll({ behavior: 'wait' });
  await tab.page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  await tab.page.goto('about:blank');
  idle.push(tab);
}
afterAll(async () => {
  await Promise.all(idle.splice(0).map((t) => t.context.close()));
});

// On the root build, one page of each kind and every page whose controls differ from those of the
// pages kept (onePerControlSet: pages of one template with the same controls pass or fail
// together); on the portal build, whose pages differ only by the base path (which the skip link
// and the search form's navigation must follow) and by having no reports (fewer controls, none of
// another kind), one page of each kind. Walking every page of both builds cost three minutes of a
// suite that must stay well under 15 minutes on two cores.
describe.each(testBuilds)('keyboard on the pages of the $name build', (build) => {
  const site = useSite(build);
  const pages = build.name === 'root' ? onePerControlSet(build, pagesToCheck(build)) : onePerKind(pagesToCheck(build));

  it.concurrent.for(pages)('/%s', async (path, { expect }) => {
    const tab = await takeTab();
    const { context, page } = tab;
    let passed = false;
    const url = `${site.url}${path}`;
    let navigated: ((url: string) => void) | undefined;
    const nextNavigation = () => new Promise<string>((resolve) => (navigated = resolve));
    try {
      // The page is loaded once: the Tab walk and the skip link only move focus, and each control
      // below is focused by the test itself, so nothing the walk does changes what they find.
      await gotoOk(page, url);
      await widgetsReady(page);
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
      const unseen = walk
        .filter((f) => !f.focusVisible || !f.indicator || !f.inView)
        .map((f) => `${f.tag} ${f.href ?? ''} data-kb=${f.id} focusVisible=${f.focusVisible} indicator=${f.indicator} inView=${f.inView}`);
      expect(unreached, `controls on /${path} that Tab never reaches`).toEqual([]);
      expect(unseen, `focused elements on /${path} without a visible focus indicator`).toEqual([]);

      // The skip link comes first and takes focus to the main content.
      const first = walk[0];
      expect(first?.tag).toBe('a');
      expect(first?.href).toMatch(/#main$/);
      await page.evaluate((id) => document.querySelector<HTMLElement>(`[data-kb="${id}"]`)?.focus(), first!.id);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

      // Buttons and disclosures respond to Enter and Space; selects and fields to the keyboard.
      // Marked again: widgets whose code came during the walk have added controls of their own.
      const operable = (await markControls(page)).filter(
        (c) => /^(button|summary|select|input|textarea)|role=(button|link|checkbox|switch|tab|menuitem|option)/.test(c.tag) && c.choices !== 1 && !c.readOnly,
      );
      const unstated = operable.filter((c) => c.effect === -1).map((c) => `${c.tag} “${c.label}”`);
      expect(unstated, `controls on /${path} with no row in controlEffects (say what they do)`).toEqual([]);
      // From here on a navigation the page asks for (a search form submitting, say) is answered with
      // 204, so the page stays put for the next control.
      await page.route('**/*', (route, request) => {
        if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
          navigated?.(request.url());
          return route.fulfill({ status: 204 });
        }
        return route.continue();
      });
      const dead: string[] = [];
      for (const c of operable) {
        // A select goes to the next option and back: filters combine, so one left narrowed could
        // hide every row the next filter would show, and its effect could not be seen.
        // A checkbox is ticked by Space and unticked by Space again, so it is left as it was.
        const checkbox = controlEffects[c.effect]?.selector === 'input[type="checkbox"]';
        const keys = c.tag.startsWith('select')
          ? ['ArrowDown', 'ArrowUp']
          : checkbox
            ? ['Space', 'Space']
            : c.tag.startsWith('input') || c.tag.startsWith('textarea')
              ? ['a']
              : ['Enter', 'Space'];
        for (const key of keys) {
          if (!(await pressAndObserve(page, c, key, site.url, nextNavigation)))
            dead.push(`${c.tag} “${c.label}” (${key})：${controlEffects[c.effect]!.effect}`);
        }
      }
      expect(dead, `controls on /${path} that do not do their job from the keyboard`).toEqual([]);
      passed = true;
    } finally {
      await releaseTab(tab, passed);
    }
  });
});
