import { describe, expect, it } from 'vitest';
import { idleScheduler, scheduleDailyBackup, type IdleHost } from '../../../renderer/common/idleScheduler';

/** A host whose idle callbacks and timers run only when the test says so: no clock. */
function fakeHost(withIdleCallback: boolean) {
  const pending = new Map<number, { callback: () => void; kind: 'idle' | 'timer'; wait: number }>();
  let next = 1;
  const add = (kind: 'idle' | 'timer', callback: () => void, wait: number) => {
    pending.set(next, { callback, kind, wait });
    return next++;
  };
  const host: IdleHost = {
    setTimeout: (callback, ms) => add('timer', callback, ms),
    clearTimeout: (handle) => void pending.delete(handle),
    ...(withIdleCallback
      ? {
          requestIdleCallback: (callback, { timeout }) => add('idle', callback, timeout),
          cancelIdleCallback: (handle) => void pending.delete(handle),
        }
      : {}),
  };
  const runAll = () => {
    const due = [...pending.values()];
    pending.clear();
    for (const entry of due) entry.callback();
  };
  return { host, pending, runAll };
}

describe('the daily backup is scheduled, not run, when a project opens', () => {
  it('waits for the idle callback (with the latest time as its timeout), then backs up that project', () => {
    const { host, pending, runAll } = fakeHost(true);
    const taken: string[] = [];
    scheduleDailyBackup('p1', idleScheduler(host, 10_000), (id) => taken.push(id));
    expect(taken).toEqual([]);
    expect([...pending.values()]).toMatchObject([{ kind: 'idle', wait: 10_000 }]);
    runAll();
    expect(taken).toEqual(['p1']);
  });

  it('falls back to a timer of the latest time where the browser has no requestIdleCallback', () => {
    const { host, pending, runAll } = fakeHost(false);
    const taken: string[] = [];
    scheduleDailyBackup('p1', idleScheduler(host, 10_000), (id) => taken.push(id));
    expect([...pending.values()]).toMatchObject([{ kind: 'timer', wait: 10_000 }]);
    expect(taken).toEqual([]);
    runAll();
    expect(taken).toEqual(['p1']);
  });

  it('does not back up a project that was left before the backup ran, nor schedules one without a project', () => {
    for (const withIdleCallback of [true, false]) {
      const { host, pending, runAll } = fakeHost(withIdleCallback);
      const schedule = idleScheduler(host, 10_000);
      const taken: string[] = [];
      const cancel = scheduleDailyBackup('p1', schedule, (id) => taken.push(id));
      cancel();
      scheduleDailyBackup(null, schedule, (id) => taken.push(id));
      expect(pending.size).toBe(0);
      scheduleDailyBackup('p2', schedule, (id) => taken.push(id));
      runAll();
      expect(taken).toEqual(['p2']);
    }
  });
});
