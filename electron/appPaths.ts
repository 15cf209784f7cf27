import path from 'node:path';

export interface AppPaths {
  /** Vite's output, served as app://kartotek/. */
  readonly rendererRoot: string;
  readonly preloadPath: string;
}

/**
 * Where the bundles sit relative to dist/electron/main.cjs. The same layout holds inside app.asar, so
 * the packaged app needs no special case.
 */
export function resolveAppPaths(mainBundleDirectory: string): AppPaths {
  return {
    rendererRoot: path.resolve(mainBundleDirectory, '..', 'renderer'),
    preloadPath: path.resolve(mainBundleDirectory, 'preload.cjs'),
  };
}
