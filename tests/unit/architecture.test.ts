/**
 * The layer rules of docs/architecture.md catch what they forbid. dependency-cruiser checks the
 * imports (`npm run check:architecture`, .dependency-cruiser.mjs) and ESLint the environment
 * reads (eslint.config.js). Each rule is proved here by planting a violation in a copy of the
 * checkout and seeing the rule name it; the copy is the real tree plus the plants, so the same
 * run shows that the real tree breaks no rule.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchitecture, copyCode, type ArchitectureReport, type Violation } from '../../scripts/lib/architecture.ts';
import config from '../../.dependency-cruiser.mjs';

interface Plant {
  /** The file written (or, for an existing file, appended to) in the copy. */
  file: string;
  source: string;
  /** The rules it must break, each with the file the rule names as the import's target. */
  breaks: [rule: string, to: string][];
}

/** A new file in a layer that imports what the layer may not; `.astro` plants put the import in the frontmatter. */
const plant = (file: string, imports: string, ...breaks: [string, string][]): Plant => ({
  file,
  source: file.endsWith('.astro') ? `---\n${imports}\n---\n<p>x</p>\n` : `${imports}\nexport const planted = 1;\n`,
  breaks,
});

const plants: Plant[] = [
  // The ten imports issue 25 found unchecked.
  plant('src/search/plantedProgress.ts', "import '../progress/assess.ts';", ['search-imports', 'src/progress/assess.ts']),
  plant(
    'src/versions/plantedContent.ts',
    "import { getCollection } from 'astro:content';",
    ['versions-imports', 'astro:content'],
    ['astro-modules-in-astro-code', 'astro:content'],
  ),
  plant('src/versions/plantedData.ts', "import '../data/join.ts';", ['versions-imports', 'src/data/join.ts']),
  plant('src/images/plantedData.ts', "import '../data/join.ts';", ['images-imports', 'src/data/join.ts']),
  plant('src/config/plantedSite.ts', "import '../site/url.ts';", ['config-imports', 'src/site/url.ts']),
  plant('src/schemas/plantedProgress.ts', "import '../progress/assess.ts';", ['schemas-imports', 'src/progress/assess.ts']),
  plant(
    'src/client/plantedExport.ts',
    "import '../export/csv.ts';",
    ['client-imports', 'src/export/csv.ts'],
    ['client-reaches-browser-code-only', 'src/export/csv.ts'],
  ),
  plant(
    'src/client/plantedSchema.ts',
    "import { progressReportSchema } from '../schemas/progress.ts';",
    ['client-imports', 'src/schemas/progress.ts'],
    ['client-reaches-browser-code-only', 'src/schemas/progress.ts'],
  ),
  plant('src/progress/plantedExport.ts', "import '../export/csv.ts';", ['progress-imports', 'src/export/csv.ts']),
  plant('src/site/plantedProgress.ts', "import '../progress/assess.ts';", ['site-imports', 'src/progress/assess.ts']),

  // Every other rule.
  plant('src/helpers/planted.ts', "import '../model/format.ts';", ['known-layer', 'src/model/format.ts']),
  plant('src/model/plantedPackage.ts', "import type { Parser } from 'htmlparser2';", ['model-imports-nothing', 'htmlparser2']),
  plant('src/model/plantedTypo.ts', "import './formt.ts';", ['not-unresolvable', './formt.ts'], ['model-imports-nothing', './formt.ts']),
  plant('src/checks/plantedData.ts', "import '../data/join.ts';", ['checks-imports', 'src/data/join.ts']),
  plant('src/import/plantedFiles.ts', "import './files/batch.ts';", ['import-decides-in-pure-code', 'src/import/files/batch.ts']),
  plant('src/import/plantedNode.ts', "import { readFileSync } from 'node:fs';", ['import-decides-in-pure-code', 'fs']),
  plant('src/import/files/plantedData.ts', "import '../../data/join.ts';", ['import-files-imports', 'src/data/join.ts']),
  plant(
    'src/site/plantedImport.ts',
    "import type { Cell } from '../import/cell.ts';",
    ['import-only-from-scripts', 'src/import/cell.ts'],
    ['site-imports', 'src/import/cell.ts'],
  ),
  plant('src/export/plantedSite.ts', "import '../site/url.ts';", ['export-imports', 'src/site/url.ts']),
  plant('src/review/plantedData.ts', "import '../data/join.ts';", ['review-imports', 'src/data/join.ts']),
  plant('src/data/plantedPageModel.ts', "import type { ProgressPage } from '../pageModels/progressPage.ts';", [
    'data-imports',
    'src/pageModels/progressPage.ts',
  ]),
  plant('src/pageModels/plantedData.ts', "import '../data/join.ts';", ['page-models-imports', 'src/data/join.ts']),
  plant('src/progress/plantedSchema.ts', "import { progressReportSchema } from '../schemas/progress.ts';", ['schema-types-only', 'src/schemas/progress.ts']),
  plant('src/pageModels/plantedSchema.ts', "import { progressReportSchema } from '../schemas/progress.ts';", [
    'page-models-schema-types-only',
    'src/schemas/progress.ts',
  ]),
  // A site/ module that imports a schema: the browser code that imports it reaches zod.
  plant('src/site/plantedBridge.ts', "import '../schemas/progress.ts';", ['schema-types-only', 'src/schemas/progress.ts']),
  plant('src/client/plantedIndirect.ts', "import '../site/plantedBridge.ts';", ['client-reaches-browser-code-only', 'src/schemas/progress.ts']),
  plant(
    'src/components/PlantedImport.astro',
    "import '../import/cell.ts';",
    ['markup-imports', 'src/import/cell.ts'],
    ['import-only-from-scripts', 'src/import/cell.ts'],
  ),
  plant('src/components/PlantedChecks.astro', "import '../checks/issue.ts';", ['markup-imports', 'src/checks/issue.ts']),
  plant('src/components/PlantedContent.astro', "import { getCollection } from 'astro:content';", ['markup-content-through-data', 'astro:content']),
  plant('src/components/PlantedClient.astro', "import '../client/site.ts';", ['markup-client-by-script-only', 'src/client/site.ts']),
  {
    file: 'src/components/PlantedScriptBody.astro',
    source: "---\n---\n<p>x</p>\n<script>\n  document.title = 'x';\n</script>\n",
    breaks: [['script-src-only', 'astro:script-body']],
  },
  {
    file: 'src/components/PlantedScriptImport.astro',
    source: '---\n---\n<p>x</p>\n<script src="../import/cell.ts"></script>\n',
    breaks: [
      ['markup-imports', 'src/import/cell.ts'],
      ['import-only-from-scripts', 'src/import/cell.ts'],
    ],
  },
  plant('src/pages/plantedModel.astro', "import { progressPage } from '../pageModels/progressPage';", [
    'page-model-pages-listed',
    'src/pageModels/progressPage.ts',
  ]),
  plant('src/integrations/plantedData.ts', "import '../data/join.ts';", ['integrations-imports', 'src/data/join.ts']),
  plant('scripts/plantedIntegration.ts', "import '../src/integrations/finishPages.ts';", [
    'integrations-only-from-astro-config',
    'src/integrations/finishPages.ts',
  ]),
  plant(
    'src/site/plantedStyle.ts',
    "import '../styles/global.css';",
    ['styles-only-from-markup', 'src/styles/global.css'],
    ['site-imports', 'src/styles/global.css'],
  ),
  plant(
    'src/data/plantedScript.ts',
    "import '../../scripts/lib/run.ts';",
    ['src-never-imports-scripts', 'scripts/lib/run.ts'],
    ['data-imports', 'scripts/lib/run.ts'],
  ),
  plant('scripts/plantedContent.ts', "import '../src/data/content.ts';", ['scripts-run-outside-astro', 'astro:content']),
  // Existing files, one import added: a page that prints a page model, and Astro's loaders.
  {
    file: 'src/pages/progress/index.astro',
    source: "import { withBase } from '../../site/url';\n",
    breaks: [['modelled-page-prints-only', 'src/site/url.ts']],
  },
  { file: 'src/content.config.ts', source: "import './data/join.ts';\n", breaks: [['content-config-imports', 'src/data/join.ts']] },
];

