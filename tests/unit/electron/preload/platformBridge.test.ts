import { describe, expect, it } from 'vitest';
import { createPlatformBridge, type IpcRendererLike } from '../../../../electron/preload/platformBridge';
import type { MenuCommand } from '../../../../shared/platform/contract';
import { IPC_CALLS, MENU_COMMAND_CHANNEL } from '../../../../shared/platform/ipcChannels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invocations: unknown[][] = [];
  const listeners = new Set<Listener>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invocations.push([channel, ...args]);
      return channel === IPC_CALLS.openExternal.channel ? true : undefined;
    },
    on: (channel, listener) => {
      if (channel === MENU_COMMAND_CHANNEL) listeners.add(listener);
    },
    removeListener: (_channel, listener) => {
      listeners.delete(listener);
    },
  };
  const emit = (...args: unknown[]) => listeners.forEach((listener) => listener({ sender: 'ipc' }, ...args));
  return { ipc, invocations, listeners, emit };
}

describe('preload platform bridge', () => {
  it('is the PlatformApi and nothing more: kind "electron", the four methods, no IPC object', () => {
    const api = createPlatformBridge(fakeIpcRenderer().ipc);
    expect(api.kind).toBe('electron');
    expect(Object.keys(api).sort()).toEqual([
      'getAppInfo',
      'kind',
      'onMenuCommand',
      'openExternal',
      'setUiLanguage',
    ]);
    for (const [key, value] of Object.entries(api)) {
      if (key !== 'kind') expect(typeof value, key).toBe('function');
    }
  });

  it('sends each call on its own channel with its arguments', async () => {
    const { ipc, invocations } = fakeIpcRenderer();
    const api = createPlatformBridge(ipc);
    await api.getAppInfo();
    await api.setUiLanguage('sv');
    expect(await api.openExternal('https://www.imy.se/')).toBe(true);
    expect(invocations).toEqual([
      [IPC_CALLS.getAppInfo.channel],
      [IPC_CALLS.setUiLanguage.channel, 'sv'],
      [IPC_CALLS.openExternal.channel, 'https://www.imy.se/'],
    ]);
  });

  it('passes valid menu commands to the page and drops anything else', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const received: MenuCommand[] = [];
    createPlatformBridge(ipc).onMenuCommand((command) => received.push(command));
    emit('project:new');
    emit('rm -rf /');
    emit(42);
    emit({ command: 'project:new' });
    emit('help:about', 'extra');
    emit();
    emit('view:toggle-theme');
    expect(received).toEqual(['project:new', 'view:toggle-theme']);
  });

  it('stops listening when the returned function is called', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const received: MenuCommand[] = [];
    const stop = createPlatformBridge(ipc).onMenuCommand((command) => received.push(command));
    emit('help:about');
    stop();
    emit('help:about');
    expect(received).toEqual(['help:about']);
    expect(listeners.size).toBe(0);
  });
});
