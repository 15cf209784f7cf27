import { APP_ENTRY_URL } from '../../shared/platform/appOrigin';
import type { Logger } from '../log';

interface PreventableEvent {
  preventDefault(): void;
}
interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}
interface FrameNavigationEvent extends NavigationEvent {
  readonly isMainFrame: boolean;
}

/** The part of Electron's WebContents the guard needs; a fake in tests, the real thing in main. */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: FrameNavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/**
 * The page is a single document at the entry URL; routes change in-page and never navigate. So the
 * only navigation allowed is to the entry document itself (a reload of the app, with any #route).
 */
export function isAllowedNavigation(url: string): boolean {
  return url.split('#')[0] === APP_ENTRY_URL;
}

/**
 * Applied to every webContents as it is created (app 'web-contents-created'), so nothing the app ever
 * shows escapes it. Leaving the app, opening windows and embedding webviews are all refused; an offered
 * https link is handed to the user's browser instead.
 */
export function hardenWebContents(
  contents: GuardableWebContents,
  openOfferedLink: (url: string) => Promise<boolean>,
  log: Logger,
): void {
  const refuseNavigation = (kind: string) => (event: NavigationEvent) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    log.warn(`refused ${kind} away from the app`);
    // A plain <a href> to an authority's page should still open, in the browser.
    void openOfferedLink(event.url);
  };

  contents.on('will-navigate', refuseNavigation('navigation'));
  contents.on('will-redirect', refuseNavigation('redirect'));
  // will-navigate covers only the main frame; the app has no frames, so any frame navigation is refused.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    event.preventDefault();
    log.warn('refused a navigation inside a frame');
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('refused to attach a webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openOfferedLink(url);
    return { action: 'deny' };
  });
}
