import path from 'node:path';
import type { RecentFile } from '../../shared/platform/fileContract';
import type { SettingsStore } from '../settings/settingsStore';

const MAX_RECENT_FILES = 10;

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  /** Puts a path first (a file just opened or saved through a dialog or the OS). */
  add(filePath: string): Promise<void>;
  remove(filePath: string): Promise<void>;
  includes(filePath: string): Promise<boolean>;
}

const same = (a: string, b: string) =>
  // Windows and macOS file systems ignore case by default; a path opened twice with different case is one file.
  process.platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();

/**
 * The recent project files, kept in main's settings file. Only main adds to it, and only paths it got
 * from a dialog or from the OS; the page reads it and may ask to open an entry, nothing else.
 */
export function createRecentFiles(settings: Pick<SettingsStore, 'load' | 'update'>): RecentFiles {
  const paths = async () => (await settings.load()).recentFiles ?? [];
  return {
    async list() {
      return (await paths()).map((filePath) => ({ path: filePath, fileName: path.basename(filePath) }));
    },
    async add(filePath) {
      const absolute = path.resolve(filePath);
      const rest = (await paths()).filter((entry) => !same(entry, absolute));
      await settings.update({ recentFiles: [absolute, ...rest].slice(0, MAX_RECENT_FILES) });
    },
    async remove(filePath) {
      const rest = (await paths()).filter((entry) => !same(entry, filePath));
      await settings.update({ recentFiles: rest });
    },
    async includes(filePath) {
      return (await paths()).some((entry) => same(entry, filePath));
    },
  };
}
