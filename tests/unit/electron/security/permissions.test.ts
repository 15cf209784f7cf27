import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../../electron/security/permissions';
import { recordingLogger } from '../testLogger';

describe('denyAllPermissions', () => {
  it('answers no to every permission request, check and device request', () => {
    const handlers: {
      request?: Parameters<PermissionSession['setPermissionRequestHandler']>[0];
      check?: Parameters<PermissionSession['setPermissionCheckHandler']>[0];
      device?: Parameters<PermissionSession['setDevicePermissionHandler']>[0];
    } = {};
    denyAllPermissions(
      {
        setPermissionRequestHandler: (handler) => (handlers.request = handler),
        setPermissionCheckHandler: (handler) => (handlers.check = handler),
        setDevicePermissionHandler: (handler) => (handlers.device = handler),
      },
      recordingLogger(),
    );

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const answers: boolean[] = [];
      handlers.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(handlers.check?.({}, permission)).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('lets the page write to the clipboard (copying the policy for a website), and nothing more', () => {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    denyAllPermissions(
      {
        setPermissionRequestHandler: (handler) => (request = handler),
        setPermissionCheckHandler: (handler) => (check = handler),
        setDevicePermissionHandler: () => {},
      },
      recordingLogger(),
    );
    const answers: boolean[] = [];
    request?.({}, 'clipboard-sanitized-write', (granted) => answers.push(granted));
    request?.({}, 'clipboard-read', (granted) => answers.push(granted));
    expect(answers).toEqual([true, false]);
    expect(check?.({}, 'clipboard-sanitized-write')).toBe(true);
    expect(check?.({}, 'clipboard-read')).toBe(false);
  });
});
