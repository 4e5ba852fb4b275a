/**
 * The 参与企业名单 filter on a 360 px phone, in real Chromium: typing a street narrows the list to
 * that street's businesses, hides the topics left empty, and the status line (announced to screen
 * readers) says how many are shown; clearing it shows every business again. Without JavaScript the
 * form stays hidden and every business is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { merchantListSchema } from '../../src/schemas/merchant.ts';
import { gotoOk, useBrowser, useSite, widgetsReady } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';

const build = testBuilds[0];
const browser = useBrowser();
const site = useSite(build);

const merchants = readdirSync(join(build.content, 'merchants'))
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => merchantListSchema.parse(JSON.parse(readFileSync(join(build.content, 'merchants', f), 'utf8'))).merchants);

describe('the merchant filter on a 360 px phone', () => {
  it('narrows the list by street text and announces the count', async () => {
    // The street with the most businesses, so the filter visibly keeps several and drops the rest.
    const counts = new Map<string, number>();
    for (const m of merchants.filter((m) => m.street)) counts.set(m.street, (counts.get(m.street) ?? 0) + 1);
    const [street, expected] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(expected).toBeLessThan(merchants.length);

    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await ctx.newPage();
    await gotoOk(page, `${site.url}guide/merchants/`);
    await widgetsReady(page);
    const box = page.getByRole('searchbox', { name: '按名称、街道或地址查找' });
    const status = page.getByRole('search', { name: '筛选参与企业' }).getByRole('status');
    const items = page.locator('merchant-filter li');
    await expect.poll(() => status.textContent()).toBe(`共 ${merchants.length} 家企业`);

    await box.fill(street);
    await expect.poll(() => status.textContent()).toBe(`找到 ${expected} / ${merchants.length} 家企业`);
    const shown = await items.evaluateAll((els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent));
    const names = merchants.filter((m) => m.street === street).map((m) => m.name);
    expect(shown).toHaveLength(expected);
    for (const name of names) expect(shown.some((t) => t?.startsWith(name))).toBe(true);
    // Topics with no business in that street are hidden, the others shown.
    const sections = await page
      .locator('merchant-filter section')
      .evaluateAll((els) => els.map((e) => [(e as HTMLElement).hidden, !!e.querySelector('li:not([hidden])')]));
    for (const [hidden, hasShown] of sections) expect(hidden).toBe(!hasShown);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await box.fill('');
    await expect.poll(() => status.textContent()).toBe(`共 ${merchants.length} 家企业`);
    expect(await items.evaluateAll((els) => els.filter((e) => (e as HTMLElement).hidden).length)).toBe(0);
    await ctx.close();
  });

  it('without JavaScript lists every business and shows no control', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await gotoOk(page, `${site.url}guide/merchants/`);
    expect(await page.locator('merchant-filter').getByRole('searchbox').count()).toBe(0);
    expect(await page.locator('merchant-filter li').count()).toBe(merchants.length);
    await ctx.close();
  });
});
