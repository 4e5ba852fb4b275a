/**
 * For journalists, in real Chromium: the indicator table prints whole on A4 landscape, the
 * citation copies with one click, naming the address the reader is on (and is plain selectable
 * text without JavaScript), and the short indicator address lands on the indicator page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';

const { content } = readContent('content');
const contexts: BrowserContext[] = [];
const browser = useBrowser();
const site = useSite(testBuilds[1]);
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const c = await browser.newContext(options);
  contexts.push(c);
  return c;
}

/** Width and height in points of each page of a PDF, from its /MediaBox entries. */
function pageSizes(pdf: Buffer): [number, number][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('printing the indicator table', () => {
  // A4 landscape less the 10 mm margins: 277 mm × 190 mm at 96 px per inch.
  const printable = { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) };

  it('shows all 22 rows and every column within the width of A4 landscape, even when filtered on screen', async () => {
    const page = await (await context({ viewport: printable })).newPage();
    await gotoOk(page, `${site.url}indicators/`);
    const table = page.getByRole('table', { name: /“两新”指标任务清单/ });
    await page.getByLabel('指标类型').selectOption({ label: '主要目标' });
    await expect.poll(() => table.locator('tbody tr:visible').count()).toBe(5);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => table.locator('tbody tr:visible').count()).toBe(22);
    expect(await page.getByLabel('指标类型').isHidden()).toBe(true);
    const fit = await table.evaluate((t) => ({
      table: t.getBoundingClientRect().right,
      body: document.body.getBoundingClientRect().right,
      cells: [...t.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().right),
    }));
    expect(fit.table).toBeLessThanOrEqual(printable.width + 1);
    for (const right of fit.cells) expect(right).toBeLessThanOrEqual(printable.width + 1);
    expect(fit.cells).toHaveLength(14);
  });

  it('prints on A4 landscape pages, while other pages keep the default portrait', async () => {
    const page = await (await context()).newPage();
    await gotoOk(page, `${site.url}indicators/`);
    const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
    expect(sizes.length).toBeGreaterThan(0);
    for (const [w, h] of sizes) {
      expect(Math.round(w)).toBe(842);
      expect(Math.round(h)).toBe(595);
    }
    await gotoOk(page, `${site.url}about/`);
    const about = pageSizes(await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
    expect(about.length).toBeGreaterThan(0);
    for (const [w, h] of about) expect(w).toBeLessThan(h);
  });
});

describe('引用本页', () => {
  it('copies the citation with one click and says so', async () => {
    const c = await context();
    await c.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await c.newPage();
    // A reader's clock a few months after the build: 23:30 UTC is already the next day in China.
    await page.clock.setFixedTime(new Date('2027-02-28T23:30:00Z'));
    // Arrived with a query and a fragment, which are noise in a citation.
    await gotoOk(page, `${site.url}indicators/charging-piles/?from=share#progress`);
    const text = page.getByLabel(/引用格式/);
    // The widget's code comes when the block nears the viewport, as it does for a reader scrolling to it.
    await text.scrollIntoViewIfNeeded();
    await expect.poll(() => text.inputValue()).toContain(`. ${site.url}indicators/charging-piles/`);
    const citation = await text.inputValue();
    expect(citation).toContain('指标7：新增和改造充电桩（含自用桩）');
    // The address served here (http://127.0.0.1:<port>/zt/liangxin/…), not the build's localhost:4321.
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zt\/liangxin\/$/);
    expect(citation.endsWith(`. ${site.url}indicators/charging-piles/`)).toBe(true);
    expect(citation).not.toContain('localhost');
    const block = page.getByRole('region', { name: '引用本页' });
    expect(await block.getByRole('link', { name: `${site.url}indicators/charging-piles/` }).count()).toBe(1);
    expect(await block.getByRole('link', { name: `${site.url}i/7/` }).count()).toBe(1);
    expect(await block.getByText('本地预览地址').isVisible()).toBe(false);
    await page.getByRole('button', { name: '复制引用文本' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '复制' }).textContent()).toBe('已复制引用文本。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    // The access date is the reader's today, in China Standard Time as the build date is.
    expect(citation).toContain('[2027-03-01]');
    expect(await page.locator('dd[data-field="访问日期"]').textContent()).toBe('2027-03-01');
  });

  it('is complete, selectable text without JavaScript; the button needs JavaScript so it is hidden', async () => {
    const page = await (await context({ javaScriptEnabled: false })).newPage();
    await gotoOk(page, `${site.url}measures/finance/`);
    expect(await page.getByLabel(/引用格式/).inputValue()).toMatch(/\[EB\/OL\].*\/zt\/liangxin\/measures\/finance\/$/);
    // The printed address is the build's; until site.url is set that is localhost, and the page says so.
    expect(await page.getByText('网址为本地预览地址，正式发布时替换为网站地址。').isVisible()).toBe(!content.site!.url);
    expect(await page.getByRole('button', { name: '复制引用文本' }).count()).toBe(0);
  });
});

it('the short address /i/7/ lands on the indicator page', async () => {
  const page = await (await context()).newPage();
  await gotoOk(page, `${site.url}i/7/`);
  await page.waitForURL(`${site.url}indicators/charging-piles/`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('指标7：新增和改造充电桩（含自用桩）');
});

it('a page that is not there fails gotoOk, so no gate counts the 404 page as a page that passed', async () => {
  const page = await (await context()).newPage();
  await expect(gotoOk(page, `${site.url}no-such-page/`)).rejects.toThrow(/HTTP status/);
});
