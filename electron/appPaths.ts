import path from 'node:path';

export interface AppPaths {
  /** Vite's output, served as app://kartotek/. */
  readonly rendererRoot: string;
  readonly preloadPath: string;
  /** The window icon (Linux and Windows task bars; macOS takes the bundle's). Copied there by the bundler. */
  readonly iconPath: string;
}

/**
 * Where the bundles sit relative to dist/electron/main.cjs. The same layout holds inside app.asar, so
 * the packaged app needs no special case.
 */
export function resolveAppPaths(mainBundleDirectory: string): AppPaths {
  return {
    rendererRoot: path.resolve(mainBundleDirectory, '..', 'renderer'),
    preloadPath: path.resolve(mainBundleDirectory, 'preload.cjs'),
    iconPath: path.resolve(mainBundleDirectory, 'icon.png'),
  };
}
