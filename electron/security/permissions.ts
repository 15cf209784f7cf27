import type { Logger } from '../log';

/** The part of Electron's Session the permission lock needs. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
}

/**
 * An offline register editor needs no camera, microphone, location, notifications, HID/USB/serial
 * devices or anything else a page can ask for, so every request and every check is answered "no".
 */
export function denyAllPermissions(session: PermissionSession, log: Logger): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
