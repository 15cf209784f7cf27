import { describe, expect, it } from 'vitest';
import {
  hardenWebContents,
  isAllowedNavigation,
  type GuardableWebContents,
} from '../../../../electron/security/navigationGuard';
import { APP_ENTRY_URL } from '../../../../shared/platform/appOrigin';
import { recordingLogger } from '../testLogger';

type Listener = (event: { url?: string; isMainFrame?: boolean; preventDefault(): void }) => void;

/** A stand-in webContents that records its listeners, so the test can fire events at them. */
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, details: { url?: string; isMainFrame?: boolean } = {}) => {
    let prevented = false;
    const listener = listeners.get(event);
    if (!listener) throw new Error(`no listener for ${event}`);
    listener({ ...details, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return {
    contents: contents as unknown as GuardableWebContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url }),
  };
}

function setup() {
  const fake = fakeContents();
  const opened: string[] = [];
  hardenWebContents(
    fake.contents,
    async (url) => {
      opened.push(url);
      return true;
    },
    recordingLogger(),
  );
  return { ...fake, opened };
}

describe('isAllowedNavigation', () => {
  it('allows only the entry document (with or without a #route)', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_ENTRY_URL}#/projects`)).toBe(true);
    expect(isAllowedNavigation('app://kartotek/other.html')).toBe(false);
    expect(isAllowedNavigation('app://kartotek/')).toBe(false);
    expect(isAllowedNavigation('https://www.datatilsynet.dk/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app, and lets a reload of the entry page through', () => {
    const { fire } = setup();
    expect(fire('will-navigate', { url: 'https://evil.example/' })).toBe(true);
    expect(fire('will-navigate', { url: 'file:///etc/passwd' })).toBe(true);
    expect(fire('will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(fire('will-navigate', { url: APP_ENTRY_URL })).toBe(false);
    expect(fire('will-redirect', { url: APP_ENTRY_URL })).toBe(false);
  });

  it('hands a blocked link to the opener, which decides whether the browser may show it', () => {
    const { fire, opened } = setup();
    fire('will-navigate', { url: 'https://www.imy.se/' });
    expect(opened).toEqual(['https://www.imy.se/']);
  });

  it('denies every window.open, passing the URL to the opener', () => {
    const { openWindow, opened } = setup();
    expect(openWindow('https://www.datatilsynet.dk/')).toEqual({ action: 'deny' });
    expect(openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.datatilsynet.dk/', 'https://evil.example/']);
  });

  it('refuses webviews and any navigation inside a sub-frame', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview')).toBe(true);
    expect(fire('will-frame-navigate', { url: APP_ENTRY_URL, isMainFrame: false })).toBe(true);
    expect(fire('will-frame-navigate', { url: APP_ENTRY_URL, isMainFrame: true })).toBe(false);
  });
});
