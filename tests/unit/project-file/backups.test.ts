import { describe, expect, it } from 'vitest';
import {
  BACKUP_POLICY,
  BackupIdSchema,
  backupsToPrune,
  compactTimestamp,
  isDailyBackupDue,
  parseCompactTimestamp,
  type BackupEntry,
  type BackupReason,
} from '../../../shared/project-file';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const entry = (createdAt: string, reason: BackupReason = 'save'): BackupEntry => ({
  id: `p/${compactTimestamp(new Date(createdAt))}-${reason}.kartotek`,
  createdAt,
  reason,
});

describe('backup retention', () => {
  it('keeps everything while there are no more than the latest 20', () => {
    const backups = Array.from({ length: BACKUP_POLICY.keepLatest }, (_, i) => entry(hoursAgo(i / 10)));
    expect(backupsToPrune(backups, NOW)).toEqual([]);
  });

  it('keeps the latest 20 plus the newest of each of the last 30 days, and nothing older', () => {
    // 60 days, 5 backups a day, newest first.
    const backups = Array.from({ length: 60 * 5 }, (_, i) =>
      entry(hoursAgo(Math.floor(i / 5) * 24 + (i % 5))),
    );
    const pruned = new Set(backupsToPrune(backups, NOW));
    const kept = backups.filter((b) => !pruned.has(b.id));
    const latest = backups.slice(0, 20);
    for (const b of latest) expect(kept).toContain(b);
    const days = new Set(kept.map((b) => b.createdAt.slice(0, 10)));
    // The last 30 days (today included) each keep one; nothing older than the 30 days survives.
    expect(days.size).toBe(31);
    const oldest = kept.reduce((min, b) => (b.createdAt < min ? b.createdAt : min), kept[0]!.createdAt);
    expect(Date.parse(oldest)).toBeGreaterThanOrEqual(NOW.getTime() - 30 * 24 * 3_600_000);
    expect(kept.length).toBeLessThanOrEqual(20 + 31);
  });

  it('keeps a backup taken before a replace although many saves followed it the same day', () => {
    const before = entry(hoursAgo(5), 'beforeReplace');
    const saves = Array.from({ length: 40 }, (_, i) => entry(hoursAgo(i / 10), 'save'));
    expect(backupsToPrune([...saves, before], NOW)).not.toContain(before.id);
  });

  it('is due daily: once per calendar day (UTC)', () => {
    expect(isDailyBackupDue([], NOW)).toBe(true);
    expect(isDailyBackupDue([entry(hoursAgo(1))], NOW)).toBe(false);
    expect(isDailyBackupDue([entry(hoursAgo(13))], NOW)).toBe(true);
  });

  it('names backups by their time, reversibly, and accepts only such names as ids', () => {
    const date = new Date('2026-11-01T09:00:00.123Z');
    expect(compactTimestamp(date)).toBe('20261101T090000123Z');
    expect(parseCompactTimestamp('20261101T090000123Z')).toBe(date.toISOString());
    expect(parseCompactTimestamp('20261301T090000123Z')).toBeNull();
    expect(BackupIdSchema.safeParse('proj-1/20261101T090000123Z-save.kartotek').success).toBe(true);
    expect(BackupIdSchema.safeParse('proj-1/20261101T090000123Z-save-2.kartotek').success).toBe(true);
    for (const bad of [
      '../x/20261101T090000123Z-save.kartotek',
      'p/../../etc/passwd',
      'p/x.kartotek',
      '/abs',
    ]) {
      expect(BackupIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
