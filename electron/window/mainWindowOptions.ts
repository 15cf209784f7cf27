import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type RestoredWindowState } from './windowState';

/**
 * The one app window. Every web preference that matters for safety is spelled out, even where it is
 * Electron's default, so a reader (and the test) sees the whole checklist in one place and a future
 * default change cannot weaken it silently.
 */
export function createMainWindowOptions(
  preloadPath: string,
  bounds: RestoredWindowState['bounds'] = { ...DEFAULT_WINDOW_SIZE },
  iconPath?: string,
): BrowserWindowConstructorOptions {
  return {
    title: 'Kartotek',
    ...(iconPath ? { icon: iconPath } : {}),
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
