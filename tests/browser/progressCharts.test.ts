/** Progress charts and filters in Chromium: lazy Chart.js, reduced motion, tables without JavaScript. */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';

const browser = useBrowser();
const site = useSite(testBuilds[1]);

async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await gotoOk(page, `${site.url}${path}`);
  return { page, requests };
}

describe('progress charts', () => {
  it('draws the four-level chart on /progress/ when the reader nears it, loading Chart.js only there', async () => {
    const { page, requests } = await open('progress/');
    const chart = page.getByRole('img', { name: /以百分比计的指标中，区级2027年目标与市级相同的有 6 项/ });
    // The chart sits screens below the top: its code (and Chart.js) waits until the reader scrolls.
    await page.waitForLoadState('networkidle');
    expect(requests.some((u) => /chartParts/.test(u))).toBe(false);
    await page.getByRole('table', { name: '图表数据：四级2027年目标（%）' }).scrollIntoViewIfNeeded();
    await expect.poll(() => chart.count()).toBe(1);
    await expect.poll(() => page.locator('progress-chart[data-ready="true"]').count()).toBe(1);
    expect(requests.some((u) => /chartParts/.test(u))).toBe(true);
    expect(requests.every((u) => u.startsWith(site.url))).toBe(true);
    // The numbers stay in the table beside the chart.
    const table = page.getByRole('table', { name: '图表数据：四级2027年目标（%）' });
    expect(await table.getByRole('row', { name: /指标11：新能源公交车占比/ }).textContent()).toContain('85%');
    await page.context().close();

    const plan = await open('plan/');
    await plan.page.waitForLoadState('networkidle');
    expect(plan.requests.some((u) => /chartParts/.test(u))).toBe(false);
    await plan.page.context().close();
  });

  it('draws the path chart and the four-level chart on a percentage indicator page', async () => {
    const { page } = await open('indicators/digital-design-tools/');
    // Charts load as the reader nears them: scroll to the last one, as a reader would.
    await page.locator('progress-chart').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('progress-chart[data-ready="true"]').count()).toBe(2);
    expect(await page.getByRole('img', { name: /尚无报送数据；按直线路径，到本页生成日期应完成2027年目标90%的/ }).count()).toBe(1);
    await page.context().close();
  });

  it('turns animation off when the reader prefers reduced motion', async () => {
    const reduced = await open('progress/', { reducedMotion: 'reduce' });
    await reduced.page.locator('progress-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => reduced.page.locator('progress-chart').getAttribute('data-motion')).toBe('reduced');
    await reduced.page.context().close();
    const full = await open('progress/', { reducedMotion: 'no-preference' });
    await full.page.locator('progress-chart').scrollIntoViewIfNeeded();
    await expect.poll(() => full.page.locator('progress-chart').getAttribute('data-motion')).toBe('full');
    await full.page.context().close();
  });

  it('shows every number without JavaScript, and no chart or dead controls', async () => {
    const { page } = await open('progress/', { javaScriptEnabled: false });
    expect(await page.locator('canvas').count()).toBe(0);
    // The filter form is there but stays hidden: no controls that would do nothing.
    expect(await page.locator('table-filter form').count()).toBe(1);
    expect(await page.locator('table-filter form').isHidden()).toBe(true);
    const row = page.getByRole('row', { name: /新增和改造充电桩/ });
    expect(await row.textContent()).toContain('3000个');
    expect(await page.getByRole('table', { name: '图表数据：四级2027年目标（%）' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('progress filters', () => {
  it('filter by status and bureau, hiding empty groups', async () => {
    const { page } = await open('progress/');
    const rows = page.locator('tbody tr[data-status]:visible');
    await expect.poll(() => rows.count()).toBe(22);
    await page.getByRole('combobox', { name: /^状态/ }).selectOption({ label: '已完成' });
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('显示 0 / 22 项指标');
    await page.getByRole('combobox', { name: /^状态/ }).selectOption({ label: '暂无数据' });
    await page.getByRole('combobox', { name: /^责任单位/ }).selectOption({ label: '区教育局' });
    // Indicators 18–20, and indicator 1 that every lead bureau shares (各牵头单位).
    await expect.poll(() => rows.count()).toBe(4);
    expect(await page.getByRole('heading', { name: '（二）城市基础设施更新行动' }).isHidden()).toBe(true);
    expect(await page.getByRole('heading', { name: '（五）教育设施信息化升级行动' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
