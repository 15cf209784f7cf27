import Dexie, { type Table } from 'dexie';
import { contentDigest } from '../../shared/checks/hash';
import type { CreateBackupResult, ReadBackupResult } from '../../shared/platform/fileContract';
import {
  backupsToPrune,
  compactTimestamp,
  isDailyBackupDue,
  type BackupInfo,
  type BackupReason,
} from '../../shared/project-file/backups';
import { parseProjectFile } from '../../shared/project-file/parse';

/**
 * The web version's automatic backups: the same policy as the desktop app (shared/project-file/
 * backups.ts), kept in a separate IndexedDB database of the same origin. They protect against the
 * user's own mistakes (a replace, a delete, a bad import), not against the browser clearing the
 * site's storage: for that, the user saves project files (downloads). The Restore screen can say so.
 */
interface BackupRow extends BackupInfo {
  text: string;
  /**
   * contentDigest of the project the backup holds: the next backup compares it with the current project's
   * instead of parsing this one again. Absent on rows written before it was kept (the next backup is then taken).
   */
  contentHash?: string;
}

const BACKUP_DATABASE_NAME = 'kartotek-backups';

class BackupDatabase extends Dexie {
  backups!: Table<BackupRow, string>;
  constructor(name: string) {
    super(name);
    // Versions are only ever added: an upgrade must not lose backups.
    this.version(1).stores({ backups: 'id, projectId, createdAt' });
  }
}

const withoutText = ({ text: _text, contentHash: _hash, ...info }: BackupRow): BackupInfo => info;

export interface BrowserBackups {
  create(projectId: string, text: string, reason: BackupReason): Promise<CreateBackupResult>;
  list(projectId?: string): Promise<BackupInfo[]>;
  read(id: string): Promise<ReadBackupResult>;
}

export function createBrowserBackups(
  name = BACKUP_DATABASE_NAME,
  now: () => Date = () => new Date(),
): BrowserBackups {
  const db = new BackupDatabase(name);
  const newestFirst = <T extends BackupInfo>(rows: T[]) =>
    rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));

  return {
    async create(projectId, text, reason) {
      const parsed = parseProjectFile(text);
      if (!parsed.ok || parsed.project.id !== projectId) {
        return { status: 'failed', problem: { code: 'invalidContent', fileName: `${projectId}.kartotek` } };
      }
      const at = now();
      const contentHash = contentDigest(parsed.project);
      try {
        return await db.transaction('rw', db.backups, async (): Promise<CreateBackupResult> => {
          const existing = newestFirst(await db.backups.where('projectId').equals(projectId).toArray());
          if (reason === 'daily' && !isDailyBackupDue(existing, at)) return { status: 'notDue' };
          const newest = existing[0];
          if (newest?.contentHash === contentHash)
            return { status: 'unchanged', backup: withoutText(newest) };
          const stem = `${projectId}/${compactTimestamp(at)}-${reason}`;
          let id = `${stem}.kartotek`;
          for (let n = 2; existing.some((row) => row.id === id); n++) id = `${stem}-${n}.kartotek`;
          const row: BackupRow = {
            id,
            projectId,
            createdAt: at.toISOString(),
            reason,
            sizeBytes: new TextEncoder().encode(text).byteLength,
            projectName: parsed.project.name,
            activityCount: parsed.project.activities.length,
            vendorCount: parsed.project.vendors.length,
            text,
            contentHash,
          };
          await db.backups.add(row);
          await db.backups.bulkDelete(backupsToPrune([row, ...existing], at));
          return { status: 'created', backup: withoutText(row) };
        });
      } catch {
        // Quota exceeded is the usual reason a browser refuses a write.
        return { status: 'failed', problem: { code: 'diskFull', fileName: `${projectId}.kartotek` } };
      }
    },

    async list(projectId) {
      const rows =
        projectId === undefined
          ? await db.backups.toArray()
          : await db.backups.where('projectId').equals(projectId).toArray();
      return newestFirst(rows.map(withoutText));
    },

    async read(id) {
      const row = await db.backups.get(id);
      if (!row)
        return { status: 'failed', problem: { code: 'notFound', fileName: id.split('/').pop() ?? id } };
      return { status: 'ok', backup: withoutText(row), text: row.text };
    },
  };
}
