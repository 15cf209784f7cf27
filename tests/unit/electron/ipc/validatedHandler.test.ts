import { describe, expect, it } from 'vitest';
import {
  createValidatedHandler,
  IpcRejectedError,
  isAppOriginUrl,
  validateIpcCall,
} from '../../../../electron/ipc/validatedHandler';
import { IPC_CALLS } from '../../../../shared/platform/ipcChannels';
import { recordingLogger } from '../testLogger';
import { appSubframe, ipcEvent } from './fakeIpcEvent';

const SET_LANGUAGE = IPC_CALLS.setUiLanguage.channel;
const OPEN_EXTERNAL = IPC_CALLS.openExternal.channel;
const GET_APP_INFO = IPC_CALLS.getAppInfo.channel;

describe('isAppOriginUrl', () => {
  it('accepts exactly app://kartotek', () => {
    expect(isAppOriginUrl('app://kartotek/index.html')).toBe(true);
    expect(isAppOriginUrl('app://kartotek/index.html#/projects')).toBe(true);
  });

  it.each([
    'app://kartotek.evil/index.html',
    'app://evil/index.html',
    'app://kartotek:1234/index.html',
    'app://user@kartotek/index.html',
    'https://kartotek/index.html',
    'file:///app/dist/renderer/index.html',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
  ])('rejects %s', (url) => {
    expect(isAppOriginUrl(url)).toBe(false);
  });
});

describe('validateIpcCall', () => {
  it('passes a call from the app’s main frame with valid arguments', () => {
    expect(validateIpcCall(SET_LANGUAGE, ipcEvent(), ['da'])).toEqual({
      name: 'setUiLanguage',
      args: ['da'],
    });
    expect(validateIpcCall(GET_APP_INFO, ipcEvent(), [])).toEqual({ name: 'getAppInfo', args: [] });
  });

  it('rejects an unknown channel', () => {
    expect(() => validateIpcCall('kartotek:delete-everything', ipcEvent(), [])).toThrow(/unknown channel/);
    expect(() => validateIpcCall('getAppInfo', ipcEvent(), [])).toThrow(IpcRejectedError);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/' }],
    ['a look-alike host', { url: 'app://kartotek.evil/index.html' }],
    ['a file:// page', { url: 'file:///tmp/index.html' }],
    ['devtools', { url: 'devtools://devtools/bundled/inspector.html' }],
  ])('rejects a sender from %s', (_label, frame) => {
    expect(() => validateIpcCall(SET_LANGUAGE, ipcEvent(frame), ['da'])).toThrow(/not the app origin/);
  });

  it('rejects a sub-frame, even of the app’s own origin', () => {
    expect(() => validateIpcCall(SET_LANGUAGE, ipcEvent(appSubframe), ['da'])).toThrow(/not the main frame/);
  });

  it('rejects a call whose frame is already gone', () => {
    expect(() => validateIpcCall(SET_LANGUAGE, ipcEvent(null), ['da'])).toThrow(/frame is gone/);
  });

  it.each([
    ['a language Kartotek does not speak', SET_LANGUAGE, ['de']],
    ['a missing argument', SET_LANGUAGE, []],
    ['an extra argument', SET_LANGUAGE, ['da', 'sv']],
    ['a non-string', SET_LANGUAGE, [{ toString: 'da' }]],
    ['arguments to a call that takes none', GET_APP_INFO, ['x']],
    ['an over-long URL', OPEN_EXTERNAL, [`https://www.imy.se/${'a'.repeat(2000)}`]],
    ['a number as URL', OPEN_EXTERNAL, [42]],
  ])('rejects %s', (_label, channel, args) => {
    expect(() => validateIpcCall(channel, ipcEvent(), args)).toThrow(/invalid argument/);
  });

  it('checks the sender before looking at the payload', () => {
    expect(() => validateIpcCall(SET_LANGUAGE, ipcEvent({ url: 'https://evil.example/' }), ['de'])).toThrow(
      /not the app origin/,
    );
  });
});

describe('createValidatedHandler', () => {
  it('calls the implementation with the parsed arguments', async () => {
    const seen: unknown[] = [];
    const handler = createValidatedHandler(
      'setUiLanguage',
      async (language) => {
        seen.push(language);
      },
      recordingLogger(),
    );
    await handler(ipcEvent(), 'sv');
    expect(seen).toEqual(['sv']);
  });

  it('rejects, logs without the payload, and never calls the implementation', async () => {
    const log = recordingLogger();
    let called = false;
    const handler = createValidatedHandler(
      'openExternal',
      async () => {
        called = true;
        return true;
      },
      log,
    );
    await expect(handler(ipcEvent(appSubframe), 'https://www.imy.se/secret-path')).rejects.toThrow(
      IpcRejectedError,
    );
    await expect(handler(ipcEvent(), 12345)).rejects.toThrow(/kartotek:open-external/);
    expect(called).toBe(false);
    expect(log.lines).toHaveLength(2);
    expect(log.lines.join('\n')).not.toContain('secret-path');
    expect(log.lines.join('\n')).not.toContain('12345');
  });
});
