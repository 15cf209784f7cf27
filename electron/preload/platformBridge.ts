import type { Language } from '../../shared/i18n/languages';
import { MenuCommandSchema, type MenuCommand, type PlatformApi } from '../../shared/platform/contract';
import {
  IPC_CALLS,
  MENU_COMMAND_CHANNEL,
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

/**
 * The PlatformApi over IPC: the one object the page receives. Each method sends only its own,
 * fixed channel; menu commands from main are checked against MenuCommandSchema before reaching the
 * page, so a bug in main cannot hand the renderer something it does not expect.
 */
export function createPlatformBridge(ipc: IpcRendererLike) {
  const invoke = <N extends IpcCallName>(name: N, ...args: IpcArgs<N>): Promise<IpcResult<N>> =>
    // Main validates and answers with the contract's type for this call.
    ipc.invoke(IPC_CALLS[name].channel, ...args) as Promise<IpcResult<N>>;

  return {
    kind: 'electron',
    getAppInfo: () => invoke('getAppInfo'),
    setUiLanguage: (language: Language) => invoke('setUiLanguage', language),
    openExternal: (url: string) => invoke('openExternal', url),
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
  } satisfies PlatformApi;
}
