// Bundles the Electron main process, the preload and the CLI with esbuild (the renderer is Vite's job).
//   electron/main.ts        → dist/electron/main.cjs    Node inside Electron; 'electron' stays external
//   electron/preload.ts     → dist/electron/preload.cjs ONE file: a sandboxed preload may require only 'electron'
//   electron/cli/kartotek.ts → dist/cli/kartotek.mjs    plain Node ≥ 20: an ES module split into chunks
//                              (dist/cli/chunks/), so a command loads only its own code; dist/cli/kartotek.cjs,
//                              package.json "bin", starts it. dist/cli/metafile.json is esbuild's graph of it.
// `--out DIR` writes DIR/electron and DIR/cli instead of dist/…: a test builds into a folder of its own, so
// test files running side by side never delete each other's bundles.
import { build } from 'esbuild';
import { chmod, copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = path.resolve(root, args.out);
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// Electron 45 ships Chromium ≥ 152 and Node 24; the targets are lower bounds, so they may lag safely.
const NODE_TARGET = 'node20';
const CHROME_TARGET = 'chrome152';

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
};

await Promise.all([
  rm(path.join(out, 'electron'), { recursive: true, force: true }),
  rm(path.join(out, 'cli'), { recursive: true, force: true }),
]);

const [main, preload, cli] = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: path.join(out, 'electron/main.cjs'),
    platform: 'node',
    target: NODE_TARGET,
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: path.join(out, 'electron/preload.cjs'),
    // 'browser': a Node built-in imported by mistake fails the build here instead of at run time in
    // the sandbox. zod and shared/ are bundled in.
    platform: 'browser',
    target: CHROME_TARGET,
    external: ['electron'],
  }),
  build({
    ...common,
    // Splitting needs ES modules: each command's dynamic import (electron/cli/commands/index.ts) becomes a
    // chunk loaded when that command runs, so --help, validate and check start without the document code.
    format: 'esm',
    splitting: true,
    entryPoints: { kartotek: 'electron/cli/kartotek.ts' },
    outdir: path.join(out, 'cli'),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    target: NODE_TARGET,
    // Whitespace and syntax only (names kept): a cold start parses every byte of the chunks it loads, and this
    // halves them. Stack traces still name the functions.
    minifyWhitespace: true,
    minifySyntax: true,
    // The CommonJS dependencies bundled in (jszip's) still call require() for Node's built-ins; under a name of its
    // own, as fflate's Node build imports createRequire itself.
    banner: {
      js: "import { createRequire as cliRequire } from 'node:module'; const require = cliRequire(import.meta.url);",
    },
    define: { __KARTOTEK_VERSION__: JSON.stringify(pkg.version) },
  }),
]);

/** Modules a bundle still loads at run time (everything esbuild left external). */
function externalImports(result) {
  return [
    ...new Set(
      Object.values(result.metafile.outputs).flatMap((output) =>
        output.imports.filter((i) => i.external).map((i) => i.path),
      ),
    ),
  ];
}

const preloadImports = externalImports(preload);
if (preloadImports.some((name) => name !== 'electron')) {
  throw new Error(
    `The sandboxed preload may only require 'electron', but it requires: ${preloadImports.join(', ')}`,
  );
}
if (externalImports(cli).includes('electron')) {
  throw new Error('The CLI runs in plain Node and must not import electron.');
}
await writeFile(path.join(out, 'cli/metafile.json'), JSON.stringify(cli.metafile));
// The "bin": a CommonJS file that starts the ES module, so the command is the same however it is called.
await writeFile(
  path.join(out, 'cli/kartotek.cjs'),
  "#!/usr/bin/env node\n'use strict';\nimport('./kartotek.mjs');\n",
  { mode: 0o755 },
);
await chmod(path.join(out, 'cli/kartotek.cjs'), 0o755);

const sizes = [main, preload, cli].flatMap((result) =>
  Object.entries(result.metafile.outputs).map(
    ([file, output]) => `${file} (${Math.round(output.bytes / 1024)} KiB)`,
  ),
);
console.log(`bundled ${sizes.join(', ')}`);

// The window icon beside main.cjs (electron/appPaths.ts): the generated 512 px icon of build/icons.
await copyFile(path.join(root, 'build/icons/512x512.png'), path.join(out, 'electron/icon.png'));
