// Lint rules, including the three-layer architecture (see README "Layout"):
//   shared/   pure TypeScript: no React, Electron, Dexie, Node, DOM globals, nor electron/ or renderer/
//   renderer/ DOM only: no electron/, no Electron, no Node modules
//   electron/ main and preload: never renderer/
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), 'node:*'];
const nodeModulePatterns = nodeBuiltins.flatMap((m) => (m.endsWith('*') ? [m] : [m, `${m}/*`]));

const layer = (message, groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
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
      ...layer('shared/ is pure TypeScript: it may not import React, Electron, Dexie, Node or the app layers.', [
        'react',
        'react-dom',
        'react/*',
        'react-dom/*',
        'electron',
        'electron/*',
        'dexie',
        'dexie-*',
        '@mantine/*',
        ...nodeModulePatterns,
        '**/electron/**',
        '**/renderer/**',
      ]),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'process', 'require', 'Buffer'].map(
          (name) => ({ name, message: 'shared/ runs in main, renderer and CLI alike: no environment globals.' }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer('renderer/ runs in the sandboxed page: no electron/, Electron or Node modules.', [
        'electron',
        'electron/*',
        ...nodeModulePatterns,
        '**/electron/**',
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: layer('electron/ may use shared/, never renderer/.', ['**/renderer/**', 'react', 'react-dom', '@mantine/*']),
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{js,mjs,ts}', '*.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
