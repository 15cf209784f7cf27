import { describe, expect, it } from 'vitest';
import { createIpcImplementations } from '../../../../electron/ipc/ipcImplementations';
import type { Language } from '../../../../shared/i18n/languages';
import { AppInfoSchema } from '../../../../shared/platform/contract';

describe('IPC implementations', () => {
  const languages: Language[] = [];
  const implementations = createIpcImplementations({
    appVersion: '0.1.0',
    dataDirectory: '/home/user/.config/Kartotek',
    electronVersion: '45.3.4',
    setUiLanguage: async (language) => {
      languages.push(language);
    },
    openExternal: async (url) => url.startsWith('https://www.imy.se/'),
  });

  it('getAppInfo reports the Electron host, its data folder and versions, in the contract’s shape', async () => {
    const info = await implementations.getAppInfo();
    expect(AppInfoSchema.parse(info)).toEqual({
      version: '0.1.0',
      host: 'electron',
      dataDirectory: '/home/user/.config/Kartotek',
      electronVersion: '45.3.4',
    });
  });

  it('setUiLanguage and openExternal delegate to main’s controllers', async () => {
    await implementations.setUiLanguage('sv');
    expect(languages).toEqual(['sv']);
    expect(await implementations.openExternal('https://www.imy.se/')).toBe(true);
    expect(await implementations.openExternal('https://evil.example/')).toBe(false);
  });
});
