import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { contentDigest } from '../../shared/checks/hash';
import { IdSchema } from '../../shared/model/primitives';
import type { CreateBackupResult, ReadBackupResult } from '../../shared/platform/fileContract';
import {
  BACKUP_REASONS,
  BackupIdSchema,
  backupsToPrune,
  compactTimestamp,
  isDailyBackupDue,
  parseCompactTimestamp,
  type BackupEntry,
  type BackupInfo,
  type BackupReason,
} from '../../shared/project-file/backups';
import { MAX_FILE_BYTES } from '../../shared/project-file/format';
import { parseProjectFile, type ParsedProjectFile } from '../../shared/project-file/parse';
import { writeFileAtomic, type AtomicWriteFs } from '../files/atomicWrite';
import { toFileProblem } from '../files/fileProblem';
import { decodeUtf8, readFileLimited } from '../files/readFileLimited';
import type { Logger } from '../log';

/**
 * Rolling backups of whole projects in <data folder>/backups/<projectId>/<time>-<reason>.kartotek,
 * each an ordinary project file that opens in Kartotek like any other. When backups are taken and
 * which are kept is the shared policy in shared/project-file/backups.ts.
 */
export interface BackupStore {
  create(projectId: string, text: string, reason: BackupReason): Promise<CreateBackupResult>;
  list(projectId?: string): Promise<BackupInfo[]>;
  read(id: string): Promise<ReadBackupResult>;
}

export interface BackupStoreOptions {
  /** The backups folder, <userData>/backups. */
  root: string;
  log: Logger;
  now?: () => Date;
  /** For tests of a write that fails. */
  writeFs?: AtomicWriteFs;
}

const FILE_PATTERN = /^(\d{8}T\d{9}Z)-([A-Za-z]+)(?:-(\d{1,3}))?\.kartotek$/;

interface StoredBackup extends BackupEntry {
  file: string;
  projectId: string;
}

function parseFileName(projectId: string, fileName: string, root: string): StoredBackup | null {
  const m = FILE_PATTERN.exec(fileName);
  const createdAt = m ? parseCompactTimestamp(m[1]!) : null;
  const reason = m?.[2] as BackupReason | undefined;
  if (!m || !createdAt || !reason || !BACKUP_REASONS.includes(reason)) return null;
  return {
    id: `${projectId}/${fileName}`,
    createdAt,
    reason,
    projectId,
    file: path.join(root, projectId, fileName),
  };
}

