/**
 * Asking the page to finish storing its edits before its window closes: IndexedDB aborts a transaction
 * still running when the page is torn down, which would lose the last keystroke. The page answers through
 * the flushDone call (electron/preload/platformBridge.ts).
 */

/** Beyond this the page is taken to hang: the window closes anyway, and the page's journal keeps the edits. */
const DEFAULT_WAIT_MS = 5000;

export interface PageFlushOptions {
  waitMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export function createPageFlush({ waitMs = DEFAULT_WAIT_MS, setTimer = setTimeout }: PageFlushOptions = {}) {
  let lastId = 0;
  const waiting = new Map<number, () => void>();
  return {
    /** Sends a flush request with `send` and resolves when the page answers it, or after waitMs. */
    request(send: (requestId: number) => void): Promise<void> {
      const id = ++lastId;
      return new Promise<void>((resolve) => {
        const done = () => {
          waiting.delete(id);
          resolve();
        };
        waiting.set(id, done);
        setTimer(done, waitMs);
        try {
          send(id);
        } catch {
          // The page is gone already: there is nothing left to wait for.
          done();
        }
      });
    },
    /** The page's answer; an id that is not waiting (late, or made up) changes nothing. */
    answered(requestId: number): void {
      waiting.get(requestId)?.();
    },
  };
}
