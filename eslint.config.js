// Lint rules, including the three-layer architecture (see README "Layout"):
//   shared/   pure TypeScript: no React, Electron, Dexie, Node, DOM globals, nor electron/ or renderer/
//   renderer/ DOM only: no electron/, no Electron, no Node modules
//   electron/ main and preload: never renderer/
// and the floors inside shared/ (FLOORS below, drawn in shared/README.md), with no import cycles anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { builtinModules } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';

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

/**
 * The floors of shared/ and renderer/, lowest first: a folder imports only from the floors below it, never
 * from a floor above nor from a neighbour on its own floor (as VS Code's code-layering rule holds
 * common/browser/node). 'features/*' is one room per feature folder, so features never import each other:
 * what two of them need lives in common/ or register/.
 */
// prettier-ignore
const FLOORS = {
  shared: [
    ['i18n'],
    ['model'],
    ['validation', 'catalog'],
    ['changes', 'templates'],
    ['project-file', 'checks'],
    ['documents', 'platform'],
    ['auditPack', 'spreadsheet'],
  ],
  renderer: [
    ['platform', 'db'],
    ['i18n'],
    ['common'],
    ['register'],
    ['features/*'],
    ['shell'],
    ['app'],
  ],
};

const rooms = (root, entry) =>
  entry.endsWith('/*')
    ? readdirSync(path.join(import.meta.dirname, root, entry.slice(0, -2)), { withFileTypes: true })
        .filter((child) => child.isDirectory())
        .map((child) => `${entry.slice(0, -2)}/${child.name}`)
    : [entry];

/** One zone per pair of rooms: `target` may not import `from`. */
function floorZones(root, declared) {
  const floors = declared.map((floor) => floor.flatMap((entry) => rooms(root, entry)));
  return floors.flatMap((floor, level) =>
    floor.flatMap((room) =>
      [...floor.filter((other) => other !== room), ...floors.slice(level + 1).flat()].map((other) => ({
        target: `${root}/${room}`,
        from: `${root}/${other}`,
        message: `${root}/${room} stands below or beside ${root}/${other}: move the code to the floor where both can reach it (FLOORS in eslint.config.js, drawn in shared/README.md).`,
      })),
    ),
  );
}

const zones = Object.entries(FLOORS).flatMap(([root, floors]) => floorZones(root, floors));

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
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'build/**/*.{js,mjs,cjs,ts}', '*.{js,ts,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
