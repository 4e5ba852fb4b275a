/**
 * Astro integration: after the build, limit each page's CSP hashes to its own inline code
 * (see src/integrations/cspHashes.ts). Runs inside `astro build`, so every build — tests, bench, deploy —
 * gets it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pruneCspHashes } from './cspHashes.ts';

export default function pruneCsp(): AstroIntegration {
  return {
    name: 'prune-csp-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!name.endsWith('.html')) continue;
          const file = join(root, name);
          const html = readFileSync(file, 'utf8');
          const pruned = pruneCspHashes(html);
          if (pruned !== html) writeFileSync(file, pruned);
        }
      },
    },
  };
}
