import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';
import { LanguageSchema } from '../../shared/model/primitives';
import { writeFileAtomic } from '../files/atomicWrite';
import type { Logger } from '../log';

/**
 * Main's own small settings (not the user's registers, which live in IndexedDB): the UI language, so
 * the native menu starts in the right language before the renderer has said anything, and the list of
 * recent project files.
 */
export const SETTINGS_FILE_NAME = 'kartotek-settings.json';

const SettingsSchema = z.object({
  // .catch: one bad value (an older or hand-edited file) must not throw away the rest.
  uiLanguage: LanguageSchema.optional().catch(undefined),
  /** Project files opened or saved through a dialog or the OS, newest first (see files/recentFiles.ts). */
  recentFiles: z.array(z.string().min(1).max(4096)).max(50).optional().catch(undefined),
});
type Settings = z.infer<typeof SettingsSchema>;

export interface SettingsStore {
  load(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsStore(filePath: string, log: Logger): SettingsStore {
  // Updates run one after the other, so two quick language changes cannot interleave their
  // read-modify-write and lose one.
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Settings> => {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log.warn(`cannot read settings: ${String(error)}`);
      return {};
    }
    try {
      const parsed = SettingsSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: a damaged settings file only costs the defaults
    }
    log.warn('settings file is damaged; using defaults');
    return {};
  };

  const update = (patch: Partial<Settings>): Promise<Settings> => {
    const next = queue.then(async () => {
      const settings = { ...(await load()), ...patch };
      // Chromium normally creates userData at start; a fresh KARTOTEK_DATA_DIR may not exist yet.
      await mkdir(path.dirname(filePath), { recursive: true });
      await writeFileAtomic(filePath, `${JSON.stringify(settings, null, 2)}\n`);
      return settings;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return { load, update };
}
