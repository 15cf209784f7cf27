import type { Language } from '../../shared/i18n/languages';
import {
  FlushRequestIdSchema,
  MenuCommandSchema,
  type MenuCommand,
  type PlatformApi,
} from '../../shared/platform/contract';
import {
  OpenFileRequestSchema,
  type CreateBackupRequest,
  type DocumentState,
  type OpenFileRequest,
  type SaveDocumentRequest,
  type SaveProjectFileRequest,
} from '../../shared/platform/fileContract';
import {
  FLUSH_REQUEST_CHANNEL,
  IPC_CALLS,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_REQUEST_CHANNEL,
  type IpcArgs,
  type IpcCallName,
} from '../../shared/platform/ipcChannels';
import type { IpcResult } from '../ipc/ipcTypes';

/** The part of Electron's ipcRenderer the bridge uses. It stays inside the preload, never exposed. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Open requests kept for a page that has not subscribed yet (more would be a flood, not a user). */
const MAX_BUFFERED_OPEN_REQUESTS = 20;

/**
 * The PlatformApi over IPC: the one object the page receives. Each method sends only its own,
 * fixed channel; events from main (menu commands, files to open) are checked against their schemas
 * before reaching the page, so a bug in main cannot hand the renderer something it does not expect.
 */
export function createPlatformBridge(ipc: IpcRendererLike) {
  const invoke = <N extends IpcCallName>(name: N, ...args: IpcArgs<N>): Promise<IpcResult<N>> =>
    // Main validates and answers with the contract's type for this call.
    ipc.invoke(IPC_CALLS[name].channel, ...args) as Promise<IpcResult<N>>;

  // Files the OS asked to open can arrive before React has mounted and subscribed: listen from the
  // start and keep them until the first listener comes.
  const openListeners = new Set<(request: OpenFileRequest) => void>();
  const bufferedOpenRequests: OpenFileRequest[] = [];
  ipc.on(OPEN_FILE_REQUEST_CHANNEL, (_event, ...args) => {
    const parsed = OpenFileRequestSchema.safeParse(args[0]);
    if (!parsed.success || args.length !== 1) return;
    if (openListeners.size > 0) openListeners.forEach((listener) => listener(parsed.data));
    else if (bufferedOpenRequests.length < MAX_BUFFERED_OPEN_REQUESTS) bufferedOpenRequests.push(parsed.data);
  });

  // Main waits for this answer before it closes the window. It is sent even when a flush fails or no page
  // code listens (a page still loading), so closing never waits longer than storing takes.
  const flushers = new Set<() => Promise<void>>();
  ipc.on(FLUSH_REQUEST_CHANNEL, (_event, ...args) => {
    const parsed = FlushRequestIdSchema.safeParse(args[0]);
    if (!parsed.success || args.length !== 1) return;
    void Promise.allSettled([...flushers].map((flush) => flush())).then(() =>
      invoke('flushDone', parsed.data),
    );
  });

  return {
    kind: 'electron',
    getAppInfo: () => invoke('getAppInfo'),
    setUiLanguage: (language: Language) => invoke('setUiLanguage', language),
    openExternal: (url: string) => invoke('openExternal', url),
    openDataFolder: () => invoke('openDataFolder'),
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      const receive = (_event: unknown, ...args: unknown[]) => {
        const parsed = MenuCommandSchema.safeParse(args[0]);
        if (parsed.success && args.length === 1) listener(parsed.data);
      };
      ipc.on(MENU_COMMAND_CHANNEL, receive);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, receive);
      };
    },
    onFlushRequest: (flush: () => Promise<void>) => {
      flushers.add(flush);
      return () => {
        flushers.delete(flush);
      };
    },
    flushDone: (requestId: number) => invoke('flushDone', requestId),
    openProjectFile: () => invoke('openProjectFile'),
    saveProjectFile: (request: SaveProjectFileRequest) => invoke('saveProjectFile', request),
    saveDocument: (request: SaveDocumentRequest) => invoke('saveDocument', request),
    // An absent id is sent as no argument at all, so the call matches the zod tuple either way.
    listBackups: (projectId?: string) =>
      projectId === undefined ? invoke('listBackups') : invoke('listBackups', projectId),
    readBackup: (id: string) => invoke('readBackup', id),
    createBackup: (request: CreateBackupRequest) => invoke('createBackup', request),
    getRecentFiles: () => invoke('getRecentFiles'),
    openRecentFile: (path: string) => invoke('openRecentFile', path),
    setDocumentState: (state: DocumentState) => invoke('setDocumentState', state),
    onOpenFileRequest: (listener: (request: OpenFileRequest) => void) => {
      openListeners.add(listener);
      for (const request of bufferedOpenRequests.splice(0)) listener(request);
      return () => {
        openListeners.delete(listener);
      };
    },
  } satisfies PlatformApi;
}
