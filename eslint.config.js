// @ts-check
/**
 * ESLint for the whole repository (`npm run lint`, and the first step of `npm test`).
 *
 * - TypeScript files get typescript-eslint's type-checked rules: they catch promises nobody
 *   awaits, `any` leaking out of JSON.parse, and similar mistakes `astro check` lets through.
 * - .astro files get eslint-plugin-astro's rules and its strict accessibility rules (from
 *   eslint-plugin-jsx-a11y-x, the fork of eslint-plugin-jsx-a11y that supports ESLint 10;
 *   eslint-plugin-astro accepts either). They are linted without type information: the Astro
 *   parser cannot give JSX expressions a type, so every `items.map((x) => <li>…</li>)` would be an
 *   "unsafe return of an error-typed value". `astro check` checks their types, and logic worth
 *   type-aware linting belongs in .ts modules anyway.
 * - The few JavaScript files (this one, astro.config.mjs, public/elder-mode.js) type-check through
 *   JSDoc, whose casts typescript-eslint cannot see (JSON.parse stays `any` whatever the cast), so
 *   they get the rules that need no types.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.test-dist/', '.build-tmp/', '.bench-dist/', '.astro/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // For JavaScript files (TypeScript knows its globals): Node, except the script in public/.
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.{js,mjs}'], extends: [tseslint.configs.disableTypeChecked] },
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      // A table wider than the screen sits in a scrolling region that keyboard users must be able to
      // focus to scroll (WCAG 2.1.1; axe's scrollable-region-focusable). Such regions carry
      // role="region" and a name, so tabindex="0" is allowed on that role (and on tab panels, the
      // rule's default).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true }],
    },
  },
);
