import { describeChange, previousExport, type DescribedChange } from '../../../shared/changes';
import type { Language } from '../../../shared/i18n/languages';
import { CHANGE_TARGETS, type ChangeTarget, type ExportRecord, type Project } from '../../../shared/model';

/** Which changes the Change log screen lists: all, or those since the last export of a document. */
export type ChangeWindow = 'all' | 'policy' | 'vendors' | 'register';

export interface ChangeFilter {
  /** Only entries made after this time (ISO); null: all. */
  readonly after: string | null;
  readonly area: ChangeTarget | null;
  readonly query: string;
}

/** The changes that pass the filter, in the given order. The search matches item, field and both values. */
export function filterChanges(changes: readonly DescribedChange[], filter: ChangeFilter): DescribedChange[] {
  const after = filter.after === null ? null : Date.parse(filter.after);
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return changes.filter((change) => {
    if (after !== null && !(Date.parse(change.at) > after)) return false;
    if (filter.area && change.target !== filter.area) return false;
    if (words.length === 0) return true;
    const text =
      `${change.kind} ${change.item} ${change.field} ${change.before} ${change.after}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The screen where an entry's item is edited, if it still exists. */
export function changeRoute(change: DescribedChange, exists: boolean): string | null {
  if (change.target === 'project' || change.target === 'audiences') return '/organisation';
  if (!exists || !change.itemId) return null;
  return `/${change.target}/${change.itemId}`;
}

/** The log in words, newest first. */
export function describedLog(project: Project, language: Language): DescribedChange[] {
  return [...project.changeLog.entries].reverse().map((entry) => describeChange(entry, project, language));
}

/** "vendors:v-m365" for every item the project has now: an entry's item is linked only while it exists. */
export function existingItemKeys(project: Project): Set<string> {
  const keys = new Set<string>();
  for (const target of CHANGE_TARGETS) {
    if (target === 'project') continue;
    for (const item of project[target] as readonly { id: string }[]) keys.add(`${target}:${item.id}`);
  }
  return keys;
}

const EXPORT_WINDOWS = ['policy', 'vendors', 'register'] as const satisfies readonly ChangeWindow[];

/** The "since the last export" windows the log offers: one per document exported before, with that export. */
export function exportWindows(
  history: readonly ExportRecord[],
): { window: (typeof EXPORT_WINDOWS)[number]; record: ExportRecord }[] {
  return EXPORT_WINDOWS.flatMap((window) => {
    const record = previousExport(history, window);
    return record ? [{ window, record }] : [];
  });
}

/** An export made before the log started: the changes since then are not all known. */
export function predatesLog(exported: ExportRecord | undefined, logSince: string): exported is ExportRecord {
  return exported !== undefined && Date.parse(exported.at) < Date.parse(logSince);
}
