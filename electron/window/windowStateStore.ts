import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite';
import type { Logger } from '../log';
import { SavedWindowStateSchema, type SavedWindowState } from './windowState';

/**
 * The main window's last bounds, in a small file of its own next to the settings file. Not in
 * kartotek-settings.json: that file's schema (settings/settingsStore.ts) keeps only the keys it knows,
 * so window bounds written there would be dropped on the next settings update.
 */
export const WINDOW_STATE_FILE_NAME = 'kartotek-window.json';

export interface WindowStateStore {
  /** The saved state, or undefined when there is none or it cannot be read. */
  load(): Promise<SavedWindowState | undefined>;
  /** Writes atomically, one write after the other; a failure is logged, never thrown. */
  save(state: SavedWindowState): Promise<void>;
}

export function createWindowStateStore(filePath: string, log: Logger): WindowStateStore {
  let queue: Promise<void> = Promise.resolve();

  const load = async (): Promise<SavedWindowState | undefined> => {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn(`cannot read the window state: ${String(error)}`);
      return undefined;
    }
    try {
      const parsed = SavedWindowStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: a damaged file only costs the default window size
    }
    log.warn('window state file is damaged; using the default window size');
    return undefined;
  };

  const save = (state: SavedWindowState): Promise<void> => {
    queue = queue.then(async () => {
      try {
        await mkdir(path.dirname(filePath), { recursive: true });
        await writeFileAtomic(filePath, `${JSON.stringify(state, null, 2)}\n`);
      } catch (error) {
        log.warn(`could not save the window state: ${String(error)}`);
      }
    });
    return queue;
  };

  return { load, save };
}
