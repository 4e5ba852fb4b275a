/**
 * The lazy widget table (src/site/widgets.ts) agrees with the code: each tag maps to a module in
 * src/client/ that defines that custom element, and the shared script (src/client/site.ts)
 * has exactly one import() per widget, of that module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleOf, widgets } from '../../src/site/widgets.ts';

const site = readFileSync('src/client/site.ts', 'utf8');

describe('moduleOf', () => {
  it.each([
    ['read-aloud', 'readAloud'],
    ['search-page', 'searchPage'],
    ['table-filter', 'tableFilter'],
    ['progress-chart', 'progressChart'],
    ['a-b-c', 'aBC'],
    ['plain', 'plain'],
  ])('%s → %s', (tag, module) => {
    expect(moduleOf(tag)).toBe(module);
  });
});

describe.each(widgets)('<$tag> ($when)', ({ tag }) => {
  const file = `src/client/${moduleOf(tag)}.ts`;

  it('has a module that defines the element', () => {
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`customElements\\.define\\(\\s*'${tag}'`));
  });

  it('is loaded by the shared script from that module, once', () => {
    const entries = [...site.matchAll(/'([a-z-]+)': \(\) => import\('\.\/(\w+)\.ts'\)/g)];
    expect(entries.filter(([, t]) => t === tag).map(([, , m]) => m)).toEqual([moduleOf(tag)]);
  });
});

describe('the shared script', () => {
  it('loads no widget the table does not list, and imports no widget module statically', () => {
    const loaded = [...site.matchAll(/'([a-z-]+)': \(\) => import\(/g)].map((m) => m[1]);
    expect(loaded.sort()).toEqual(widgets.map((w) => w.tag).sort());
    const staticImports = [...site.matchAll(/^import .*?'([^']+)';$/gm)].map((m) => m[1]);
    for (const w of widgets) expect(staticImports).not.toContain(`./${moduleOf(w.tag)}.ts`);
  });
});
