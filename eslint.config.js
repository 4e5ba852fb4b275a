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

/** Why an environment read is refused, and where it goes (docs/architecture.md, the layers' environment rule). */
const envMessage = '环境变量只在 src/config/env.ts 中按名读取（env rule: read process.env in src/config/env.ts only）：请在那里加一个读取函数并调用它。';

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
  {
    // The environment rule of docs/architecture.md: a variable is read by name only in
    // src/config/env.ts, so every setting has one reader that says what it is for. An import
    // graph cannot see a property read, so ESLint holds this rule, not dependency-cruiser. Setting
    // a variable for a child process (process.env.X = …) and passing the whole environment on
    // stay allowed.
    files: ['src/**/*.{ts,mjs,astro}', 'scripts/**/*.ts', '*.{js,mjs,ts}'],
    ignores: ['src/config/env.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']:not(AssignmentExpression > MemberExpression.left)",
          message: envMessage,
        },
        { selector: "VariableDeclarator[id.type='ObjectPattern'][init.object.name='process'][init.property.name='env']", message: envMessage },
        {
          selector: ":matches(AssignmentExpression, AssignmentPattern)[left.type='ObjectPattern'][right.object.name='process'][right.property.name='env']",
          message: envMessage,
        },
      ],
      'no-restricted-imports': ['error', { paths: ['node:process', 'process'].map((name) => ({ name, importNames: ['env'], message: envMessage })) }],
    },
  },
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
