import { isOfferedExternalLink } from '../../shared/platform/externalLinks';
import type { Logger } from '../log';

/**
 * The only road from the app to the user's browser, shared by the openExternal IPC call, window.open
 * and link clicks. It opens https links the app itself offers (authorities, legal texts) and nothing
 * else: a URL typed into the register is displayed, never opened. Resolves to whether it opened.
 */
export function createExternalLinkOpener(
  openExternal: (url: string) => Promise<void>,
  log: Logger,
): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!isOfferedExternalLink(url)) {
      // The URL itself is not logged: it may be something the user typed.
      log.warn('refused to open a link the app does not offer');
      return false;
    }
    try {
      await openExternal(url);
      return true;
    } catch (error) {
      log.error('the system could not open an offered link', error);
      return false;
    }
  };
}
