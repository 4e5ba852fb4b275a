/**
 * A server that regenerates the site installs production packages only (`npm ci --omit=dev`):
 * every package the site's build, server and import commands load must be in `dependencies`,
 * and test, type-check and bench tools must not be. Read from the code's own imports, so a new
 * import of a devDependency in build code fails here rather than on the server.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Code that runs for `npm run build`, `npm start`, `npm run regenerate` and `npm run import:progress`. */
const production = ['src', 'scripts', 'astro.config.mjs'];
/** Code that only tests and the benchmark run. */
const devOnly = [/^scripts\/bench/, /^scripts\/test\.ts$/, /^scripts\/lib\/scriptGraph\.ts$/, /^scripts\/(lib\/architecture|checkArchitecture)\.ts$/];

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((f) => files(join(path, f)));
}

/** Bare package names a file imports (static or dynamic with a literal), e.g. `@astrojs/rss`. */
function packagesOf(text: string): string[] {
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return specs
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !s.startsWith('node:') && !s.startsWith('astro:') && !s.startsWith('virtual:'))
    .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const used = new Map<string, string>();
for (const f of production.flatMap(files).filter((f) => /\.(ts|mjs|astro)$/.test(f) && !devOnly.some((d) => d.test(f)))) {
  for (const p of packagesOf(readFileSync(f, 'utf8'))) if (!used.has(p)) used.set(p, f);
}

describe('dependencies for a production install', () => {
  it('finds the packages the build code imports', () => {
    expect(used.has('astro')).toBe(true);
    expect(used.size).toBeGreaterThan(10);
  });

  it.each([...used])('%s (imported by %s) is a production dependency', (name) => {
    expect(Object.keys(pkg.dependencies)).toContain(name);
  });

  describe('the Node that runs the .ts scripts', () => {
    const version = (v: string) => v.split('.').map(Number) as [number, number, number];
    /** Whether version a is at least b. */
    const atLeast = (a: number[], b: number[]) => (a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!) >= 0;
    const range = pkg.dependencies.node!;
    const lowest = version(range.replace(/^\^/, ''));
    const installed = version((JSON.parse(readFileSync('node_modules/node/package.json', 'utf8')) as { version: string }).version);

    it('is the `node` package, a caret range on Node 24 (Astro 7.4 needs 22.23.4 or later, and the registry has no such 22)', () => {
      expect(range).toMatch(/^\^24\.\d+\.\d+$/);
    });

    it('runs .ts files without a flag: type stripping is on by default from Node 22.18.0', () => {
      expect(atLeast(lowest, [22, 18, 0])).toBe(true);
    });

    it('engines states the same range, so npm tells whoever installs which Node the scripts need', () => {
      expect((pkg as unknown as { engines: { node: string } }).engines.node).toBe(range);
    });

    it('the installed package is within that range', () => {
      expect(installed[0]).toBe(lowest[0]);
      expect(atLeast(installed, lowest)).toBe(true);
    });
  });

  it('keeps test and bench tools out of production, and Lighthouse out of package.json', () => {
    for (const dev of ['vitest', 'playwright-core', 'html-validate', 'axe-core', 'cheerio', '@astrojs/check', 'typescript', 'dependency-cruiser']) {
      expect(Object.keys(pkg.dependencies), dev).not.toContain(dev);
    }
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('lighthouse');
  });
});
