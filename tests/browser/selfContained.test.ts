/**
 * Every page of both builds loads only from its own origin, carries a strict CSP (no
 * 'unsafe-inline' for scripts) and runs under it without a single console error or CSP violation.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { gotoOk, useBrowser, useSite } from '../helpers/browser.ts';
import { testBuilds } from '../helpers/builds.ts';
import { pagesToCheck } from '../helpers/sitemap.ts';

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

describe.each(testBuilds)('self-contained under a strict CSP: $name build', (build) => {
  const site = useSite(build);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
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

  it.concurrent.for(pagesToCheck(build))('/%s', async (path, { expect }) => {
    const page = await context.newPage();
    const origin = new URL(site.url).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    try {
      await gotoOk(page, `${site.url}${path}`, { waitUntil: 'networkidle' });
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
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      expect(foreign, `requests to other origins from /${path}`).toEqual([]);
      expect(violations, `CSP violations on /${path}`).toEqual([]);
      expect(problems, `console problems on /${path}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
