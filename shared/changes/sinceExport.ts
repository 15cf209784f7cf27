import type { Language } from '../i18n/languages';
import type { ChangeEntry } from '../model/changeLog';
import type { ExportRecord } from '../model/organisation';
import type { Project } from '../model/project';
import { registerAt } from './rollback';

/**
 * "Changes since the last export" of a document: the previous export of the same document (for a
 * policy, the same audience) in the same language — so exporting the Danish and then the English version
 * of one edition lists the same changes in both — or, when it never went out in that language, in any;
 * and the register as it was then, rebuilt from the change log.
 */
export type SinceExport =
  /** The document has never been exported. */
  | { readonly status: 'first' }
  /** It was, but before the change log starts: what changed since cannot be told. */
  | { readonly status: 'unknown'; readonly previous: ExportRecord; readonly logSince: string }
  | {
      readonly status: 'known';
      readonly previous: ExportRecord;
      /** The register at the previous export. */
      readonly before: Project;
      /** The log's entries made after it, oldest first. */
      readonly entries: readonly ChangeEntry[];
    };

/**
 * The latest export of `kind`, preferring one in `language`; for a policy, only those for `audienceId`
 * when it is given (null: the policy without audience), any audience when it is not. Undefined when none.
 */
export function previousExport(
  history: readonly ExportRecord[],
  kind: ExportRecord['kind'],
  { audienceId, language }: { audienceId?: string | null; language?: Language } = {},
): ExportRecord | undefined {
  let latest: ExportRecord | undefined;
  let latestInLanguage: ExportRecord | undefined;
  const later = (a: ExportRecord, b: ExportRecord | undefined) => !b || Date.parse(a.at) > Date.parse(b.at);
  for (const record of history) {
    if (record.kind !== kind) continue;
    if (kind === 'policy' && audienceId !== undefined && record.audienceId !== audienceId) continue;
    if (later(record, latest)) latest = record;
    if (record.language === language && later(record, latestInLanguage)) latestInLanguage = record;
  }
  return latestInLanguage ?? latest;
}

export function sinceExport(
  project: Project,
  kind: ExportRecord['kind'],
  audienceId: string | null = null,
  language?: Language,
): SinceExport {
  const previous = previousExport(project.exportHistory, kind, { audienceId, language });
  if (!previous) return { status: 'first' };
  const before = registerAt(project, previous.at);
  if (!before) return { status: 'unknown', previous, logSince: project.changeLog.since };
  const at = Date.parse(previous.at);
  return {
    status: 'known',
    previous,
    before,
    entries: project.changeLog.entries.filter((entry) => Date.parse(entry.at) > at),
  };
}
