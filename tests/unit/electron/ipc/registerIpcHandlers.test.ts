import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcMainLike } from '../../../../electron/ipc/registerIpcHandlers';
import type { IpcImplementations } from '../../../../electron/ipc/ipcTypes';
import type { IpcSenderEvent } from '../../../../electron/ipc/validatedHandler';
import { IPC_CALLS } from '../../../../shared/platform/ipcChannels';
import { MAX_FILE_BYTES } from '../../../../shared/project-file/format';
import { recordingLogger } from '../testLogger';
import { fakeFileImplementations } from './fakeFileImplementations';
import { appSubframe, ipcEvent } from './fakeIpcEvent';

type Listener = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;

function setup() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`registered twice: ${channel}`);
      handlers.set(channel, listener);
    },
  };
  const calls: string[] = [];
  const implementations: IpcImplementations = {
    getAppInfo: async () => {
      calls.push('getAppInfo');
      return { version: '1.2.3', host: 'electron', dataDirectory: '/data', electronVersion: '45.0.0' };
    },
    setUiLanguage: async (language) => {
      calls.push(`setUiLanguage:${language}`);
    },
    openExternal: async (url) => {
      calls.push(`openExternal:${url}`);
      return true;
    },
    openDataFolder: async () => {
      calls.push('openDataFolder');
      return true;
    },
    flushDone: async (requestId) => {
      calls.push(`flushDone:${requestId}`);
    },
    ...fakeFileImplementations(calls),
    setDocumentState: async (state) => {
      calls.push(`setDocumentState:${state.edited}`);
    },
  };
  registerIpcHandlers(ipcMain, implementations, recordingLogger());
  /** What Electron does with renderer.invoke(channel, …args): no handler means a rejection. */
  const invoke = (channel: string, event: IpcSenderEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    return handler
      ? handler(event, ...args)
      : Promise.reject(new Error(`No handler registered for '${channel}'`));
  };
  return { handlers, calls, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of IPC_CALLS', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      Object.values(IPC_CALLS)
        .map((call) => call.channel)
        .sort(),
    );
  });

  it('routes each channel to its implementation', async () => {
    const { invoke, calls } = setup();
    await expect(invoke(IPC_CALLS.getAppInfo.channel, ipcEvent())).resolves.toMatchObject({
      host: 'electron',
    });
    await invoke(IPC_CALLS.setUiLanguage.channel, ipcEvent(), 'da');
    await expect(invoke(IPC_CALLS.openExternal.channel, ipcEvent(), 'https://www.imy.se/')).resolves.toBe(
      true,
    );
    await expect(invoke(IPC_CALLS.openDataFolder.channel, ipcEvent())).resolves.toBe(true);
    await invoke(IPC_CALLS.flushDone.channel, ipcEvent(), 7);
    expect(calls).toEqual([
      'getAppInfo',
      'setUiLanguage:da',
      'openExternal:https://www.imy.se/',
      'openDataFolder',
      'flushDone:7',
    ]);
  });

  it('openDataFolder takes no path: a wrong sender or any argument is refused before main opens anything', async () => {
    const { invoke, calls } = setup();
    const channel = IPC_CALLS.openDataFolder.channel;
    await expect(invoke(channel, ipcEvent({ url: 'https://evil.example/' }))).rejects.toThrow(
      /not the app origin/,
    );
    await expect(invoke(channel, ipcEvent(appSubframe))).rejects.toThrow(/not the main frame/);
    await expect(invoke(channel, ipcEvent(null))).rejects.toThrow(/frame is gone/);
    for (const args of [['/etc'], ['C:\\Windows'], [{ path: '/' }], [undefined]]) {
      await expect(invoke(channel, ipcEvent(), ...args), JSON.stringify(args)).rejects.toThrow(
        /invalid argument/,
      );
    }
    expect(calls).toEqual([]);
  });

  it('leaves unknown channels without a handler', async () => {
    const { invoke, calls } = setup();
    await expect(invoke('kartotek:read-file', ipcEvent(), '/etc/passwd')).rejects.toThrow(/No handler/);
    expect(calls).toEqual([]);
  });

  it('puts every registered channel behind the sender and payload checks', async () => {
    const { handlers, calls } = setup();
    for (const [channel, handler] of handlers) {
      await expect(handler(ipcEvent({ url: 'https://evil.example/' }))).rejects.toThrow(/not the app origin/);
      await expect(handler(ipcEvent(appSubframe))).rejects.toThrow(/not the main frame/);
      await expect(handler(ipcEvent(), 'x', 'y', 'z'), channel).rejects.toThrow(/invalid argument/);
    }
    expect(calls).toEqual([]);
  });

  it('refuses file calls with oversized or malformed payloads before they reach main’s file code', async () => {
    const { invoke, calls } = setup();
    const bad: [string, unknown[]][] = [
      [IPC_CALLS.saveProjectFile.channel, [{ text: 'x'.repeat(MAX_FILE_BYTES + 1), suggestedName: 'a' }]],
      [IPC_CALLS.saveProjectFile.channel, [{ text: '{}', suggestedName: '' }]],
      [IPC_CALLS.saveProjectFile.channel, [{ text: '{}', suggestedName: 'a', path: 'p'.repeat(5000) }]],
      [IPC_CALLS.saveProjectFile.channel, [{ text: '{}', suggestedName: 'a', extra: true }]],
      [IPC_CALLS.saveDocument.channel, [{ suggestedName: 'a', bytes: 'not bytes', kind: 'docx' }]],
      [IPC_CALLS.saveDocument.channel, [{ suggestedName: 'a', bytes: new Uint8Array(1), kind: 'exe' }]],
      [IPC_CALLS.readBackup.channel, ['../../etc/passwd']],
      [IPC_CALLS.readBackup.channel, ['p1/../../x.kartotek']],
      [IPC_CALLS.listBackups.channel, ['../other']],
      [IPC_CALLS.createBackup.channel, [{ projectId: 'p1', text: '{}', reason: 'save' }]],
      [IPC_CALLS.openRecentFile.channel, [42]],
      [IPC_CALLS.openProjectFile.channel, ['/etc/passwd']],
      [IPC_CALLS.setDocumentState.channel, [{ title: 'x', edited: 'yes' }]],
      [IPC_CALLS.setDocumentState.channel, [{ title: 'x'.repeat(301), edited: true }]],
      [IPC_CALLS.flushDone.channel, ['7']],
      [IPC_CALLS.flushDone.channel, [0]],
      [IPC_CALLS.flushDone.channel, [1.5]],
    ];
    for (const [channel, args] of bad) {
      await expect(invoke(channel, ipcEvent(), ...args), channel).rejects.toThrow(/invalid argument/);
    }
    expect(calls).toEqual([]);
  });

  it('passes valid file calls through, a Uint8Array included', async () => {
    const { invoke, calls } = setup();
    await invoke(IPC_CALLS.saveDocument.channel, ipcEvent(), {
      suggestedName: 'Fortegnelse.docx',
      bytes: new Uint8Array([80, 75, 3, 4]),
      kind: 'docx',
    });
    await invoke(IPC_CALLS.listBackups.channel, ipcEvent());
    expect(calls).toEqual(['saveDocument:docx:4', 'listBackups:all']);
  });
});
