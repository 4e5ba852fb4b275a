/** The indicator table in a real browser: filters work, and on a phone the name and header stay in view. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../scripts/lib/serve.ts';
import { launchBrowser, serveBuild } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';

let browser: Browser;
let site: Served;
beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveBuild(testBuilds[1]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(width: number, js = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, javaScriptEnabled: js });
  const page = await context.newPage();
  await page.goto(`${site.url}indicators/`);
  return page;
}

describe('indicator table', () => {
  it('filters by type, bureau and action', async () => {
    const page = await open(1280);
    const rows = page.getByRole('region', { name: /“两新”指标任务清单/ }).locator('tbody tr:visible');
    await expect.poll(() => rows.count()).toBe(22);
    await page.getByLabel('指标类型').selectOption({ label: '主要目标' });
    await expect.poll(() => rows.count()).toBe(5);
    await page.getByLabel('指标类型').selectOption({ label: '全部' });
    // 区教育局 owns three indicators and, as a lead bureau, shares indicator 1 (各牵头单位).
    await page.getByLabel('责任单位').selectOption({ label: '区教育局' });
    await expect.poll(() => rows.count()).toBe(4);
    expect(await page.getByRole('status').textContent()).toBe('显示 4 / 22 项指标');
    await page.getByLabel('责任单位').selectOption({ label: '全部' });
    await page.getByLabel('所属行动').selectOption({ label: '城市基础设施更新行动' });
    await expect.poll(() => rows.count()).toBe(4);
    await page.context().close();
  });

  it('sorts by name and back by number', async () => {
    const page = await open(1280);
    const firstNumber = () => page.locator('tbody tr').first().locator('td').first().textContent();
    await page.getByRole('button', { name: '序号' }).click();
    await expect.poll(firstNumber).toBe('22');
    await page.getByRole('button', { name: '序号' }).click();
    await expect.poll(firstNumber).toBe('1');
    await page.getByRole('button', { name: '指标名称' }).click();
    expect(await page.getByRole('columnheader', { name: '指标名称' }).getAttribute('aria-sort')).toBe('ascending');
    await page.context().close();
  });

  it('shows all 22 rows without JavaScript, with no dead controls', async () => {
    const page = await open(1280, false);
    await expect.poll(() => page.locator('tbody tr:visible').count()).toBe(22);
    expect(await page.getByLabel('指标类型').isHidden()).toBe(true);
    await page.context().close();
  });

  it('on a 360 px phone, the page does not scroll sideways and the name column and header stay in view', async () => {
    const page = await open(360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    const region = page.getByRole('region', { name: /“两新”指标任务清单/ });
    await region.evaluate((el) => {
      el.scrollLeft = 400;
      el.scrollTop = 300;
    });
    const name = page.getByRole('rowheader', { name: '更新和加装电梯' });
    const header = page.getByRole('columnheader', { name: '区级 2027年' });
    const box = (await region.boundingBox())!;
    const nameBox = (await name.boundingBox())!;
    const headerBox = (await page.getByRole('columnheader', { name: '指标名称' }).boundingBox())!;
    // The row header is pinned to the left edge and the header row to the top of the scroll box.
    expect(Math.abs(nameBox.x - box.x)).toBeLessThan(3);
    expect(Math.abs(headerBox.y - box.y)).toBeLessThan(3);
    expect(await header.isVisible()).toBe(true);
    await page.context().close();
  });
});
