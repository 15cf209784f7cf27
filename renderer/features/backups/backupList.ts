import { LANGUAGE_TAGS, type Language } from '../../../shared/i18n/languages';
import type { BackupInfo } from '../../../shared/platform/fileContract';

/** The project filter's value for "all projects". */
export const ALL_PROJECTS = '*';

/** The projects that have backups, once each by their id, by name (a backup that cannot be read, by its id). */
export function backedUpProjects(backups: readonly BackupInfo[]): { id: string; name: string }[] {
  const names = new Map(backups.map((backup) => [backup.projectId, backup.projectName ?? backup.projectId]));
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The backups of one project, or all of them; in the order given (newest first). */
export function backupsOf(backups: readonly BackupInfo[], projectId: string): BackupInfo[] {
  return backups.filter((backup) => projectId === ALL_PROJECTS || backup.projectId === projectId);
}

/** A backup's size in kB below a megabyte (at least 0.1 kB, so no file reads as empty), else in MB. */
export function formatSize(bytes: number, language: Language): string {
  const [unit, value] =
    bytes >= 1024 * 1024
      ? (['megabyte', bytes / (1024 * 1024)] as const)
      : (['kilobyte', Math.max(bytes / 1024, 0.1)] as const);
  return new Intl.NumberFormat(LANGUAGE_TAGS[language], {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
