import path from 'node:path';
import type { RecentFile } from '../../shared/platform/fileContract';
import type { RecentFiles } from '../files/recentFiles';

/**
 * Labels for the "Open Recent" submenu: the file's name, and its folder as well when two recent files
 * share a name (Kunde.kartotek from two clients' folders must not look like one file). On Windows and
 * Linux a single "&" in a menu label marks the access key, so a literal "&" is doubled.
 */
export function recentFileLabels(files: readonly RecentFile[], platform: NodeJS.Platform): string[] {
  const pathModule = platform === 'win32' ? path.win32 : path.posix;
  const counts = new Map<string, number>();
  for (const file of files) {
    const key = file.fileName.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return files.map((file) => {
    const shared = (counts.get(file.fileName.toLowerCase()) ?? 0) > 1;
    const label = shared ? `${file.fileName} — ${pathModule.dirname(file.path)}` : file.fileName;
    return platform === 'darwin' ? label : label.replace(/&/g, '&&');
  });
}

/**
 * The recent list, telling `onChange` after each change, so main can rebuild the native menu. A
 * failing listener never turns a successful open or save into an error.
 */
export function notifyingRecentFiles(recent: RecentFiles, onChange: () => void): RecentFiles {
  const changed = () => {
    try {
      onChange();
    } catch {
      // The menu is rebuilt on the next change; the file operation itself succeeded.
    }
  };
  return {
    list: () => recent.list(),
    includes: (filePath) => recent.includes(filePath),
    async add(filePath) {
      await recent.add(filePath);
      changed();
    },
    async remove(filePath) {
      await recent.remove(filePath);
      changed();
    },
  };
}
