import { IPC_CALLS, type IpcCallName } from '../../shared/platform/ipcChannels';
import type { Logger } from '../log';
import type { IpcImplementations } from './ipcTypes';
import { createValidatedHandler, type IpcSenderEvent } from './validatedHandler';

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers exactly the channels in IPC_CALLS, each behind the validating gate. Any other channel has
 * no handler, so Electron rejects the renderer's invoke.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  implementations: IpcImplementations,
  log: Logger,
): void {
  const register = <N extends IpcCallName>(name: N): void =>
    ipcMain.handle(IPC_CALLS[name].channel, createValidatedHandler(name, implementations[name], log));
  for (const name of Object.keys(IPC_CALLS) as IpcCallName[]) register(name);
}
