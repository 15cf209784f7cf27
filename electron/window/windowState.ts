import * as z from 'zod';

/**
 * Where the main window was and how big it was, so the app reopens as the user left it. Pure: the
 * displays and the window are passed in, and storage is windowStateStore.ts.
 */
export const SavedWindowStateSchema = z
  .object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive().max(100_000),
    height: z.number().int().positive().max(100_000),
    maximized: z.boolean(),
  })
  .strict();
export type SavedWindowState = z.infer<typeof SavedWindowStateSchema>;

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's Display used here: the area windows may use (no taskbar or menu bar). */
export interface DisplayLike {
  readonly workArea: Rectangle;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 880, height: 560 } as const;

/** How much of the title bar must lie on one display for the user to grab it and move the window. */
const VISIBLE_TITLE_BAR = { width: 100, height: 30 } as const;

export interface RestoredWindowState {
  /** Position and size for the BrowserWindow; no x/y lets Electron centre the window itself. */
  readonly bounds: { x?: number; y?: number; width: number; height: number };
  readonly maximized: boolean;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** The display on which enough of the window's title bar shows to grab it, if any. */
function displayShowingTitleBar(bounds: Rectangle, displays: readonly DisplayLike[]): DisplayLike | null {
  const titleBar = { ...bounds, height: Math.min(bounds.height, VISIBLE_TITLE_BAR.height) };
  return (
    displays.find((display) => {
      const seen = overlap(titleBar, display.workArea);
      return (
        seen.width >= Math.min(VISIBLE_TITLE_BAR.width, titleBar.width) && seen.height >= titleBar.height
      );
    }) ?? null
  );
}

/** The default size, no bigger than the work area, centred on the given display. */
function defaultWindowBounds(display: DisplayLike | undefined): RestoredWindowState['bounds'] {
  if (!display) return { ...DEFAULT_WINDOW_SIZE };
  const area = display.workArea;
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * The saved bounds when the window's title bar would still be on a current display (a monitor may
 * have been unplugged or rearranged since), shrunk to that display's work area if it has become
 * smaller; otherwise the default size centred on the primary display. Anything unreadable counts as
 * nothing saved.
 */
export function restoreWindowState(
  saved: unknown,
  displays: readonly DisplayLike[],
  primary: DisplayLike | undefined = displays[0],
): RestoredWindowState {
  const parsed = SavedWindowStateSchema.safeParse(saved);
  if (parsed.success) {
    const { maximized, ...bounds } = parsed.data;
    const display = displayShowingTitleBar(bounds, displays);
    if (display) {
      return {
        bounds: {
          x: bounds.x,
          y: bounds.y,
          width: Math.min(bounds.width, Math.max(display.workArea.width, MIN_WINDOW_SIZE.width)),
          height: Math.min(bounds.height, Math.max(display.workArea.height, MIN_WINDOW_SIZE.height)),
        },
        maximized,
      };
    }
    // Off-screen: the size and position are lost, but a maximised window stays maximised.
    return { bounds: defaultWindowBounds(primary), maximized };
  }
  return { bounds: defaultWindowBounds(primary), maximized: false };
}

/** The part of BrowserWindow the tracker reads and listens to. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  isDestroyed(): boolean;
  isMaximized(): boolean;
  /** The bounds the window has when not maximised, minimised or full screen. */
  getNormalBounds(): Rectangle;
}

export const WINDOW_STATE_SAVE_DELAY_MS = 500;

export interface WindowStateTracker {
  /** Saves now if anything changed since the last save (and cancels a pending save). */
  flush(): void;
}

/**
 * Saves the window's normal bounds and maximised state, at most once per `delayMs` while the user
 * drags or resizes, and at once when the window closes. Unchanged state is not written again.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: SavedWindowState) => void,
  delayMs: number = WINDOW_STATE_SAVE_DELAY_MS,
): WindowStateTracker {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: string | null = null;

  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    const normal = window.getNormalBounds();
    const state: SavedWindowState = {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
      maximized: window.isMaximized(),
    };
    if (!SavedWindowStateSchema.safeParse(state).success) return;
    const key = JSON.stringify(state);
    if (key === lastSaved) return;
    lastSaved = key;
    save(state);
  };
  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, schedule);
  window.on('close', flush);
  return { flush };
}
