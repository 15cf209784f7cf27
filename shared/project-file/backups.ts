import * as z from 'zod';
import { IdSchema, TimestampSchema } from '../model/primitives';

/**
 * Automatic backups of whole projects, kept by main in <data folder>/backups/<projectId>/ and by the
 * web version in IndexedDB. This module is the policy and the shapes both share.
 *
 * When a backup is taken:
 *   save          every time a project is saved to a file (main does it on saveProjectFile);
 *   beforeImport  before a file is imported over or beside an existing project;
 *   beforeReplace before a project is replaced by a file or by a merge;
 *   beforeDelete  before a project is deleted or purged;
 *   beforeRestore before a backup is restored over the project;
 *   daily         once per calendar day (UTC) that a project is open, when the UI asks;
 *   manual        when the user asks for one.
 * A backup whose project is identical to the newest backup of that project is not written again.
 *
 * What is kept, per project, each time a backup is added (everything else of that project is deleted):
 *   - the newest KEEP_LATEST (20) backups;
 *   - the newest backup of each of the last KEEP_DAILY_DAYS (30) days;
 *   - the newest KEEP_SAFETY (10) backups taken before an import, replace, delete or restore in the
 *     last KEEP_DAILY_DAYS days, so a burst of saves after a replace cannot push out the state before it.
 * Backups of a project that no longer gets new backups (e.g. a deleted one) are never pruned.
 */
export const BACKUP_REASONS = [
  'save',
  'beforeImport',
  'beforeReplace',
  'beforeDelete',
  'beforeRestore',
  'daily',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** What the renderer may ask for; "save" backups are taken by the host itself when it saves a file. */
export const REQUESTED_BACKUP_REASONS = BACKUP_REASONS.filter(
  (reason): reason is Exclude<BackupReason, 'save'> => reason !== 'save',
);

export const BACKUP_POLICY = { keepLatest: 20, keepDailyDays: 30, keepSafety: 10 } as const;

const SAFETY_REASONS: ReadonlySet<BackupReason> = new Set([
  'beforeImport',
  'beforeReplace',
  'beforeDelete',
  'beforeRestore',
]);

/** "<projectId>/<yyyymmddThhmmssmmmZ>-<reason>[-n].kartotek" in main; the same shape in the browser. */
export const BackupIdSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]{1,64}\/\d{8}T\d{9}Z-[A-Za-z]{1,20}(-\d{1,3})?\.kartotek$/);

export const BackupInfoSchema = z
  .object({
    id: BackupIdSchema,
    projectId: IdSchema,
    createdAt: TimestampSchema,
    reason: z.enum(BACKUP_REASONS),
    sizeBytes: z.number().int().min(0),
    /** Null when the backup cannot be read as a project file any more (damaged on disk). */
    projectName: z.string().max(1000).nullable(),
    activityCount: z.number().int().min(0).nullable(),
    vendorCount: z.number().int().min(0).nullable(),
  })
  .strict();
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

/** A timestamp as it appears in a backup's file name: 2026-11-01T09:00:00.123Z → 20261101T090000123Z */
export function compactTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

export function parseCompactTimestamp(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

export interface BackupEntry {
  id: string;
  createdAt: string;
  reason: BackupReason;
}

/** The ids of one project's backups that the policy no longer keeps. */
export function backupsToPrune(backups: readonly BackupEntry[], now: Date): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  newestFirst.slice(0, BACKUP_POLICY.keepLatest).forEach((backup) => keep.add(backup.id));

  const horizon = now.getTime() - BACKUP_POLICY.keepDailyDays * 24 * 60 * 60 * 1000;
  const recent = newestFirst.filter((backup) => Date.parse(backup.createdAt) >= horizon);
  const seenDays = new Set<string>();
  for (const backup of recent) {
    const day = backup.createdAt.slice(0, 10);
    if (!seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup.id);
    }
  }
  recent
    .filter((backup) => SAFETY_REASONS.has(backup.reason))
    .slice(0, BACKUP_POLICY.keepSafety)
    .forEach((backup) => keep.add(backup.id));

  return newestFirst.filter((backup) => !keep.has(backup.id)).map((backup) => backup.id);
}

/** True when a daily backup is due: none of the project's backups was taken on today's (UTC) date. */
export function isDailyBackupDue(backups: readonly Pick<BackupEntry, 'createdAt'>[], now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !backups.some((backup) => backup.createdAt.slice(0, 10) === today);
}
