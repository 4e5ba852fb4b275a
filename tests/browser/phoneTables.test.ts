/**
 * Wide tables on a 360 px phone (/progress/, /departments/, the indicator tables of action and
 * bureau pages): rows stack into labelled blocks, so no box scrolls sideways and every figure keeps
 * its indicator (the row header) and its column (the cell's label). Wide screens and print keep the
 * table. The plan's own 附件2 table on /plan/ stays a table that scrolls sideways only.
 *
 * Each test only reads the page it loads, so those of one page list run a few at a time (the
 * browser project's maxConcurrency), each in a tab of one shared context (tests/helpers/pagePool.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load } from '../helpers/site.ts';
import { elderOn } from '../helpers/modes.ts';
import { usePagePool } from '../helpers/pagePool.ts';

const browser = useBrowser();
// The root build has reports, so the progress tables carry figures.
const site = useSite(testBuilds[0]);

const tabs = usePagePool(browser);

/** A tab at that width and medium with the page loaded; `tabs.release(page)` once the test is done with it. */
async function open(path: string, width: number, media: 'screen' | 'print' = 'screen'): Promise<Page> {
  const page = await tabs.take();
  await page.setViewportSize({ width, height: 740 });
  await page.emulateMedia({ media });
  await gotoOk(page, `${site.url}${path}`);
  return page;
}

/** Elements (or the page) that scroll sideways. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push('page');
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(el.getAttribute('aria-label') ?? el.tagName);
    }
    return found;
  });

/** A cell's label as the reader sees it (the ::before text) and whether it sits in the viewport. */
const labelled = (page: Page, rowId: string, label: string) =>
  page
    .locator(`tr#${rowId}`)
    .locator(`td[data-label="${label}"]`)
    .evaluate((td) => {
      const r = td.getBoundingClientRect();
      return { before: getComputedStyle(td, '::before').content, inside: r.left >= 0 && r.right <= innerWidth };
    });

/** Pages with stacked tables: the overviews, an action with indicators, a bureau that leads indicators. */
const stacked = ['progress/', 'departments/', 'actions/transport/', 'departments/commerce/'];

describe.concurrent.each(stacked)('%s on a 360 px phone', (path) => {
  it.concurrent('nothing scrolls sideways', async ({ expect }) => {
    const page = await open(path, 360);
    expect(await sideways(page)).toEqual([]);
    tabs.release(page);
  });
});

describe('labels keep each figure with its indicator and column', () => {
  it('progress: target, status and the four levels', async () => {
    const page = await open('progress/', 360);
    // The row header names the indicator first (its marks of 本站归类 and 计算口径 follow).
    expect(await page.locator('tr#progress-3').getByRole('rowheader').textContent()).toMatch(/^关键工序数控化率/);
    expect(await labelled(page, 'progress-3', '目标')).toEqual({ before: '"目标："', inside: true });
    expect(await labelled(page, 'progress-3', '状态')).toEqual({ before: '"状态："', inside: true });
    expect(await labelled(page, 'level-chart-4', '区级')).toEqual({ before: '"区级："', inside: true });
    tabs.release(page);
  });

  it('departments: a role names its action in full, empty cells are left out', async () => {
    const page = await open('departments/', 360);
    const row = page.getByRole('row', { name: /区住建局/ }).first();
    const cells = await row
      .locator('td')
      .evaluateAll((tds) =>
        tds.filter((td) => getComputedStyle(td).display !== 'none').map((td) => `${getComputedStyle(td, '::before').content} ${td.textContent}`),
      );
    expect(cells).toContain('"行动二 城市基础设施更新行动：" 牵头');
    expect(cells.every((c) => !c.endsWith('无'))).toBe(true);
    tabs.release(page);
  });
});

describe('indicator tables of action and bureau pages', () => {
  it.concurrent.for(['actions/transport/', 'departments/commerce/'])('%s: each target is labelled with its level and year', async (path, { expect }) => {
    const page = await open(path, 360);
    const row = page.locator('table.stack-table tr[id^="indicator-"]').first();
    const id = (await row.getAttribute('id'))!;
    expect(await row.getByRole('rowheader').textContent()).toBeTruthy();
    expect(await labelled(page, id, '区级2027年目标')).toEqual({ before: '"区级2027年目标："', inside: true });
    expect(await labelled(page, id, '市级2024年目标')).toEqual({ before: '"市级2024年目标："', inside: true });
    tabs.release(page);
  });
});

describe('indicator pages with reported figures at 360 px', () => {
  // The root build always has reports (the real ones, or the imported fixtures with a correction),
  // so some pages have 报送数据 and, where a figure was corrected, 数据修订记录.
  const pages = allPages(testBuilds[0]).filter((p) => /^indicators\/[^/]+\/$/.test(p) && load(testBuilds[0], p)('tr[id^="figure-"]').length > 0);
  it('some indicator pages have figures', () => expect(pages.length).toBeGreaterThan(0));
  it.concurrent.for(pages)('%s: nothing scrolls sideways, each figure keeps its date and column', async (path, { expect }) => {
    const page = await open(path, 360);
    expect(await sideways(page)).toEqual([]);
    const row = page.locator('tr[id^="figure-"]').first();
    expect(await row.getByRole('rowheader').evaluate((th) => getComputedStyle(th, '::before').content)).toBe('"截至日期："');
    expect(await labelled(page, (await row.getAttribute('id'))!, '数值')).toEqual({ before: '"数值："', inside: true });
    tabs.release(page);
  });
});

describe("the plan's own 附件2 table on /plan/ at 360 px", () => {
  it('scrolls sideways only, the page scrolls down, and the indicator stays in view', async () => {
    const page = await open('plan/', 360);
    const box = page.getByRole('region', { name: /^“两新”指标任务清单/ });
    const size = await box.evaluate((el) => ({ h: el.scrollHeight - el.clientHeight, w: el.scrollWidth - el.clientWidth }));
    expect(size.h).toBeLessThanOrEqual(1);
    expect(size.w).toBeGreaterThan(0);
    await box.evaluate((el) => el.scrollBy(300, 0));
    const name = page.locator('tr#indicator-1').getByRole('rowheader');
    const r = await name.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(360);
    tabs.release(page);
  });
});

describe.concurrent.each([
  ['a wide screen', 1280, 'screen'],
  ['print', 360, 'print'],
] as const)('on %s the tables stay tables', (_, width, media) => {
  it.concurrent.for(stacked)('%s', async (path, { expect }) => {
    const page = await open(path, width, media);
    const displays = await page.locator('table.stack-table td').evaluateAll((tds) => [...new Set(tds.map((td) => getComputedStyle(td).display))]);
    expect(displays).toEqual(['table-cell']);
    tabs.release(page);
  });
});

// The site-wide axe pass runs at 1280 px, where the cards and stacked rows are hidden: check them here.
describe.concurrent.each(['indicators/', 'plan/', ...stacked])('axe at 360 px on %s', (path) => {
  it.concurrent.for(['normal', 'elder'] as const)('%s mode: no violations', async (mode, { expect }) => {
    const page = await open(path, 360);
    if (mode === 'elder') await elderOn(page);
    const violations = await axeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    tabs.release(page);
  });
});
