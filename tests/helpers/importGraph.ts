/**
 * Every import of the project's own source, read from the text of each file (.ts, .mjs and the
 * frontmatter and scripts of .astro files), with relative specifiers resolved to repository paths.
 * Text, not a compiler: enough to check which layer imports which.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export interface Import {
  /** As written, e.g. '../model/format.ts' or 'chart.js'. */
  specifier: string;
  /** Repository path of the imported file, or null for a package or a virtual module. */
  resolved: string | null;
  /** `import type …` / `export type …`: erased at build time, so it carries no code. */
  typeOnly: boolean;
}

export interface SourceFile {
  path: string;
  text: string;
  imports: Import[];
}

const sourceExt = /\.(ts|mjs|astro)$/;
const specifiers =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|<script[^>]*\ssrc=["']([^"']+)["']/gm;

function walk(path: string): string[] {
  if (!statSync(path).isDirectory()) return sourceExt.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => walk(join(path, name)));
}

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier.split('?')[0]!));
  for (const candidate of [base, `${base}.ts`, `${base}.astro`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

export function importGraph(roots: string[]): Map<string, SourceFile> {
  const graph = new Map<string, SourceFile>();
  for (const path of roots.flatMap(walk)) {
    const text = readFileSync(path, 'utf8');
    const imports = [...text.matchAll(specifiers)].map((m) => {
      const specifier = (m[2] ?? m[3] ?? m[4])!;
      return { specifier, resolved: resolve(path, specifier), typeOnly: Boolean(m[1]) };
    });
    graph.set(path, { path, text, imports });
  }
  return graph;
}

/** Every file reachable from the entries through imports that carry code. */
export function reachableFrom(graph: Map<string, SourceFile>, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path) || !graph.has(path)) continue;
    seen.add(path);
    for (const i of graph.get(path)!.imports) if (i.resolved && !i.typeOnly) queue.push(i.resolved);
  }
  return seen;
}
