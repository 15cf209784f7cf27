import type { IpcSenderEvent } from '../../../../electron/ipc/validatedHandler';
import { APP_ENTRY_URL } from '../../../../shared/platform/appOrigin';

/** An IPC event as Electron would give it, from the app's main frame unless told otherwise. */
export function ipcEvent(frame: { url?: string; parent?: unknown } | null = {}): IpcSenderEvent {
  if (frame === null) return { senderFrame: null };
  return { senderFrame: { url: frame.url ?? APP_ENTRY_URL, parent: frame.parent ?? null } };
}

/** A sub-frame of the app's own page: same origin, but not the main frame. */
export const appSubframe = { url: 'app://kartotek/frame.html', parent: { url: APP_ENTRY_URL } };
