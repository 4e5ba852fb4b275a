/**
 * Every built page that has a table links the table rules (src/styles/table.css). There is no one
 * table component to import them once: the pages and components that write `<table>` each import
 * the file, so a new one that forgets would render a bare, unscrollable table on a phone. Read from
 * the stylesheets each page really links after the build has joined them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testBuilds } from '../helpers/builds.ts';
import { allPages, load, requireBuild } from '../helpers/site.ts';

/** Rules only src/styles/table.css writes, as they come out of the build's minifier. */
const tableRules = ['.table-scroll{', 'border-collapse:separate'];

describe.each(testBuilds)('table styles at base $base', (build) => {
  requireBuild(build);
  const css = new Map<string, string>();
  const linkedCss = (href: string) => {
    if (!css.has(href)) css.set(href, readFileSync(join(build.dir, href.slice(build.base.length)), 'utf8'));
    return css.get(href)!;
  };

  it('every page with a table links the table rules', () => {
    const withTables = allPages(build).filter((p) => p === '' || p.endsWith('/') || p.endsWith('.html'));
    let tables = 0;
    for (const p of withTables) {
      const $ = load(build, p);
      if ($('table').length === 0) continue;
      tables += 1;
      const styles = $('link[rel="stylesheet"]')
        .map((_, l) => linkedCss($(l).attr('href')!))
        .get()
        .join('\n');
      for (const rule of tableRules) expect(styles, `${p || '/'}：${rule}`).toContain(rule);
    }
    // /plan/ (附件2) and /indicators/ have tables in every build.
    expect(tables).toBeGreaterThanOrEqual(2);
  });
});
