/**
 * The first screen of a phone, 关怀版 at 360 px and the header's menu (issue 24), in real Chromium:
 * - every page of the root build at 360×740, in normal and in elder mode, each loaded once per mode:
 *   the page's own title (its h1) starts within the top 40 % of the screen (50 % in elder mode);
 *   in elder mode nothing is wider than the screen and no visible text is smaller than 18 px;
 * - the 菜单 disclosure that folds the menu on a phone works with JavaScript off and from the
 *   keyboard, and Chromium tells screen readers whether it is open;
 * - on the home page 补贴受理状态 starts on the second screen at the latest; the 一图读懂 picture
 *   opens its text version; merchants' phones are links a phone can call;
 * - at 1280 px the menu is always shown, its first link's text lines up with the content, and
 *   running text keeps to about 40 characters a line.
 * Pages run a few at a time, each mode in one browser context, reusing a page for the next address.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { displayModes } from '../helpers/modes.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

const build = testBuilds[0];
const browser = useBrowser();
const site = useSite(build);
const phone = { width: 360, height: 740 };

/** The share of the first screen above the h1, by mode (issue 24). */
const titleWithin = { normal: 0.4, elder: 0.5 };

/** Visible text smaller than 18 px, one line per kind of element (elder mode's floor, src/styles/elder.css). */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      // Visually hidden text (1 px boxes) is for screen readers, whose size is not seen.
      if (box.width <= 1 || box.height <= 1) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 18) found.add(`${size}px <${el.tagName.toLowerCase()} class="${el.className}">「${node.textContent.trim().slice(0, 12)}」`);
    }
    return [...found];
  });
}

