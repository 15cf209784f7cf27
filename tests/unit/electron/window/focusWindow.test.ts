import { describe, expect, it } from 'vitest';
import { focusWindow, type FocusableWindow } from '../../../../electron/window/focusWindow';

function fakeWindow(state: { minimized?: boolean; destroyed?: boolean }) {
  const calls: string[] = [];
  const window: FocusableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  };
  return { window, calls };
}

describe('focusWindow (second instance started)', () => {
  it('restores a minimised window and brings it forward', () => {
    const { window, calls } = fakeWindow({ minimized: true });
    focusWindow(window);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('does not touch a destroyed window, nor fail without one', () => {
    const { window, calls } = fakeWindow({ destroyed: true });
    focusWindow(window);
    focusWindow(null);
    expect(calls).toEqual([]);
  });
});
