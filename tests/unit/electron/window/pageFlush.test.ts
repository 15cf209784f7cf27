import { describe, expect, it } from 'vitest';
import { createPageFlush } from '../../../../electron/window/pageFlush';

/** Timers the test fires by hand: nothing here depends on the clock. */
function manualTimers() {
  const pending: { callback: () => void; ms: number }[] = [];
  return {
    pending,
    setTimer: (callback: () => void, ms: number) => void pending.push({ callback, ms }),
    fireAll: () => pending.splice(0).forEach(({ callback }) => callback()),
  };
}

const settledState = async (promise: Promise<void>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
};

describe('page flush before close', () => {
  it('sends a fresh request id and resolves when the page answers that id', async () => {
    const timers = manualTimers();
    const flush = createPageFlush({ setTimer: timers.setTimer });
    const sent: number[] = [];
    const first = flush.request((id) => sent.push(id));
    const second = flush.request((id) => sent.push(id));
    expect(sent).toEqual([1, 2]);
    flush.answered(99);
    flush.answered(2);
    expect(await settledState(first)).toBe(false);
    expect(await settledState(second)).toBe(true);
    flush.answered(1);
    expect(await settledState(first)).toBe(true);
  });

  it('gives up waiting for a page that does not answer, after the time it was given', async () => {
    const timers = manualTimers();
    const flush = createPageFlush({ waitMs: 1234, setTimer: timers.setTimer });
    const waiting = flush.request(() => undefined);
    expect(timers.pending.map((timer) => timer.ms)).toEqual([1234]);
    expect(await settledState(waiting)).toBe(false);
    timers.fireAll();
    expect(await settledState(waiting)).toBe(true);
  });

  it('does not wait for a page that is gone', async () => {
    const flush = createPageFlush({ setTimer: manualTimers().setTimer });
    const waiting = flush.request(() => {
      throw new Error('Object has been destroyed');
    });
    expect(await settledState(waiting)).toBe(true);
  });
});
