/**
 * The layer check behind `npm run check:architecture`: dependency-cruiser with the rules of
 * .dependency-cruiser.mjs (docs/architecture.md, "The layers of src/").
 *
 * dependency-cruiser does not read .astro files, so the check runs over a copy of the checkout's
 * code in which each X.astro is X.astro.ts: its frontmatter as written, then each <script> Astro
 * bundles as an import() of its src (a bundled <script> with code of its own becomes an import of
 * `astro:script-body`, which the rule script-src-only refuses). Imports such as './Head.astro'
 * still resolve there, since the resolver tries the name with .ts added.
 *
 * Two cruises of that copy: the `reachable` rules count only imports that carry code (what the
 * browser or Node actually loads; `import type` is erased), every other rule counts every import.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cruise, type IConfiguration, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { Parser } from 'htmlparser2';

/** One broken rule: which, between which files, and (for a reachable rule) through which. */
export interface Violation {
  rule: string;
  comment: string;
  from: string;
  to: string;
  /** The files in between, for a reachable rule. */
  via: string[];
}

export interface ArchitectureReport {
  violations: Violation[];
  /** Every file of ours the check read (src/, scripts/, astro.config.mjs), .astro files by their own name. */
  files: string[];
}

/** What the check reads, relative to the checkout. */
const cruised = ['src', 'scripts', 'astro.config.mjs'];
/** Copied for the cruise: the code, and what resolving it needs (tests/: scripts import its helpers). */
const copiedFolders = ['src', 'scripts', 'tests'];
const copiedFiles = ['astro.config.mjs', 'tsconfig.json', 'package.json', '.dependency-cruiser.mjs'];
const codeFile = /\.(ts|mjs|js|json|css|astro)$/;

/**
 * An .astro file as TypeScript that imports what it imports: the frontmatter, then one import()
 * per <script> that Astro bundles (no attribute but src; any other attribute leaves it inline).
 */
function astroAsTypeScript(source: string): string {
  // The frontmatter is fenced by --- lines at the very start of the file.
  const fence = /^\s*---\r?\n((?:[\s\S]*?\r?\n)?)---[ \t]*(?=\r?\n|$)/.exec(source);
  const frontmatter = fence?.[1] ?? '';
  const template = fence ? source.slice(fence.index + fence[0].length) : source;
  const scripts: string[] = [];
  let body: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'script' || Object.keys(attributes).some((a) => a !== 'src')) return;
        if (attributes.src) scripts.push(`void import(${JSON.stringify(attributes.src)});`);
        else body = '';
      },
      ontext(text) {
        if (body !== null) body += text;
      },
      onclosetag(name) {
        if (name === 'script' && body !== null) {
          if (body.trim()) scripts.push(`import 'astro:script-body';`);
          body = null;
        }
      },
    },
    { lowerCaseAttributeNames: false },
  );
  parser.write(template);
  parser.end();
  return [frontmatter, ...scripts].join('\n');
}

/** Copies the checkout's code and what resolving it needs from root to dir, and links node_modules. */
export function copyCode(root: string, dir: string): void {
  for (const folder of copiedFolders) {
    cpSync(join(root, folder), join(dir, folder), {
      recursive: true,
      filter: (from) => codeFile.test(from) || statSync(from).isDirectory(),
    });
  }
  for (const file of copiedFiles) cpSync(join(root, file), join(dir, file));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
}

/** A copy of the checkout's code with every .astro file as X.astro.ts. */
function mirror(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'architecture-'));
  copyCode(root, dir);
  for (const path of readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (!path.endsWith('.astro')) continue;
    const file = join(dir, 'src', path);
    writeFileSync(`${file}.ts`, astroAsTypeScript(readFileSync(file, 'utf8')));
    unlinkSync(file);
  }
  return dir;
}

const isReachableRule = (rule: IForbiddenRuleType) => 'to' in rule && 'reachable' in rule.to;
/** A file by its name in the checkout; a package's file by the package's name. */
const ownName = (path: string) => path.replace(/\.astro\.ts$/, '.astro').replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');

/** Runs the rules of root/.dependency-cruiser.mjs over root's code. */
export async function checkArchitecture(root: string): Promise<ArchitectureReport> {
  const dir = mirror(root);
  try {
    const config = (await import(pathToFileURL(join(dir, '.dependency-cruiser.mjs')).href)) as { default: IConfiguration };
    const { forbidden = [], options = {} } = config.default;
    const tsConfigFile = join(dir, 'tsconfig.json');
    const run = async (rules: IForbiddenRuleType[], typeOnlyCounts: boolean) => {
      const { output } = await cruise(
        cruised,
        {
          ...options,
          baseDir: dir,
          tsPreCompilationDeps: typeOnlyCounts,
          tsConfig: { fileName: tsConfigFile },
          validate: true,
          ruleSet: { forbidden: rules },
          outputType: 'json',
        },
        {},
        { tsConfig: extractTSConfig(tsConfigFile) },
      );
      return (typeof output === 'string' ? JSON.parse(output) : output) as ICruiseResult;
    };
    const results = [
      await run(
        forbidden.filter((r) => !isReachableRule(r)),
        true,
      ),
      await run(forbidden.filter(isReachableRule), false),
    ];
    const comments = new Map(forbidden.map((r) => [r.name ?? '', r.comment ?? '']));
    const violations = results.flatMap((result) =>
      result.summary.violations.map((v) => ({
        rule: v.rule.name,
        comment: comments.get(v.rule.name) ?? '',
        from: ownName(v.from),
        to: ownName(v.to),
        via: (v.via ?? []).map((step) => ownName(step.name)),
      })),
    );
    const files = results[0]!.modules.map((m) => ownName(m.source)).filter((p) => /^(src|scripts)\/|^astro\.config\.mjs$/.test(p));
    return { violations, files };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
