// @ts-check
/**
 * The layer rules of docs/architecture.md ("The layers of src/"), one forbidden rule per limit of
 * the table, checked by dependency-cruiser. Run them with `npm run check:architecture`
 * (scripts/checkArchitecture.ts), not with `depcruise` directly: that script first writes each
 * .astro file's frontmatter and <script>s as TypeScript (dependency-cruiser cannot read .astro
 * files), and checks the `reachable` rules over the imports that carry code only (type-only
 * imports are erased before the browser or Node runs anything). Every other rule counts every
 * import, `import type` included.
 *
 * Paths are as dependency-cruiser reports them: relative to the checkout (src/…, scripts/…), a
 * package's resolved file (…/node_modules/<name>/…), a Node module (node:fs, fs) or, for what no
 * file answers, the specifier itself (astro:content). An .astro file appears as X.astro.ts.
 *
 * Each rule's name is what the check prints; docs/architecture.md names every rule, and
 * tests/unit/architecture.test.ts plants a violation of each in a copy of the checkout.
 */

/** Anything of ours, as opposed to a package or a Node module. */
const ours = '^(src|scripts|tests)/';
/** Pages, components and layouts: markup. */
const markup = '^src/(components|layouts|pages)/';
/**
 * The pages that print a page model. `page-model-pages-listed` makes every page that imports a
 * page model appear here, so `modelled-page-prints-only` cannot miss one.
 */
const modelledPages = '^src/pages/(progress/index|indicators/\\[slug\\]|departments/\\[id\\]|guide/merchants|sitemap)\\.astro';
/** Every folder of src/ the table has a row for, and the two files at its top. */
const layers =
  '^src/(model|schemas|checks|progress|import|export|search|site|images|config|versions|review|data|pageModels|client|components|layouts|pages|integrations|styles)/|^src/content\\.config\\.ts$';
