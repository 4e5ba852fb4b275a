/** The indicator table in a real browser: filters work, and on a phone the name and header stay in view. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The fields of an indicator file these tests read. */
interface IndicatorFile {
  number: number;
  name: string;
  targets: Record<string, string>;
}

/** The indicators of the build under test, from its own copy of content/. */
function indicators(): IndicatorFile[] {
  const dir = join(testBuilds[1].content, 'indicators');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as IndicatorFile);
}

const browser = useBrowser();
const site = useSite(testBuilds[1]);

async function open(width: number, js = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, javaScriptEnabled: js });
  const page = await context.newPage();
  await gotoOk(page, `${site.url}indicators/`);
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

  it('shows the table on a wide screen, and no cards', async () => {
    const page = await open(1280);
    expect(await page.getByRole('region', { name: /“两新”指标任务清单/ }).isVisible()).toBe(true);
    expect(await cardList(page).isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: /查看完整表格/ }).isHidden()).toBe(true);
    await page.context().close();
  });

  it('prints the table, not the cards, even from a phone', async () => {
    const page = await open(360);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('region', { name: /“两新”指标任务清单/ }).isVisible()).toBe(true);
    expect(await cardList(page).isHidden()).toBe(true);
    await page.context().close();
  });
});

const cardList = (page: Page) => page.getByRole('list', { name: /“两新”指标任务清单.*（卡片）/ });

/** Neither the page nor any element in it scrolls sideways. */
async function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const style = getComputedStyle(el);
      if (el.offsetParent === null && style.position !== 'fixed') continue;
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName}.${el.className}`);
    }
    return found;
  });
}

describe('indicator cards on a 360 px phone', () => {
  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('%s: every indicator’s district 2024 and 2027 targets read without scrolling sideways', async (_, js) => {
    const page = await open(360, js);
    expect(await sidewaysScroll(page)).toEqual([]);
    // The table waits behind a link; the cards are the page.
    expect(await page.getByRole('region', { name: /“两新”指标任务清单/ }).isHidden()).toBe(true);
    const cards = cardList(page).getByRole('listitem');
    expect(await cards.count()).toBe(22);
    for (const ind of indicators()) {
      const card = cards.filter({ has: page.getByRole('heading', { name: `${ind.number} ${ind.name}`, exact: true }) });
      expect(await card.count(), ind.name).toBe(1);
      // Each figure sits under its label (dt → dd), inside the 360 px viewport.
      const fields = await card.evaluate((li) =>
        Object.fromEntries(
          [...li.querySelectorAll('dt')].map((dt) => {
            const dd = dt.nextElementSibling!;
            const r = dd.getBoundingClientRect();
            return [dt.textContent.trim(), { text: dd.textContent.trim(), inside: r.left >= 0 && r.right <= innerWidth }];
          }),
        ),
      );
      for (const year of [2024, 2027] as const) {
        const raw = ind.targets[`district${year}`]!;
        const expected = raw === '/' ? '不设此级目标' : raw === '' ? '表中空白，未设目标' : raw;
        expect(fields[`区级 ${year}年`], `${ind.name} ${year}`).toEqual({ text: expected, inside: true });
      }
      // The detail link names its indicator (visually hidden text), so a list of links still reads.
      expect(await card.getByRole('link', { name: `：${ind.name}` }).count(), ind.name).toBe(1);
    }
    await page.context().close();
  });

  it('filters and sorts the cards as the table', async () => {
    const page = await open(360);
    const visible = cardList(page).locator(':scope > li:visible');
    await expect.poll(() => visible.count()).toBe(22);
    await page.getByLabel('指标类型').selectOption({ label: '主要目标' });
    await expect.poll(() => visible.count()).toBe(5);
    await page.getByLabel('指标类型').selectOption({ label: '全部' });
    await page.getByLabel('责任单位').selectOption({ label: '区教育局' });
    await expect.poll(() => visible.count()).toBe(4);
    expect(await page.getByRole('status').textContent()).toBe('显示 4 / 22 项指标');
    await page.getByLabel('责任单位').selectOption({ label: '全部' });
    const firstHeading = () => visible.first().getByRole('heading').textContent();
    await page.getByLabel('排序').selectOption({ label: '序号，从大到小' });
    await expect.poll(firstHeading).toMatch(/^22 /);
    // The table follows the same order, for whoever opens it.
    expect(await page.getByRole('columnheader', { name: '序号', includeHidden: true }).getAttribute('aria-sort')).toBe('descending');
    await page.getByLabel('排序').selectOption({ label: '序号，从小到大' });
    await expect.poll(firstHeading).toMatch(/^1 /);
    await page.context().close();
  });

  it.each([
    ['with JavaScript', true],
    ['without JavaScript', false],
  ])('%s: the full table is one tap away, scrolls only sideways, and leads back to the cards', async (_, js) => {
    const page = await open(360, js);
    await page.getByRole('link', { name: /查看完整表格/ }).click();
    const region = page.getByRole('region', { name: /“两新”指标任务清单/ });
    expect(await region.isVisible()).toBe(true);
    expect(await cardList(page).isHidden()).toBe(true);
    // The box scrolls sideways only; the page scrolls down.
    expect(await region.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.getByRole('rowheader', { name: '更新和加装电梯' }).count()).toBe(1);
    await page.getByRole('link', { name: '返回指标卡片' }).click();
    expect(await region.isHidden()).toBe(true);
    expect(await cardList(page).isVisible()).toBe(true);
    await page.context().close();
  });
});