/** Imports the rules allow, planted beside the faults: none may be reported. */
const allowed: Plant[] = [
  plant('src/progress/plantedSchemaType.ts', "import type { ProgressRow } from '../schemas/progress.ts';"),
  plant('src/pageModels/plantedLabels.ts', "import { documentLabels } from '../schemas/fieldLabels.ts';"),
  // Type-only imports carry no code: browser code that imports this module reaches no schema.
  plant('src/site/plantedTypes.ts', "import type { ProgressRow } from '../schemas/progress.ts';"),
  plant('src/client/plantedTypesOnly.ts', "import '../site/plantedTypes.ts';"),
  {
    file: 'src/components/PlantedScript.astro',
    source: '---\n---\n<p>x</p>\n<script src="../client/site.ts"></script>\n<script is:inline>document.title = \'x\';</script>\n',
    breaks: [],
  },
];

/** The frontmatter of an existing .astro file gets the import as its first line. */
function write(root: string, p: Plant): void {
  const path = join(root, p.file);
  let original: string | undefined;
  try {
    original = readFileSync(path, 'utf8');
  } catch {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, p.source);
    return;
  }
  if (p.file.endsWith('.astro')) writeFileSync(path, original.replace(/^---\n/, `---\n${p.source}`));
  else appendFileSync(path, p.source);
}

