/** Runs a task when the page has nothing else to do; the returned function cancels it if it has not run. */
export type IdleScheduler = (task: () => void) => () => void;

/** What idleScheduler needs of the window: requestIdleCallback where the browser has it, timers otherwise. */
export interface IdleHost {
  requestIdleCallback?: (callback: () => void, options: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

/** The page's own: requestIdleCallback is missing in some browsers (Safari). */
export function windowIdleHost(): IdleHost {
  return {
    requestIdleCallback: window.requestIdleCallback?.bind(window),
    cancelIdleCallback: window.cancelIdleCallback?.bind(window),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
  };
}

/**
 * Within `timeoutMs` at the latest, even on a page that is never idle; without requestIdleCallback, after
 * `timeoutMs` (the first render and whatever it started are done by then).
 */
export function idleScheduler(host: IdleHost, timeoutMs: number): IdleScheduler {
  return (task) => {
    if (host.requestIdleCallback && host.cancelIdleCallback) {
      const handle = host.requestIdleCallback(task, { timeout: timeoutMs });
      return () => host.cancelIdleCallback!(handle);
    }
    const handle = host.setTimeout(task, timeoutMs);
    return () => host.clearTimeout(handle);
  };
}

/**
 * The daily backup of the project just opened, scheduled instead of run: serialising a large register takes
 * the main thread for a while, which must not fall into opening the project and rendering its first screen.
 * Returns the cancel function (a different project opened, or the app closed, before it ran).
 */
export function scheduleDailyBackup(
  projectId: string | null,
  schedule: IdleScheduler,
  takeBackup: (projectId: string) => void,
): () => void {
  if (!projectId) return () => {};
  return schedule(() => takeBackup(projectId));
}
