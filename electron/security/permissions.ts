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
 * The one permission the page is given: writing text to the clipboard ("Copy HTML for your website" puts the
 * policy there). Writing only — reading the clipboard stays denied.
 */
const ALLOWED: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * An offline register editor needs no camera, microphone, location, notifications, HID/USB/serial
 * devices, clipboard reading or anything else a page can ask for, so every request and every check is
 * answered "no" — except writing to the clipboard (ALLOWED).
 */
export function denyAllPermissions(session: PermissionSession, log: Logger): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    if (ALLOWED.has(permission)) return callback(true);
    log.warn(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler((_webContents, permission) => ALLOWED.has(permission));
  session.setDevicePermissionHandler(() => false);
}
