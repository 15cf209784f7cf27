import type { Language } from '../../shared/i18n/languages';
import type { DocumentState } from '../../shared/platform/fileContract';
import { DIALOG_LABELS } from './dialogLabels';

/** The part of BrowserWindow the document state uses. */
export interface DocumentWindow {
  isDestroyed(): boolean;
  setTitle(title: string): void;
  /** macOS: the dot in the close button. */
  setDocumentEdited(edited: boolean): void;
  close(): void;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
}

/** A native question; resolves to the index of the button chosen. */
export interface CloseQuestion {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

export interface DocumentStateOptions {
  language(): Language;
  ask(question: CloseQuestion): Promise<number>;
  /** Lets the page finish storing its edits; the window closes only after (window/pageFlush.ts). */
  flush(): Promise<void>;
}

const APP_NAME = 'Kartotek';

/**
 * Window title, unsaved marker and the question on close for one window. The renderer reports the
 * state (setDocumentState); closing the window — and so quitting, which closes every window — asks
 * while there are changes not saved to the project's file, and then waits for the page to finish
 * storing its last edits.
 */
export function attachDocumentState(window: DocumentWindow, options: DocumentStateOptions) {
  let edited = false;
  let closing = false;
  let asking = false;

  const confirmClose = async (): Promise<boolean> => {
    if (!edited) return true;
    const language = options.language();
    const answer = await options.ask({
      title: DIALOG_LABELS.unsavedTitle[language],
      message: DIALOG_LABELS.unsavedMessage[language],
      detail: DIALOG_LABELS.unsavedDetail[language],
      buttons: [DIALOG_LABELS.cancel[language], DIALOG_LABELS.closeAnyway[language]],
      defaultId: 0,
      cancelId: 0,
    });
    return answer === 1;
  };

  window.on('close', (event) => {
    if (closing) return;
    event.preventDefault();
    // A second close while the question is open (or the page is storing) is the same request.
    if (asking) return;
    asking = true;
    void (async () => {
      try {
        if (!(await confirmClose())) return;
        await options.flush();
        if (window.isDestroyed()) return;
        closing = true;
        window.close();
      } finally {
        asking = false;
      }
    })();
  });

  return {
    async set(state: DocumentState): Promise<void> {
      if (window.isDestroyed()) return;
      edited = state.edited;
      const title = state.title.trim();
      window.setTitle(title && title !== APP_NAME ? `${title} — ${APP_NAME}` : APP_NAME);
      window.setDocumentEdited(state.edited);
    },
  };
}