/** Code the browser may run: ours in these folders, and Chart.js. */
const browserCode = '^src/(client|model|search|site)/|(^|/)node_modules/chart\\.js/';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    // ── The table, row by row ────────────────────────────────────────────────────────────────
    {
      name: 'known-layer',
      comment: 'Every file of src/ is in a folder the layer table has a row for: a new or renamed folder gets a row and rules first.',
      severity: 'error',
      from: { path: '^src/', pathNot: layers },
      to: {},
    },
    {
      name: 'model-imports-nothing',
      comment: "model/ is the plan's own arithmetic: it imports nothing outside model/, no package and no Node module, not even a type.",
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: '^src/model/' },
    },
    {
      name: 'schemas-imports',
      comment: 'schemas/ may import model/ and config/ of ours.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { path: ours, pathNot: '^src/(schemas|model|config)/' },
    },
    {
      name: 'checks-imports',
      comment: 'checks/ may import model/, schemas/, progress/ and config/ of ours.',
      severity: 'error',
      from: { path: '^src/checks/' },
      to: { path: ours, pathNot: '^src/(checks|model|schemas|progress|config)/' },
    },
    {
      name: 'progress-imports',
      comment: 'progress/ may import model/ and types from schemas/ of ours.',
      severity: 'error',
      from: { path: '^src/progress/' },
      to: { path: ours, pathNot: '^src/(progress|model|schemas)/' },
    },
    {
      name: 'import-decides-in-pure-code',
      comment:
        'import/ outside import/files/ decides rows in pure code: it may import model/, progress/, checks/ and schema types, no package, no Node module and nothing of import/files/.',
      severity: 'error',
      from: { path: '^src/import/', pathNot: '^src/import/files/' },
      to: { pathNot: '^src/(import/(?!files/)|model/|progress/|checks/|schemas/)' },
    },
    {
      name: 'import-files-imports',
      comment: 'import/files/ (the Node-only edge that reads files) may import import/, model/, progress/, checks/ and schema types of ours, and packages.',
      severity: 'error',
      from: { path: '^src/import/files/' },
      to: { path: ours, pathNot: '^src/(import|model|progress|checks|schemas)/' },
    },
    {
      name: 'import-only-from-scripts',
      comment: 'Nothing of the site imports import/: only scripts/ (npm run import:progress, import:merchants) do.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/import/' },
      to: { path: '^src/import/' },
    },
    {
      name: 'export-imports',
      comment: 'export/ may import model/, progress/ and types from schemas/ of ours.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: ours, pathNot: '^src/(export|model|progress|schemas)/' },
    },
    {
      name: 'search-imports',
      comment: 'search/ may import model/ of ours (the browser runs it).',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: ours, pathNot: '^src/(search|model)/' },
    },
    {
      name: 'site-imports',
      comment: 'site/ may import model/ and types from schemas/ of ours (the browser runs parts of it).',
      severity: 'error',
      from: { path: '^src/site/' },
      to: { path: ours, pathNot: '^src/(site|model|schemas)/' },
    },
    {
      name: 'images-imports',
      comment: 'images/ may import model/ and config/ of ours.',
      severity: 'error',
      from: { path: '^src/images/' },
      to: { path: ours, pathNot: '^src/(images|model|config)/' },
    },
    {
      name: 'config-imports',
      comment: 'config/ may import model/ of ours.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: ours, pathNot: '^src/(config|model)/' },
    },
    {
      name: 'versions-imports',
      comment: 'versions/ is pure: it may import model/ and the diff package, nothing else (no Node module, no astro:*).',
      severity: 'error',
      from: { path: '^src/versions/' },
      to: { pathNot: '^src/(versions|model)/|(^|/)node_modules/diff/' },
    },
    {
      name: 'review-imports',
      comment: 'review/ (what staff must decide) may import model/, schemas/, checks/, progress/, site/ and config/ of ours.',
      severity: 'error',
      from: { path: '^src/review/' },
      to: { path: ours, pathNot: '^src/(review|model|schemas|checks|progress|site|config)/' },
    },
    {
      name: 'data-imports',
      comment: 'data/ may import every layer above it in the table, never page models, markup, client/, integrations/ or scripts/ (import/ has its own rule).',
      severity: 'error',
      from: { path: '^src/data/' },
      to: { path: '^src/(pageModels|client|components|layouts|pages|integrations)/|^(scripts|tests)/' },
    },
    {
      name: 'page-models-imports',
      comment:
        'Page models are pure: they may import model/, progress/, site/, review/ (what publishing waits for: the footer marks those fields), other page models and schemas/ (types, and fieldLabels.ts), no package, no Node module.',
      severity: 'error',
      from: { path: '^src/pageModels/' },
      to: { pathNot: '^src/(pageModels|model|progress|site|review|schemas)/' },
    },
    {
      name: 'schema-types-only',
      comment: 'progress/, import/, export/ and site/ take types from schemas/, never a schema (zod stays out of them and out of the browser).',
      severity: 'error',
      from: { path: '^src/(progress|import|export|site)/' },
      to: { path: '^src/schemas/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'page-models-schema-types-only',
      comment: 'Page models take types from schemas/; the one value they may import is the field labels (fieldLabels.ts, a table of words).',
      severity: 'error',
      from: { path: '^src/pageModels/' },
      to: { path: '^src/schemas/', pathNot: '^src/schemas/fieldLabels\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'client-imports',
      comment: 'client/ may import model/, search/, site/, client/ and Chart.js, nothing else, types included.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { pathNot: browserCode },
    },
    {
      name: 'client-reaches-browser-code-only',
      comment:
        'Nothing the browser runs reaches past model/, search/, site/, client/ and Chart.js through imports that carry code: no schema (zod), export/, data/, config/, checks/, images/, Node module or Node-only package.',
      severity: 'error',
      from: { path: '^src/client/' },
      to: { pathNot: browserCode, reachable: true },
    },
    {
      name: 'markup-imports',
      comment: 'Pages, components and layouts may import data/, page models and the domain folders; never import/, checks/, integrations/ or scripts/.',
      severity: 'error',
      from: { path: markup },
      to: { path: '^src/(import|checks|integrations)/|^(scripts|tests)/' },
    },
    {
      name: 'markup-content-through-data',
      comment: 'Pages, components and layouts get content through data/, never astro:content.',
      severity: 'error',
      from: { path: markup },
      to: { path: '^astro:content$' },
    },
    {
      name: 'markup-client-by-script-only',
      comment: 'Markup reaches client/ only through a <script> (written as import() by the .astro pre-step), never by importing it into the page.',
      severity: 'error',
      from: { path: markup },
      to: { path: '^src/client/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'script-src-only',
      comment:
        'Code the browser runs lives in client/, where its rules hold: a <script> that Astro bundles only points at it (src), and has no code of its own (the .astro pre-step writes such a script as an import of astro:script-body).',
      severity: 'error',
      from: { path: markup },
      to: { path: '^astro:script-body$' },
    },
    {
      name: 'page-model-pages-listed',
      comment: 'A page that imports a page model is listed in modelledPages (.dependency-cruiser.mjs), so that modelled-page-prints-only holds it.',
      severity: 'error',
      from: { path: '^src/pages/', pathNot: modelledPages },
      to: { path: '^src/pageModels/' },
    },
    {
      name: 'modelled-page-prints-only',
      comment: 'A page that prints a page model computes nothing itself: no model/, progress/, site/, export/, search/, schemas/ or checks/.',
      severity: 'error',
      from: { path: modelledPages },
      to: { path: '^src/(model|progress|site|export|search|schemas|checks)/' },
    },
    {
      name: 'astro-modules-in-astro-code',
      comment: "Astro's virtual modules (astro:*) exist only inside an Astro build: only data/, markup and content.config.ts import them.",
      severity: 'error',
      from: { pathNot: '^src/(data|components|layouts|pages)/|^src/content\\.config\\.ts$' },
      to: { path: '^astro:' },
    },
    {
      name: 'content-config-imports',
      comment: "src/content.config.ts (Astro's loaders) may import schemas/, checks/, config/ and model/ of ours.",
      severity: 'error',
      from: { path: '^src/content\\.config\\.ts$' },
      to: { path: ours, pathNot: '^src/(schemas|checks|config|model)/' },
    },
    {
      name: 'integrations-imports',
      comment: 'integrations/ (run by Astro during the build) may import checks/, config/ and model/ of ours.',
      severity: 'error',
      from: { path: '^src/integrations/' },
      to: { path: ours, pathNot: '^src/(integrations|checks|config|model)/' },
    },
    {
      name: 'integrations-only-from-astro-config',
      comment: 'Only astro.config.mjs installs the integrations.',
      severity: 'error',
      from: { path: ours, pathNot: '^src/integrations/' },
      to: { path: '^src/integrations/' },
    },
    {
      name: 'styles-only-from-markup',
      comment: 'Stylesheets are imported by pages, components and layouts only.',
      severity: 'error',
      from: { pathNot: markup },
      to: { path: '^src/styles/' },
    },

    // ── Outside src/ ─────────────────────────────────────────────────────────────────────────
    {
      name: 'src-never-imports-scripts',
      comment: 'The site never depends on the commands (scripts/) or the tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-run-outside-astro',
      comment:
        'Commands run in plain Node: nothing they reach through imports that carry code is an Astro virtual module (astro:content only exists in a build) or an .astro file.',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^astro:|\\.astro(\\.ts)?$', reachable: true },
    },

    // ── The check sees every import ──────────────────────────────────────────────────────────
    {
      name: 'not-unresolvable',
      comment: "Every import of ours resolves to a file or a package (Astro's virtual modules aside), so no rule misses one by a path it cannot follow.",
      severity: 'error',
      from: { path: ours },
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    // Type-only imports are dependencies too (marked type-only), so rules can tell them apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // A package is a leaf: its own imports are its business.
    doNotFollow: { path: '(^|/)node_modules/' },
    // How Vite and Node resolve: the exports field with the import condition, and our own files by
    // their extension (imports in .astro files often leave it out).
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: true,
  },
};
