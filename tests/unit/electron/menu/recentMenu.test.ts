import { describe, expect, it } from 'vitest';
import type { RecentFiles } from '../../../../electron/files/recentFiles';
import { notifyingRecentFiles, recentFileLabels } from '../../../../electron/menu/recentMenu';

describe('recent file labels', () => {
  it('are the file names when they are distinct', () => {
    expect(
      recentFileLabels(
        [
          { path: '/a/ITGuy.kartotek', fileName: 'ITGuy.kartotek' },
          { path: '/b/Kunde.kartotek', fileName: 'Kunde.kartotek' },
        ],
        'linux',
      ),
    ).toEqual(['ITGuy.kartotek', 'Kunde.kartotek']);
  });

  it('add the folder when two files share a name (ignoring case), in the platform’s path style', () => {
    expect(
      recentFileLabels(
        [
          { path: 'C:\\Kunder\\Alfa\\Kunde.kartotek', fileName: 'Kunde.kartotek' },
          { path: 'C:\\Kunder\\Beta\\kunde.kartotek', fileName: 'kunde.kartotek' },
          { path: 'C:\\Egen.kartotek', fileName: 'Egen.kartotek' },
        ],
        'win32',
      ),
    ).toEqual(['Kunde.kartotek — C:\\Kunder\\Alfa', 'kunde.kartotek — C:\\Kunder\\Beta', 'Egen.kartotek']);
  });

  it('double "&" outside macOS only', () => {
    const files = [{ path: '/x/A&B.kartotek', fileName: 'A&B.kartotek' }];
    expect(recentFileLabels(files, 'win32')).toEqual(['A&&B.kartotek']);
    expect(recentFileLabels(files, 'linux')).toEqual(['A&&B.kartotek']);
    expect(recentFileLabels(files, 'darwin')).toEqual(['A&B.kartotek']);
  });
});

function memoryRecent(failAdd = false): RecentFiles & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    list: async () => paths.map((path) => ({ path, fileName: path.split('/').pop()! })),
    includes: async (path) => paths.includes(path),
    async add(path) {
      if (failAdd) throw new Error('disk full');
      paths.unshift(path);
    },
    async remove(path) {
      paths.splice(paths.indexOf(path), 1);
    },
  };
}

describe('notifying recent files', () => {
  it('tell the listener after each add and remove, not on reads', async () => {
    const inner = memoryRecent();
    let changes = 0;
    const recent = notifyingRecentFiles(inner, () => changes++);
    await recent.add('/a.kartotek');
    await recent.list();
    await recent.includes('/a.kartotek');
    expect(changes).toBe(1);
    await recent.remove('/a.kartotek');
    expect(changes).toBe(2);
    expect(inner.paths).toEqual([]);
  });

  it('do not tell the listener when the change failed, and pass the failure on', async () => {
    let changes = 0;
    const recent = notifyingRecentFiles(memoryRecent(true), () => changes++);
    await expect(recent.add('/a.kartotek')).rejects.toThrow('disk full');
    expect(changes).toBe(0);
  });

  it('never turn a change into an error because the listener failed', async () => {
    const recent = notifyingRecentFiles(memoryRecent(), () => {
      throw new Error('menu broke');
    });
    await expect(recent.add('/a.kartotek')).resolves.toBeUndefined();
  });
});
