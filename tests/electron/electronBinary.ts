import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary =
  | { readonly available: true; readonly executablePath: string }
  | { readonly available: false; readonly reason: string };

/**
 * The Electron executable the `electron` package points to, or why there is none. require('electron')
 * is what resolves the path, but node_modules/electron/index.js tries to *download* a missing binary
 * first, which an offline machine or a locked-down CI cannot do (and should not try mid-test), so the
 * binary's presence is checked before requiring it.
 */
export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  try {
    const packageDir = path.dirname(require.resolve('electron/package.json'));
    if (!process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const pathFile = path.join(packageDir, 'path.txt');
      if (!existsSync(pathFile))
        throw new Error('node_modules/electron has no downloaded binary (path.txt missing)');
      const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
      if (!existsSync(binary)) throw new Error(`the binary ${binary} is missing`);
    }
    const executablePath: unknown = require('electron');
    if (typeof executablePath !== 'string' || !existsSync(executablePath)) {
      throw new Error(`require('electron') gave no executable (${String(executablePath)})`);
    }
    return { available: true, executablePath };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function skipMessage(binary: ElectronBinary): string {
  return binary.available
    ? `Electron suite: running with ${binary.executablePath}`
    : `Electron suite skipped: no Electron binary on this machine (${binary.reason})`;
}
