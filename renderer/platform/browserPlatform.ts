import type { AppInfo, MenuCommand, PlatformApi } from '../../shared/platform/contract';
import { isOfferedExternalLink } from '../../shared/platform/externalLinks';

/**
 * The platform when Kartotek runs as a web page (no Electron bridge): data stays in the browser's
 * IndexedDB, files are opened from a picker and saved as downloads, and there is no native menu.
 */
export function createBrowserPlatform(): PlatformApi {
  return {
    kind: 'web',
    async getAppInfo(): Promise<AppInfo> {
      return { version: __APP_VERSION__, host: 'web', dataDirectory: null, electronVersion: null };
    },
    async setUiLanguage() {
      // A web page has no native menu to translate.
    },
    async openExternal(url: string) {
      if (!isOfferedExternalLink(url)) return false;
      window.open(url, '_blank', 'noopener,noreferrer');
      return true;
    },
    onMenuCommand(_listener: (command: MenuCommand) => void) {
      return () => {};
    },
  } satisfies PlatformApi;
}
