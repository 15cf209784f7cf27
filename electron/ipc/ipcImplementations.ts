import type { Language } from '../../shared/i18n/languages';
import type { IpcImplementations } from './ipcTypes';

export interface IpcDependencies {
  readonly appVersion: string;
  readonly dataDirectory: string;
  readonly electronVersion: string;
  setUiLanguage(language: Language): Promise<void>;
  openExternal(url: string): Promise<boolean>;
}

/** What each IPC call does once the gate has let it through. */
export function createIpcImplementations(deps: IpcDependencies): IpcImplementations {
  return {
    getAppInfo: async () => ({
      version: deps.appVersion,
      host: 'electron',
      dataDirectory: deps.dataDirectory,
      electronVersion: deps.electronVersion,
    }),
    setUiLanguage: (language) => deps.setUiLanguage(language),
    openExternal: (url) => deps.openExternal(url),
  };
}
