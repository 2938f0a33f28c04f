// Lint: TypeScript-aware recommended rules, React hooks rules for the renderer,
// and guards that backend code never imports electron (only main/shell may) and that
// nothing under main/ imports from renderer/.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_RENDERER = { group: ['**/renderer/**'], message: 'main/ may not import from renderer/ (shared code lives in shared/).' };
const NO_FEATURE_INTERNALS = {
  group: ['**/features/*/*', '!**/features/*/index'],
  message: "Import a feature through its public face (features/<name>/index.ts), not its internals.",
};
const NO_SIBLING_FEATURE_INTERNALS = {
  regex: '^\\.\\./[a-z][a-z-]*/.+',
  message: "Import another feature through its public face ('../<name>'), not its internals.",
};
const NO_RAW_DRIVER = {
  group: ['better-sqlite3', 'pg'],
  message: 'Features reach the register through Kysely (ctx.db); engine specifics live in main/backend/db/.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off', // Playwright fixtures use `async ({}, use)`
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['main/backend/**/*.ts', 'main/cli/**/*.ts', 'main/browser/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }] }],
    },
  },
  // The backend never depends on the renderer: what both render (the printouts) lives in shared/print/.
  // One block per folder, because a later no-restricted-imports replaces an earlier one's options.
  {
    files: ['main/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'main/ may not import from renderer/ (shared code lives in shared/).' }] }],
    },
  },
  {
    files: ['main/backend/**/*.{ts,tsx}', 'main/cli/**/*.{ts,tsx}', 'main/browser/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }],
          patterns: [NO_RENDERER, NO_FEATURE_INTERNALS],
        },
      ],
    },
  },
  // Features, services and the demo reach the register through the one async port (Kysely):
  // no raw driver handle, and another feature only through its public face (index.ts).
  {
    files: ['main/backend/services/**/*.ts', 'main/backend/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }], patterns: [NO_RENDERER, NO_FEATURE_INTERNALS, NO_RAW_DRIVER] },
      ],
    },
  },
  {
    files: ['main/backend/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }],
          patterns: [NO_RENDERER, NO_FEATURE_INTERNALS, NO_RAW_DRIVER, NO_SIBLING_FEATURE_INTERNALS],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only main/shell may import electron.' }],
          patterns: [{ group: ['node:*', 'better-sqlite3', 'kysely'], message: 'shared/ and renderer/ run in the browser.' }],
        },
      ],
    },
  },
);