let root: string;
let report: ArchitectureReport;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'architecture-test-'));
  copyCode(process.cwd(), root);
  for (const p of [...plants, ...allowed]) write(root, p);
  report = await checkArchitecture(root);
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const key = (rule: string, from: string, to: string) => `${rule}: ${from} → ${to}`;
const reported = (v: Violation) => key(v.rule, v.from, v.to);

describe('the layer rules (dependency-cruiser)', () => {
  it('read every file of src/ and scripts/, .astro files included', () => {
    const files = new Set(report.files);
    const astro = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    expect(astro.length).toBeGreaterThan(50);
    for (const f of astro) expect(files, f).toContain(`src/${f}`);
    expect(files).toContain('src/client/site.ts');
    expect(files).toContain('scripts/build.ts');
  });

  it.each(plants.flatMap((p) => p.breaks.map(([rule, to]) => [rule, p.file, to] as const)))('%s catches %s → %s', (rule, from, to) => {
    expect(report.violations.map(reported)).toContain(key(rule, from, to));
  });

  it('report nothing else: the real tree and the allowed imports break no rule', () => {
    // A reachable rule reports every file reached (the schema, and zod behind it); the others one import each.
    const expected = new Set(plants.flatMap((p) => p.breaks.map(([rule]) => `${rule}: ${p.file}`)));
    expect(report.violations.filter((v) => !expected.has(`${v.rule}: ${v.from}`)).map(reported)).toEqual([]);
  });

  it('show the path to what browser code reaches', () => {
    const zod = report.violations.find((v) => v.from === 'src/client/plantedIndirect.ts' && v.to === 'astro');
    expect(zod?.via.slice(0, 2)).toEqual(['src/site/plantedBridge.ts', 'src/schemas/progress.ts']);
  });

  it('every rule is planted here and named in docs/architecture.md', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    const names = (config.forbidden ?? []).map((r) => r.name ?? '');
    expect(names.filter((n) => !plants.some((p) => p.breaks.some(([rule]) => rule === n)))).toEqual([]);
    expect(names.filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
  });

  it('the layer table has a row for every folder of src/', () => {
    const doc = readFileSync('docs/architecture.md', 'utf8');
    // The first cell of each row of the table, e.g. `components/`, `layouts/`, `pages/`.
    const firstCells = [...doc.matchAll(/^\| ([^|]+) \|/gm)].map((m) => m[1]!);
    const rows = new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([a-zA-Z]+)\/`/g)].map((m) => m[1])));
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !rows.has(f))).toEqual([]);
  });
});

describe('the environment rule (ESLint)', () => {
  // The rule's own config from eslint.config.js, without the type-aware rules (no type program needed).
  const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
  const envErrors = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: file });
    return result!.messages.filter((m) => m.message.includes('env rule')).map((m) => m.ruleId);
  };

  it.each([
    ['process.env.NAME', 'src/data/plantedEnv.ts', 'export const dir = process.env.CONTENT_DIR;\n', 'no-restricted-syntax'],
    ['process.env[name]', 'src/data/plantedEnv.ts', "export const dir = process.env['CONTENT_DIR'];\n", 'no-restricted-syntax'],
    [
      'const { NAME } = process.env',
      'src/site/plantedEnv.ts',
      'const { CONTENT_DIR } = process.env;\nexport const dir = CONTENT_DIR;\n',
      'no-restricted-syntax',
    ],
    [
      'import { env } from node:process',
      'scripts/plantedEnv.ts',
      "import { env } from 'node:process';\nexport const dir = env.CONTENT_DIR;\n",
      'no-restricted-imports',
    ],
    ['a read in an .astro file', 'src/components/PlantedEnv.astro', '---\nconst dir = process.env.CONTENT_DIR;\n---\n<p>{dir}</p>\n', 'no-restricted-syntax'],
  ])('refuses %s outside src/config/env.ts', async (_, file, code, rule) => {
    expect(await envErrors(file, code)).toEqual([rule]);
  });

  it.each([
    ['a read in src/config/env.ts', 'src/config/env.ts', 'export const dir = process.env.CONTENT_DIR;\n'],
    ['setting a variable for a child process', 'scripts/plantedEnv.ts', "process.env.BUILD_DATE = '2025-01-01';\n"],
    ['passing the whole environment on', 'scripts/plantedEnv.ts', 'export const env = { ...process.env, SAMPLE_DATA: "1" };\n'],
  ])('allows %s', async (_, file, code) => {
    expect(await envErrors(file, code)).toEqual([]);
  });
});
