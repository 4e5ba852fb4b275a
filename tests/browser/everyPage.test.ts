/**
 * Every page of both builds, loaded once in Chromium per display mode, passes two gates on that one
 * document (loading each of the 200-odd pages once per gate cost the suite minutes on two cores):
 * - accessibility: axe-core with the WCAG 2.2 A/AA and best-practice rule sets finds nothing, in
 *   normal mode on every page of both builds and in elder mode on the portal build's pages of
 *   each set of controls (below);
 * - self-contained (normal mode): the page loads only from its own origin, carries a strict CSP
 *   (no 'unsafe-inline' or 'unsafe-eval' for scripts) and runs under it without a CSP violation,
 *   a console error or warning, or an HTTP error.
 * One Chromium for the file; pages run a few at a time, and a page that passed is reused for the
 * next address (a fresh document each time) rather than starting a renderer per page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations, type Violation } from '../helpers/axe.ts';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { displayModes } from '../helpers/modes.ts';
import { onePerControlSet, pagesToCheck } from '../helpers/sitemap.ts';

const browser = useBrowser();

/** Directive → sources, from a CSP string. */
export function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

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

/** What a page did while loading its current address; emptied before each address. */
interface Observed {
  foreign: string[];
  problems: string[];
}

/** A page with listeners that report into `observed`, so a reused page observes each load afresh. */
async function watchedPage(context: BrowserContext, origin: string): Promise<{ page: Page; observed: Observed }> {
  const page = await context.newPage();
  const observed: Observed = { foreign: [], problems: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) observed.foreign.push(url);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') observed.problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) observed.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('pageerror', (e) => observed.problems.push(`pageerror: ${e.message}`));
  return { page, observed };
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

describe.each(testBuilds)('every page of the $name build', (build) => {
  const site = useSite(build);

  // Elder mode changes styles, not markup, addresses or requests: its pages get axe only, on the
  // portal build only, and one page of each kind and of each set of controls and link placements
  // (onePerControlSet): what its stylesheet changes — sizes, spacing, targets, contrast — is the
  // same on pages of one template with the same controls. Every page in 关怀版 on a phone is
  // checked for text size and width by phoneLayout.test.ts. Axe costs Chromium about 0.75 s of
  // CPU a page on two cores; all 78 pages in 关怀版 took about 50 s more of the suite.
  const modes = displayModes.filter((m) => m.name === 'normal' || build.name === 'portal');
  describe.each(modes)('in $name mode', (mode) => {
    const selfContained = mode.name === 'normal';
    const pages = selfContained ? pagesToCheck(build) : onePerControlSet(build, pagesToCheck(build));
    let context: BrowserContext;
    const idle: { page: Page; observed: Observed }[] = [];
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await mode.prepare(context);
      // Collected in the page itself, so violations reported before any listener attaches count too.
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
    });
    afterAll(async () => {
      await context?.close();
    });

    it.concurrent.for(pages)('/%s', async (path, { expect }) => {
      const watched = idle.pop() ?? (await watchedPage(context, new URL(site.url).origin));
      const { page, observed } = watched;
      observed.foreign.length = 0;
      observed.problems.length = 0;
      let reusable = false;
      try {
        // networkidle: a request a script makes after load must still be seen by the origin check.
        await gotoOk(page, `${site.url}${path}`, { waitUntil: selfContained ? 'networkidle' : 'load' });
        await mode.apply(page);
        if (selfContained) {
          const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
          expect(policy, 'CSP <meta> missing').toBeTruthy();
          const csp = parseCsp(policy!);
          expect(csp.get('default-src')).toEqual(["'self'"]);
          expect(csp.get('object-src')).toEqual(["'none'"]);
          const scriptSrc = csp.get('script-src') ?? [];
          expect(scriptSrc).toContain("'self'");
          expect(scriptSrc).not.toContain("'unsafe-inline'");
          expect(scriptSrc).not.toContain("'unsafe-eval'");
          expect(scriptSrc.filter((s) => /^https?:|^\*$/.test(s))).toEqual([]);
          const cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
          expect(observed.foreign, `requests to other origins from /${path}`).toEqual([]);
          expect(cspViolations, `CSP violations on /${path}`).toEqual([]);
          expect(observed.problems, `console problems on /${path}`).toEqual([]);
        }
        // axe is injected through the DevTools protocol after the checks above, so its own script
        // is neither a request nor a CSP violation of the page.
        const violations = await axeViolations(page);
        reusable = true;
        expect(violations.length, describeViolations(path, violations)).toBe(0);
      } finally {
        // A page that failed to load or to run axe is not trusted with the next address.
        if (reusable) idle.push(watched);
        else await page.close();
      }
    });
  });
});
