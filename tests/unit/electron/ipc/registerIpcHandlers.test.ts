import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcMainLike } from '../../../../electron/ipc/registerIpcHandlers';
import type { IpcImplementations } from '../../../../electron/ipc/ipcTypes';
import type { IpcSenderEvent } from '../../../../electron/ipc/validatedHandler';
import { IPC_CALLS } from '../../../../shared/platform/ipcChannels';
import { recordingLogger } from '../testLogger';
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
    expect(calls).toEqual(['getAppInfo', 'setUiLanguage:da', 'openExternal:https://www.imy.se/']);
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
});
