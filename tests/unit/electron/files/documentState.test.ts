import { describe, expect, it } from 'vitest';
import {
  attachDocumentState,
  type CloseQuestion,
  type DocumentWindow,
} from '../../../../electron/files/documentState';

function fakeWindow() {
  const calls: string[] = [];
  let closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  const window: DocumentWindow = {
    isDestroyed: () => false,
    setTitle: (title) => calls.push(`title:${title}`),
    setDocumentEdited: (edited) => calls.push(`edited:${edited}`),
    close: () => {
      calls.push('close()');
      tryClose();
    },
    on: (_event, listener) => {
      closeListener = listener;
    },
  };
  /** What Electron does on a close request: run the listeners, then close unless prevented. */
  const tryClose = () => {
    let prevented = false;
    closeListener?.({ preventDefault: () => (prevented = true) });
    calls.push(prevented ? 'kept open' : 'closed');
  };
  return { window, calls, tryClose };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('document state', () => {
  it('sets the title and the edited marker', async () => {
    const { window, calls } = fakeWindow();
    const state = attachDocumentState(window, {
      language: () => 'en',
      ask: async () => 0,
      flush: async () => undefined,
    });
    await state.set({ title: '• ITGuy ApS — Kunde.kartotek', edited: true });
    await state.set({ title: '', edited: false });
    expect(calls).toEqual([
      'title:• ITGuy ApS — Kunde.kartotek — Kartotek',
      'edited:true',
      'title:Kartotek',
      'edited:false',
    ]);
  });

  it('without unsaved changes, closes as soon as the page has stored its edits in flight', async () => {
    const { window, calls, tryClose } = fakeWindow();
    let stored: () => void = () => undefined;
    attachDocumentState(window, {
      language: () => 'en',
      ask: async () => 0,
      flush: () => new Promise<void>((resolve) => (stored = resolve)),
    });
    tryClose();
    tryClose();
    await flush();
    expect(calls).toEqual(['kept open', 'kept open']);
    stored();
    await flush();
    expect(calls).toEqual(['kept open', 'kept open', 'close()', 'closed']);
  });

  it('asks, in the UI language, before closing with unsaved changes; Cancel keeps the window', async () => {
    const { window, calls, tryClose } = fakeWindow();
    const questions: CloseQuestion[] = [];
    let answer = 0;
    const flushes: string[] = [];
    const state = attachDocumentState(window, {
      language: () => 'sv',
      ask: async (question) => {
        questions.push(question);
        return answer;
      },
      flush: async () => void flushes.push('flush'),
    });
    await state.set({ title: 'ITGuy ApS', edited: true });
    calls.length = 0;
    tryClose();
    await flush();
    expect(calls).toEqual(['kept open']);
    expect(flushes).toEqual([]);
    expect(questions[0]).toMatchObject({ buttons: ['Avbryt', 'Stäng ändå'], cancelId: 0, defaultId: 0 });

    answer = 1;
    calls.length = 0;
    tryClose();
    await flush();
    expect(calls).toEqual(['kept open', 'close()', 'closed']);
    expect(flushes).toEqual(['flush']);
  });
});
