import { describe, expect, it } from 'vitest';
import { createIpcImplementations } from '../../../../electron/ipc/ipcImplementations';
import type { Language } from '../../../../shared/i18n/languages';
import { AppInfoSchema } from '../../../../shared/platform/contract';
import { fakeFileImplementations } from './fakeFileImplementations';

describe('IPC implementations', () => {
  const languages: Language[] = [];
  const calls: string[] = [];
  const implementations = createIpcImplementations({
    appVersion: '0.1.0',
    dataDirectory: '/home/user/.config/Kartotek',
    electronVersion: '45.3.4',
    setUiLanguage: async (language) => {
      languages.push(language);
    },
    openExternal: async (url) => url.startsWith('https://www.imy.se/'),
    openDataFolder: async () => {
      calls.push('openDataFolder');
      return true;
    },
    setDocumentState: async (state) => {
      calls.push(`setDocumentState:${state.title}:${state.edited}`);
    },
    flushDone: (requestId) => void calls.push(`flushDone:${requestId}`),
    files: fakeFileImplementations(calls),
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

  it('openDataFolder delegates to main’s opener, which takes no path from the page', async () => {
    calls.length = 0;
    expect(await implementations.openDataFolder()).toBe(true);
    expect(calls).toEqual(['openDataFolder']);
    calls.length = 0;
  });

  it('routes each file call to the file service with its arguments', async () => {
    await implementations.openProjectFile();
    await implementations.saveProjectFile({ text: '{}', suggestedName: 'a.kartotek', path: '/x/a.kartotek' });
    await implementations.saveDocument({ suggestedName: 'a.docx', bytes: new Uint8Array(3), kind: 'docx' });
    await implementations.listBackups();
    await implementations.listBackups('p1');
    await implementations.readBackup('p1/20261101T090000123Z-save.kartotek');
    await implementations.createBackup({ projectId: 'p1', text: '{}', reason: 'daily' });
    await implementations.getRecentFiles();
    await implementations.openRecentFile('/x/a.kartotek');
    await implementations.setDocumentState({ title: 'ITGuy ApS', edited: true });
    await implementations.flushDone(3);
    expect(calls).toEqual([
      'openProjectFile',
      'saveProjectFile:/x/a.kartotek',
      'saveDocument:docx:3',
      'listBackups:all',
      'listBackups:p1',
      'readBackup:p1/20261101T090000123Z-save.kartotek',
      'createBackup:p1:daily',
      'getRecentFiles',
      'openRecentFile:/x/a.kartotek',
      'setDocumentState:ITGuy ApS:true',
      'flushDone:3',
    ]);
  });
});
