import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  restoreWindowState,
  trackWindowState,
  WINDOW_STATE_SAVE_DELAY_MS,
  type DisplayLike,
  type Rectangle,
  type SavedWindowState,
  type TrackedWindow,
} from '../../../../electron/window/windowState';

/** A laptop screen with a 40 px taskbar, and a second monitor to its right. */
const laptop: DisplayLike = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const external: DisplayLike = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };

describe('restoreWindowState', () => {
  it('restores saved bounds that are still on a display', () => {
    const saved = { x: 100, y: 80, width: 1400, height: 900, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      bounds: { x: 100, y: 80, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('restores bounds on a second monitor while it is connected', () => {
    const saved = { x: 2200, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoreWindowState(saved, [laptop, external], laptop).bounds).toEqual({
      x: 2200,
      y: 100,
      width: 1600,
      height: 1000,
    });
  });

  it('falls back to the default size centred on the primary display when that monitor is gone', () => {
    const saved = { x: 2200, y: 100, width: 1600, height: 1000, maximized: false };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      bounds: {
        x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
        y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2,
        ...DEFAULT_WINDOW_SIZE,
      },
      maximized: false,
    });
  });

  it.each([
    ['far to the left', { x: -5000, y: 100 }],
    ['below every screen', { x: 100, y: 3000 }],
    ['title bar above the screen', { x: 100, y: -400 }],
    ['only a sliver at the right edge', { x: 1900, y: 100 }],
  ])('rejects off-screen bounds: %s', (_label, position) => {
    const saved = { ...position, width: 1000, height: 700, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual(
      restoreWindowState(undefined, [laptop]).bounds,
    );
  });

  it('uses the default size centred on the primary display when nothing was saved', () => {
    expect(restoreWindowState(undefined, [external, laptop], laptop)).toEqual({
      bounds: { x: 320, y: 110, width: 1280, height: 820 },
      maximized: false,
    });
  });

  it('keeps the default no bigger than a small screen', () => {
    const small: DisplayLike = { workArea: { x: 0, y: 25, width: 1024, height: 743 } };
    expect(restoreWindowState(undefined, [small]).bounds).toEqual({ x: 0, y: 25, width: 1024, height: 743 });
  });

  it('lets Electron centre the window when it knows no display', () => {
    expect(restoreWindowState(undefined, [])).toEqual({
      bounds: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it.each([
    ['a damaged value', 'not an object'],
    ['a missing field', { x: 0, y: 0, width: 800 }],
    ['a non-integer', { x: 0.5, y: 0, width: 800, height: 600, maximized: false }],
    ['a zero size', { x: 0, y: 0, width: 0, height: 600, maximized: false }],
    ['an unknown key', { x: 0, y: 0, width: 800, height: 600, maximized: false, extra: 1 }],
  ])('treats %s as nothing saved', (_label, saved) => {
    expect(restoreWindowState(saved, [laptop])).toEqual(restoreWindowState(undefined, [laptop]));
  });

  it('restores the maximised state with the normal bounds beneath it', () => {
    const saved = { x: 200, y: 150, width: 1200, height: 800, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({
      bounds: { x: 200, y: 150, width: 1200, height: 800 },
      maximized: true,
    });
  });

  it('keeps a window maximised even when its normal bounds are off-screen', () => {
    const saved = { x: 3000, y: 150, width: 1200, height: 800, maximized: true };
    const restored = restoreWindowState(saved, [laptop]);
    expect(restored.maximized).toBe(true);
    expect(restored.bounds).toEqual(restoreWindowState(undefined, [laptop]).bounds);
  });

  it('shrinks a window saved on a bigger screen to the work area it is on now', () => {
    const saved = { x: 0, y: 0, width: 2400, height: 1300, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });
});

function fakeWindow(bounds: Rectangle) {
  const listeners = new Map<string, (() => void)[]>();
  const state = { bounds, maximized: false, destroyed: false };
  const window: TrackedWindow = {
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    isDestroyed: () => state.destroyed,
    isMaximized: () => state.maximized,
    getNormalBounds: () => state.bounds,
  };
  const emit = (event: string) => listeners.get(event)?.forEach((listener) => listener());
  return { window, state, emit };
}

describe('trackWindowState', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, after the user stops moving and resizing', () => {
    const { window, state, emit } = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (value) => saved.push(value));
    for (let step = 1; step <= 5; step++) {
      state.bounds = { x: 10 + step * 20, y: 10, width: 1000 + step, height: 700 };
      emit(step % 2 ? 'move' : 'resize');
      vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS - 1);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ x: 110, y: 10, width: 1005, height: 700, maximized: false }]);
  });

  it('saves at once on close, cancelling the pending save, and does not repeat unchanged state', () => {
    const { window, state, emit } = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (value) => saved.push(value));
    state.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    emit('move');
    emit('close');
    expect(saved).toEqual([{ x: 50, y: 60, width: 1000, height: 700, maximized: false }]);
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS * 2);
    emit('close');
    expect(saved).toHaveLength(1);
  });

  it('records maximising with the normal bounds, not the screen-filling ones', () => {
    const { window, state, emit } = fakeWindow({ x: 10, y: 20, width: 1000, height: 700 });
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (value) => saved.push(value));
    state.maximized = true;
    emit('maximize');
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS);
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: true }]);
    // What was saved restores as a maximised window.
    expect(restoreWindowState(saved[0], [laptop]).maximized).toBe(true);
  });

  it('rounds fractional bounds (scaled displays) and skips a destroyed window', () => {
    const { window, state, emit } = fakeWindow({ x: 10.4, y: 20.6, width: 999.5, height: 700.2 });
    const saved: SavedWindowState[] = [];
    trackWindowState(window, (value) => saved.push(value));
    emit('resize');
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS);
    expect(saved).toEqual([{ x: 10, y: 21, width: 1000, height: 700, maximized: false }]);
    state.destroyed = true;
    emit('move');
    vi.advanceTimersByTime(WINDOW_STATE_SAVE_DELAY_MS);
    expect(saved).toHaveLength(1);
  });
});
