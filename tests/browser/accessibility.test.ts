/**
 * axe-core over every page of both builds (in normal mode; elder mode on the portal build), with
 * the WCAG 2.2 A/AA and best-practice rule sets: zero violations. One Chromium for the file; pages run a few at a time.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations, type Violation } from '../helpers/axe.ts';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { displayModes } from '../helpers/modes.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

const browser = useBrowser();

/** One line per failing element: rule, page, target and what to do, so a failure reads on its own. */
function describeViolations(page: string, violations: Violation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} [${v.impact ?? '-'}] /${page} ${n.target.join(' ')}\n  ${v.help} — ${v.helpUrl}\n  ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
      ),
    )
    .join('\n');
}

// The gate below passes only if axe really runs in the page: here it must find what is wrong.
it('axe finds the violations of a page that has them', async ({ expect }) => {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"><button></button></main></body></html>');
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.id).sort()).toEqual(expect.arrayContaining(['button-name', 'html-has-lang', 'image-alt']));
  } finally {
    await page.close();
  }
});

describe.each(testBuilds)('axe on every page of the $name build', (build) => {
  const site = useSite(build);

  // Elder mode changes styles, not markup or addresses, so it is checked on the portal build only:
  // that keeps the whole suite well under 15 minutes on two cores.
  const modes = displayModes.filter((m) => m.name === 'normal' || build.name === 'portal');
  describe.each(modes)('in $name mode', (mode) => {
    let context: BrowserContext;
    // Pages free for the next address. Going to another address gives a page a fresh document, so
    // reusing it checks the same thing and spares starting (and tearing down) a renderer per page.
    const idle: Page[] = [];
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await mode.prepare(context);
    });
    afterAll(async () => {
      await context?.close();
    });

    it.concurrent.for(pagesToCheck(build))('/%s', async (path, { expect }) => {
      const page = idle.pop() ?? (await context.newPage());
      let reusable = false;
      try {
        await gotoOk(page, `${site.url}${path}`, { waitUntil: 'load' });
        await mode.apply(page);
        const violations = await axeViolations(page);
        reusable = true;
        expect(violations.length, describeViolations(path, violations)).toBe(0);
      } finally {
        // A page that failed to load or to run axe is not trusted with the next address.
        if (reusable) idle.push(page);
        else await page.close();
      }
    });
  });
});
