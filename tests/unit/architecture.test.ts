/**
 * The direction of imports between the layers of src/ (see docs/architecture.md). Each rule is
 * checked over every import of every file, read from the source text, so a new file is covered
 * the day it is added.
 */
import { describe, expect, it } from 'vitest';
import { importGraph, reachableFrom, type Import, type SourceFile } from '../helpers/importGraph.ts';

const graph = importGraph(['src', 'scripts', 'astro.config.mjs']);
const files = [...graph.values()];
const under = (dir: string) => files.filter((f) => f.path.startsWith(`${dir}/`));
const ours = (f: SourceFile) => f.imports.filter((i) => i.resolved !== null);

describe('the layers of src/', () => {
  it('finds the files and their imports', () => {
    expect(under('src/model').length).toBeGreaterThan(3);
    expect(under('src/client').length).toBeGreaterThan(3);
    expect(ours(graph.get('src/data/content.ts')!).map((i) => i.resolved)).toContain('src/data/join.ts');
  });

  it('the model imports nothing of ours outside src/model, and no package', () => {
    const wrong = under('src/model').flatMap((f) =>
      f.imports.filter((i) => (i.resolved ? !i.resolved.startsWith('src/model/') : true)).map((i) => `${f.path} → ${i.specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('domain code (checks, progress, export, search, site) reaches content only through types, never page models, pages, components or astro:content', () => {
    const domain = ['src/checks', 'src/progress', 'src/export', 'src/search', 'src/site'].flatMap(under);
    const wrong = domain.flatMap((f) =>
      f.imports
        .filter(
          (i) =>
            i.specifier.startsWith('astro:') ||
            /^src\/(data|pageModels|pages|components|layouts|client)\//.test(i.resolved ?? '') ||
            (i.resolved?.startsWith('src/schemas/') && !i.typeOnly && !f.path.startsWith('src/checks/')),
        )
        .map((i) => `${f.path} → ${i.specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('page models are pure: they import the model, progress, site, the review and schema types, never astro:*, src/data, markup or a package', () => {
    const models = under('src/pageModels');
    const allowed = (i: Import) =>
      /^src\/(model|progress|site|review|pageModels)\//.test(i.resolved ?? '') ||
      // Schemas for their types; the field labels are a plain table of words, not a schema.
      (i.resolved?.startsWith('src/schemas/') && (i.typeOnly || i.resolved === 'src/schemas/fieldLabels.ts'));
    const wrong = models.flatMap((f) => f.imports.filter((i) => !allowed(i)).map((i) => `${f.path} → ${i.specifier}`));
    expect(models.map((f) => f.path)).toEqual(
      expect.arrayContaining(['src/pageModels/progressPage.ts', 'src/pageModels/indicatorPage.ts', 'src/pageModels/departmentPage.ts']),
    );
    expect(wrong).toEqual([]);
  });

  it('a page with a page model only prints it: it imports no computation of its own', () => {
    const modelled = under('src/pages').filter((f) => f.imports.some((i) => i.resolved?.startsWith('src/pageModels/')));
    const wrong = modelled.flatMap((f) =>
      f.imports.filter((i) => /^src\/(model|progress|site|export|search|schemas|checks)\//.test(i.resolved ?? '')).map((i) => `${f.path} → ${i.specifier}`),
    );
    expect(modelled.map((f) => f.path)).toEqual(
      expect.arrayContaining(['src/pages/progress/index.astro', 'src/pages/indicators/[slug].astro', 'src/pages/departments/[id].astro']),
    );
    expect(wrong).toEqual([]);
  });

  it('the staff review is pure: it imports the model, site, the review and schema types (and the field labels), content only as types, never a package, node:*, src/data or markup', () => {
    const review = under('src/review');
    const allowed = (i: Import) =>
      /^src\/(model|site|review)\//.test(i.resolved ?? '') ||
      ((i.resolved?.startsWith('src/schemas/') || i.resolved?.startsWith('src/checks/')) && i.typeOnly) ||
      i.resolved === 'src/schemas/fieldLabels.ts';
    const wrong = review.flatMap((f) => f.imports.filter((i) => !allowed(i)).map((i) => `${f.path} → ${i.specifier}`));
    expect(review.map((f) => f.path)).toEqual(expect.arrayContaining(['src/review/collectReview.ts', 'src/review/areas/identity.ts']));
    expect(wrong).toEqual([]);
  });

  it('code the browser runs never reaches Node-only code', () => {
    const entries = under('src/client').map((f) => f.path);
    const reached = reachableFrom(graph, entries);
    const nodeOnly = [...reached].flatMap((p) =>
      graph
        .get(p)!
        .imports.filter((i) => !i.typeOnly && (/^node:/.test(i.specifier) || /^(astro:content|@resvg|pagefind$|opencc-js|sirv)/.test(i.specifier)))
        .map((i) => `${p} → ${i.specifier}`),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(nodeOnly).toEqual([]);
    expect([...reached].filter((p) => /^src\/(data|images|checks|config)\//.test(p))).toEqual([]);
  });

  it('the import domain decides in pure code: only src/import/files/ touches files or packages, and nothing of the site imports it', () => {
    const pure = under('src/import').filter((f) => !f.path.startsWith('src/import/files/'));
    const wrong = pure.flatMap((f) =>
      f.imports
        .filter((i) => i.resolved === null || /^src\/(data|pageModels|pages|components|layouts|client|import\/files)\//.test(i.resolved))
        .map((i) => `${f.path} → ${i.specifier}`),
    );
    expect(pure.map((f) => f.path)).toEqual(expect.arrayContaining(['src/import/progressRows.ts', 'src/import/merge.ts', 'src/import/plausibility.ts']));
    expect(wrong).toEqual([]);
    const site = files.filter((f) => f.path.startsWith('src/') && !f.path.startsWith('src/import/'));
    expect(site.flatMap((f) => f.imports.filter((i) => i.resolved?.startsWith('src/import/')).map((i) => `${f.path} → ${i.specifier}`))).toEqual([]);
  });

  it('pages, components and layouts reach content through src/data, never astro:content', () => {
    const views = ['src/pages', 'src/components', 'src/layouts'].flatMap(under);
    const wrong = views.flatMap((f) => f.imports.filter((i) => i.specifier === 'astro:content').map(() => f.path));
    expect(views.length).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });

  it('environment variables are read in src/config/env.ts only', () => {
    // A read is process.env.NAME not followed by an assignment; scripts may still set variables
    // for the processes they start.
    const read = /process\.env\.([A-Z_]+)\b(?!\s*(?:=(?!=)|\?\?=))/g;
    const wrong = files.filter((f) => f.path !== 'src/config/env.ts').flatMap((f) => [...f.text.matchAll(read)].map((m) => `${f.path}: ${m[0]}`));
    expect(wrong).toEqual([]);
  });
});