function infoOf(backup: StoredBackup, sizeBytes: number, parsed: ParsedProjectFile | null): BackupInfo {
  return {
    id: backup.id,
    projectId: backup.projectId,
    createdAt: backup.createdAt,
    reason: backup.reason,
    sizeBytes,
    projectName: parsed?.project.name ?? null,
    activityCount: parsed?.project.activities.length ?? null,
    vendorCount: parsed?.project.vendors.length ?? null,
  };
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { root, log } = options;
  const now = options.now ?? (() => new Date());
  // Parsing a backup for its name and counts costs a full read; remember it per file version.
  const summaries = new Map<string, { key: string; parsed: ParsedProjectFile | null }>();
  // contentDigest of the project in each backup this process wrote or read: a new backup is compared with
  // the newest by digest, so the newest is parsed at most once per run instead of on every backup.
  const contentHashes = new Map<string, string>();
  // One backup operation at a time: pruning and dedupe read the folder they are about to change.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  async function backupsOf(projectId: string): Promise<StoredBackup[]> {
    let names: string[];
    try {
      names = await readdir(path.join(root, projectId));
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    return names
      .map((name) => parseFileName(projectId, name, root))
      .filter((backup): backup is StoredBackup => backup !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async function load(
    backup: StoredBackup,
  ): Promise<{ text: string; parsed: ParsedProjectFile | null; size: number }> {
    const bytes = await readFileLimited(backup.file, MAX_FILE_BYTES);
    const text = decodeUtf8(bytes, backup.file);
    const result = parseProjectFile(text);
    return { text, parsed: result.ok ? result : null, size: bytes.byteLength };
  }

  async function summary(backup: StoredBackup): Promise<BackupInfo> {
    const stats = await stat(backup.file);
    const key = `${stats.size}:${stats.mtimeMs}`;
    const cached = summaries.get(backup.file);
    if (cached?.key === key) return infoOf(backup, stats.size, cached.parsed);
    let parsed: ParsedProjectFile | null = null;
    try {
      parsed = (await load(backup)).parsed;
    } catch (error) {
      log.warn(`backup ${backup.id} cannot be read: ${toFileProblem(error, backup.file).code}`);
    }
    summaries.set(backup.file, { key, parsed });
    return infoOf(backup, stats.size, parsed);
  }

  async function contentHashOf(backup: StoredBackup): Promise<string | null> {
    const known = contentHashes.get(backup.file);
    if (known) return known;
    const previous = await load(backup).catch(() => null);
    if (!previous?.parsed) return null;
    const hash = contentDigest(previous.parsed.project);
    contentHashes.set(backup.file, hash);
    return hash;
  }

  async function create(projectId: string, text: string, reason: BackupReason): Promise<CreateBackupResult> {
    const fileName = `${projectId}.kartotek`;
    const parsed = parseProjectFile(text);
    if (!parsed.ok || parsed.project.id !== projectId || !IdSchema.safeParse(projectId).success) {
      return { status: 'failed', problem: { code: 'invalidContent', fileName } };
    }
    const at = now();
    try {
      const existing = await backupsOf(projectId);
      if (reason === 'daily' && !isDailyBackupDue(existing, at)) return { status: 'notDue' };

      const contentHash = contentDigest(parsed.project);
      const newest = existing[0];
      if (newest && (await contentHashOf(newest)) === contentHash) {
        return { status: 'unchanged', backup: await summary(newest) };
      }

      await mkdir(path.join(root, projectId), { recursive: true });
      const stem = `${compactTimestamp(at)}-${reason}`;
      const taken = new Set(existing.map((backup) => path.basename(backup.file)));
      let name = `${stem}.kartotek`;
      for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.kartotek`;
      const backup = parseFileName(projectId, name, root)!;
      await writeFileAtomic(backup.file, text, options.writeFs);
      contentHashes.set(backup.file, contentHash);
      const size = Buffer.byteLength(text, 'utf8');

      for (const id of backupsToPrune([backup, ...existing], at)) {
        const victim = existing.find((candidate) => candidate.id === id);
        if (!victim) continue;
        await unlink(victim.file).catch((error: unknown) =>
          log.warn(`could not prune backup ${victim.id}: ${toFileProblem(error, victim.file).code}`),
        );
        summaries.delete(victim.file);
        contentHashes.delete(victim.file);
      }
      log.info(`backup ${backup.id} (${reason})`);
      return { status: 'created', backup: infoOf(backup, size, parsed) };
    } catch (error) {
      const problem = toFileProblem(error, fileName);
      log.warn(`backup of ${projectId} failed: ${problem.code}`);
      return { status: 'failed', problem };
    }
  }

  async function list(projectId?: string): Promise<BackupInfo[]> {
    let projectIds: string[];
    if (projectId !== undefined) projectIds = [projectId];
    else {
      try {
        projectIds = (await readdir(root, { withFileTypes: true }))
          .filter((entry) => entry.isDirectory() && IdSchema.safeParse(entry.name).success)
          .map((entry) => entry.name);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
    }
    const backups = (await Promise.all(projectIds.map(backupsOf))).flat();
    const infos = await Promise.all(backups.map((backup) => summary(backup).catch(() => null)));
    return infos
      .filter((info): info is BackupInfo => info !== null)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  }

  async function read(id: string): Promise<ReadBackupResult> {
    const fileName = path.basename(id);
    const valid = BackupIdSchema.safeParse(id);
    const [projectId, name] = id.split('/');
    const backup = valid.success && projectId && name ? parseFileName(projectId, name, root) : null;
    // The id pattern admits no "..", separators or absolute paths; the check below says so twice.
    if (!backup || path.relative(root, backup.file).startsWith('..')) {
      return { status: 'failed', problem: { code: 'notAllowed', fileName } };
    }
    try {
      const { text, parsed, size } = await load(backup);
      return { status: 'ok', backup: infoOf(backup, size, parsed), text };
    } catch (error) {
      return { status: 'failed', problem: toFileProblem(error, backup.file) };
    }
  }

  return {
    create: (projectId, text, reason) => serial(() => create(projectId, text, reason)),
    list: (projectId) => serial(() => list(projectId)),
    read,
  };
}
