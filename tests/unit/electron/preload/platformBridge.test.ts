import { describe, expect, it } from 'vitest';
import { createPlatformBridge, type IpcRendererLike } from '../../../../electron/preload/platformBridge';
import type { MenuCommand } from '../../../../shared/platform/contract';
import type { OpenFileRequest } from '../../../../shared/platform/fileContract';
import {
  FLUSH_REQUEST_CHANNEL,
  IPC_CALLS,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_REQUEST_CHANNEL,
} from '../../../../shared/platform/ipcChannels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invocations: unknown[][] = [];
  const listeners = new Set<Listener>();
  const fileListeners = new Set<Listener>();
  const flushListeners = new Set<Listener>();
  const ipc: IpcRendererLike = {
    invoke: async (channel, ...args) => {
      invocations.push([channel, ...args]);
      return channel === IPC_CALLS.openExternal.channel ? true : undefined;
    },
    on: (channel, listener) => {
      if (channel === MENU_COMMAND_CHANNEL) listeners.add(listener);
      if (channel === OPEN_FILE_REQUEST_CHANNEL) fileListeners.add(listener);
      if (channel === FLUSH_REQUEST_CHANNEL) flushListeners.add(listener);
    },
    removeListener: (_channel, listener) => {
      listeners.delete(listener);
    },
  };
  const emit = (...args: unknown[]) => listeners.forEach((listener) => listener({ sender: 'ipc' }, ...args));
  const emitFile = (...args: unknown[]) =>
    fileListeners.forEach((listener) => listener({ sender: 'ipc' }, ...args));
  const emitFlush = (...args: unknown[]) =>
    flushListeners.forEach((listener) => listener({ sender: 'ipc' }, ...args));
  return { ipc, invocations, listeners, emit, emitFile, emitFlush };
}

describe('preload platform bridge', () => {
  it('is the PlatformApi and nothing more: kind "electron", its methods, no IPC object', () => {
    const api = createPlatformBridge(fakeIpcRenderer().ipc);
    expect(api.kind).toBe('electron');
    expect(Object.keys(api).sort()).toEqual([
      'createBackup',
      'flushDone',
      'getAppInfo',
      'getRecentFiles',
      'kind',
      'listBackups',
      'onFlushRequest',
      'onMenuCommand',
      'onOpenFileRequest',
      'openDataFolder',
      'openExternal',
      'openProjectFile',
      'openRecentFile',
      'readBackup',
      'saveDocument',
      'saveProjectFile',
      'setDocumentState',
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
    await api.openDataFolder();
    expect(invocations).toEqual([
      [IPC_CALLS.getAppInfo.channel],
      [IPC_CALLS.setUiLanguage.channel, 'sv'],
      [IPC_CALLS.openExternal.channel, 'https://www.imy.se/'],
      // No argument at all: the page cannot name the folder.
      [IPC_CALLS.openDataFolder.channel],
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

  it('answers a flush request once every flush of the page has settled, failed ones included', async () => {
    const { ipc, invocations, emitFlush } = fakeIpcRenderer();
    const api = createPlatformBridge(ipc);
    let finish: () => void = () => undefined;
    api.onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    api.onFlushRequest(() => Promise.reject(new Error('storage broke')));
    const stop = api.onFlushRequest(() => Promise.reject(new Error('never asked')));
    stop();
    emitFlush(4);
    emitFlush('4');
    emitFlush(5, 'extra');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([]);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([[IPC_CALLS.flushDone.channel, 4]]);
  });

  it('answers a flush request at once when no page code listens yet', async () => {
    const { ipc, invocations, emitFlush } = fakeIpcRenderer();
    createPlatformBridge(ipc);
    emitFlush(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(invocations).toEqual([[IPC_CALLS.flushDone.channel, 1]]);
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

  it('sends the file calls on their channels; listBackups without an id sends no argument', async () => {
    const { ipc, invocations } = fakeIpcRenderer();
    const api = createPlatformBridge(ipc);
    const bytes = new Uint8Array([1, 2]);
    await api.openProjectFile();
    await api.saveProjectFile({ text: '{}', suggestedName: 'a.kartotek', path: null });
    await api.saveDocument({ suggestedName: 'a.docx', bytes, kind: 'docx' });
    await api.listBackups();
    await api.listBackups('p1');
    await api.readBackup('p1/20261101T090000123Z-save.kartotek');
    await api.createBackup({ projectId: 'p1', text: '{}', reason: 'beforeReplace' });
    await api.getRecentFiles();
    await api.openRecentFile('/home/a/a.kartotek');
    await api.setDocumentState({ title: 'ITGuy ApS', edited: false });
    expect(invocations).toEqual([
      [IPC_CALLS.openProjectFile.channel],
      [IPC_CALLS.saveProjectFile.channel, { text: '{}', suggestedName: 'a.kartotek', path: null }],
      [IPC_CALLS.saveDocument.channel, { suggestedName: 'a.docx', bytes, kind: 'docx' }],
      [IPC_CALLS.listBackups.channel],
      [IPC_CALLS.listBackups.channel, 'p1'],
      [IPC_CALLS.readBackup.channel, 'p1/20261101T090000123Z-save.kartotek'],
      [IPC_CALLS.createBackup.channel, { projectId: 'p1', text: '{}', reason: 'beforeReplace' }],
      [IPC_CALLS.getRecentFiles.channel],
      [IPC_CALLS.openRecentFile.channel, '/home/a/a.kartotek'],
      [IPC_CALLS.setDocumentState.channel, { title: 'ITGuy ApS', edited: false }],
    ]);
  });

  it('keeps files the OS asked to open until the page listens, then delivers them in order; drops junk', () => {
    const { ipc, emitFile } = fakeIpcRenderer();
    const api = createPlatformBridge(ipc);
    const first: OpenFileRequest = {
      status: 'opened',
      fileName: 'a.kartotek',
      path: '/a.kartotek',
      text: '{}',
    };
    const second: OpenFileRequest = {
      status: 'failed',
      problem: { code: 'notFound', fileName: 'b.kartotek' },
    };
    emitFile(first);
    emitFile({ status: 'opened', fileName: 'x', path: '/x', text: 42 });
    emitFile('rm -rf /');
    emitFile(second, 'extra');
    emitFile(second);
    const received: OpenFileRequest[] = [];
    const stop = api.onOpenFileRequest((request) => received.push(request));
    expect(received).toEqual([first, second]);
    emitFile(first);
    expect(received).toHaveLength(3);
    stop();
    emitFile(first);
    expect(received).toHaveLength(3);
  });
});
