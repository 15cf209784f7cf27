import type { PlatformApi } from '../../shared/platform/contract';
import { createBrowserPlatform } from './browserPlatform';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in a plain browser. */
    kartotek?: PlatformApi;
  }
}

/** Electron's bridge when the preload exposed it, else the browser implementation of the same contract. */
export const platform: PlatformApi = window.kartotek ?? createBrowserPlatform();