describe.each(displayModes)('every page at 360×740 in $name mode', (mode) => {
  let context: BrowserContext;
  const idle: Page[] = [];
  beforeAll(async () => {
    context = await browser.newContext({ viewport: phone });
    await mode.prepare(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  it.concurrent.for(pagesToCheck(build))('/%s', async (path, { expect }) => {
    const page = idle.pop() ?? (await context.newPage());
    let reusable = false;
    try {
      await gotoOk(page, site.url + path);
      await mode.apply(page);
      // Read in the page: Playwright's role queries walk the whole tree, minutes over 170 loads.
      const tops = await page.evaluate(() => [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')].map((h) => h.getBoundingClientRect().top));
      expect(tops, 'the page has one h1').toHaveLength(1);
      expect(tops[0]! / phone.height, `the h1 starts at ${Math.round(tops[0]!)} px of ${phone.height}`).toBeLessThanOrEqual(titleWithin[mode.name]);
      if (mode.name === 'elder') {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(phone.width);
        expect(await smallText(page), 'text below 18 px').toEqual([]);
      }
      reusable = true;
    } finally {
      if (reusable) idle.push(page);
      else await page.close();
    }
  });
});

/** The 菜单 button: a <summary>, which Playwright gives no role, so it is found by its words. */
const menuButton = (page: Page) => page.locator('summary').getByText('菜单', { exact: true });
const mainNav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** The 菜单 control as Chromium's accessibility tree gives it to screen readers: its role and whether it says expanded. */
async function announced(page: Page): Promise<{ role: unknown; expanded: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value: unknown }; role?: { value: unknown }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  await cdp.detach();
  const node = nodes.find((n) => n.name?.value === '菜单' && n.role?.value !== 'StaticText');
  return { role: node?.role?.value, expanded: node?.properties?.find((p) => p.name === 'expanded')?.value.value ?? false };
}

describe('/search/ in elder mode at 360 px', () => {
  it('with results and its filters filled in, is no wider than the screen', async () => {
    const context = await browser.newContext({ viewport: phone });
    await displayModes[1]!.prepare(context);
    const page = await context.newPage();
    await gotoOk(page, `${site.url}search/?q=${encodeURIComponent('电梯')}`);
    const bureau = page.getByLabel('责任单位');
    // The filters are filled from the search index once the page's script has it.
    await expect.poll(() => bureau.locator('option').count(), { timeout: 10_000 }).toBeGreaterThan(5);
    expect(await bureau.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await context.close();
  });
});

describe('the menu on a phone', () => {
  it('is folded behind 菜单 and opens and closes with JavaScript off', async () => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}plan/`);
    expect(await menuButton(page).isVisible()).toBe(true);
    expect(await mainNav(page).isHidden()).toBe(true);
    expect(await announced(page)).toEqual({ role: 'DisclosureTriangle', expanded: false });

    await menuButton(page).click();
    expect(await mainNav(page).getByRole('link', { name: '居民指南' }).isVisible()).toBe(true);
    expect(await mainNav(page).getByRole('link', { name: '方案原文' }).getAttribute('aria-current')).toBe('page');
    expect(await announced(page)).toEqual({ role: 'DisclosureTriangle', expanded: true });

    await menuButton(page).click();
    expect(await mainNav(page).isHidden()).toBe(true);
    await context.close();
  });

  it('is reached by Tab after 关怀版, opened with Enter, its links next in the Tab order, closed with Space', async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await context.newPage();
    await gotoOk(page, `${site.url}guide/`);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const seen: string[] = [];
    for (let i = 0; i < 12 && !seen.includes('菜单'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen.slice(-2)).toEqual(['关怀版', '菜单']);
    await page.keyboard.press('Enter');
    expect(await mainNav(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('首页');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await mainNav(page).isHidden()).toBe(true);
    await context.close();
  });
});

describe.each(displayModes)('the home page on a phone in $name mode', (mode) => {
  it('shows 补贴受理状态 by the second screen', async () => {
    const context = await browser.newContext({ viewport: phone });
    await mode.prepare(context);
    const page = await context.newPage();
    await gotoOk(page, site.url);
    await mode.apply(page);
    const status = await page.getByRole('heading', { name: '补贴受理状态' }).boundingBox();
    expect(status!.y).toBeLessThan(2 * phone.height);
    await context.close();
  });
});

describe('small things on a phone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: phone });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the 一图读懂 picture opens its text version', async () => {
    const page = await context.newPage();
    await gotoOk(page, site.url);
    const targets = page.getByRole('heading', { name: '主要目标（区级）' });
    expect(await targets.isHidden()).toBe(true);
    await page.getByRole('link', { name: /^一图读懂：.*阅读文字版$/ }).click();
    await expect.poll(() => targets.isVisible()).toBe(true);
    await page.close();
  });

  it('a progress chart is drawn to the width of the screen, its table kept', async () => {
    const page = await context.newPage();
    await gotoOk(page, `${site.url}progress/`);
    const chart = page.getByRole('img', { name: /项指标有报送数据/ });
    // Charts are drawn as they come near the screen (src/site/widgets.ts: visible).
    await page.getByRole('figure', { name: '完成比例与按时间进度应完成比例' }).scrollIntoViewIfNeeded();
    await expect.poll(() => chart.count(), { timeout: 10_000 }).toBe(1);
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(0.8 * (phone.width - 32));
    expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    expect(box.height).toBeGreaterThan(200);
    expect(await page.getByText('图表数据：完成比例与应完成比例').isVisible()).toBe(true);
    await page.close();
  });

  it('a merchant’s phone is a link that calls it', async () => {
    const page = await context.newPage();
    await gotoOk(page, `${site.url}guide/merchants/`);
    const calls = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((links) => links.filter((a) => a.getAttribute('href')?.startsWith('tel:')).map((a) => [a.getAttribute('href'), a.textContent]));
    const phones = await page
      .getByRole('main')
      .getByText(/^，电话/)
      .count();
    expect(phones).toBeGreaterThan(0);
    expect(calls).toHaveLength(phones);
    for (const [href, text] of calls) expect(href).toBe(`tel:${text!.replace(/[^\d+]/g, '')}`);
    await page.close();
  });
});

describe('on a 1280 px screen', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the menu shows without a 菜单 button and its first link’s text lines up with the content', async () => {
    const page = await context.newPage();
    await gotoOk(page, `${site.url}about/`);
    expect(await menuButton(page).isHidden()).toBe(true);
    const first = mainNav(page).getByRole('link', { name: '首页' });
    expect(await first.isVisible()).toBe(true);
    const textLeft = await first.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a);
      return range.getBoundingClientRect().left;
    });
    const contentLeft = (await page.getByRole('heading', { level: 1 }).boundingBox())!.x;
    expect(contentLeft).toBeGreaterThan(16);
    expect(Math.abs(textLeft - contentLeft)).toBeLessThanOrEqual(1);
    await page.close();
  });

  it.each(['about/', 'policies/', 'progress/', 'plan/'])('/%s keeps running text within about 40 characters a line', async (path) => {
    const page = await context.newPage();
    await gotoOk(page, site.url + path);
    // A CJK character is 1em wide: a paragraph's width in its own em is its longest line.
    const widest = await page
      .getByRole('main')
      .locator('p')
      .evaluateAll((ps) =>
        Math.max(
          ...ps
            .filter((p) => p.checkVisibility() && !p.closest('table'))
            .map((p) => p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize)),
        ),
      );
    expect(widest).toBeGreaterThan(20);
    expect(widest).toBeLessThanOrEqual(40.5);
    await page.close();
  });
});
