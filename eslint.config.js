// Lint rules, including the three-layer architecture (see README "Layout"):
//   shared/   pure TypeScript: no React, Electron, Dexie, Node, DOM globals, nor electron/ or renderer/
//   renderer/ DOM only: no electron/, no Electron, no Node modules
//   electron/ main and preload: never renderer/
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// Bare Node built-ins are matched exactly (so a local "./path" module is fine); node:* by pattern.
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const layer = (message, { names = [], patterns = [] }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: patterns.length ? [{ group: patterns, message }] : [],
    },
  ],
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...layer(
        'shared/ is pure TypeScript: it may not import React, Electron, Dexie, Node or the app layers.',
        {
          names: ['react', 'react-dom', 'electron', 'dexie', 'dexie-react-hooks', ...nodeBuiltins],
          patterns: [
            'react/*',
            'react-dom/*',
            'electron/*',
            'dexie/*',
            '@mantine/*',
            'node:*',
            '**/electron/**',
            '**/renderer/**',
          ],
        },
      ),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'process',
          'require',
          'Buffer',
        ].map((name) => ({
          name,
          message: 'shared/ runs in main, renderer and CLI alike: no environment globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ runs in the sandboxed page: no electron/, Electron or Node modules.', {
        names: ['electron', ...nodeBuiltins],
        patterns: ['electron/*', 'node:*', '**/electron/**'],
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('electron/ may use shared/, never renderer/.', {
      names: ['react', 'react-dom'],
      patterns: ['**/renderer/**', '@mantine/*'],
    }),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{js,mjs,cjs,ts}', '*.{js,ts,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
