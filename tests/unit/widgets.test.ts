/**
 * The widget table (src/site/widgets.ts) and the widget modules agree: each tag has a module in
 * src/client/widgets/ that defines that custom element, every module there is in the table (a
 * module nobody lists would be a chunk never fetched), and the shared script (src/client/site.ts)
 * reaches them only through its one import.meta.glob, never by a static import.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleOf, widgets } from '../../src/site/widgets.ts';

// The shared script's code without its comment lines (which may well mention import()).
const site = readFileSync('src/client/site.ts', 'utf8')
  .split('\n')
  .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
  .join('\n');

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
  const file = `src/client/widgets/${moduleOf(tag)}.ts`;

  it('has a module that defines the element', () => {
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`customElements\\.define\\(\\s*'${tag}'`));
  });
});

describe('the widget modules', () => {
  it('are all in the table, once each', () => {
    const files = readdirSync('src/client/widgets').filter((f) => f.endsWith('.ts'));
    expect(files.sort()).toEqual(widgets.map((w) => `${moduleOf(w.tag)}.ts`).sort());
    expect(new Set(widgets.map((w) => w.tag)).size).toBe(widgets.length);
  });
});

describe('the shared script', () => {
  it('reaches the widget modules through one lazy import.meta.glob and nothing else', () => {
    expect([...site.matchAll(/import\.meta\.glob\(([^)]*)\)/g)].map((m) => m[1])).toEqual([`'./widgets/*.ts'`]);
    expect(site).not.toMatch(/eager/);
    // Its one import() is the header search box's code, fetched when a reader reaches for the box.
    expect([...site.matchAll(/\bimport\(([^)]*)\)/g)].map((m) => m[1])).toEqual([`'./searchBox.ts'`]);
    const staticImports = [...site.matchAll(/^import .*?'([^']+)';$/gm)].map((m) => m[1]);
    expect(staticImports.filter((s) => s!.includes('widgets/'))).toEqual([]);
  });
});
