import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

type ModuleWrapper = (
  exports: unknown,
  require: (id: string) => unknown,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void;

/**
 * Runs a CommonJS bundle in Node's own module wrapper, as Electron would load it, except that
 * require('electron') answers with `electron`: how the built main process and preload are started on a
 * machine without the Electron binary. Every other require is Node's, resolved from the bundle's folder.
 */
export function runBundleWithElectron(file: string, electron: object): void {
  const nodeRequire = createRequire(file);
  const wrapper = vm.runInThisContext(Module.wrap(readFileSync(file, 'utf8')), {
    filename: file,
  }) as ModuleWrapper;
  const module = { exports: {} };
  wrapper(
    module.exports,
    (id) => (id === 'electron' ? electron : nodeRequire(id)),
    module,
    file,
    path.dirname(file),
  );
}
