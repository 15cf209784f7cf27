import type { ChangeEntry } from '../model/changeLog';
import type { ExportRecord } from '../model/organisation';
import type { Project } from '../model/project';
import { registerAt } from './rollback';

/**
 * "Changes since the last export" of a document: the previous export of the same document (for a
 * policy, the same audience; any language, since every language is the same version), and the register
 * as it was then, rebuilt from the change log.
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

/** The latest export of `kind` (for a policy, for `audienceId`), or undefined. */
export function previousExport(
  project: Project,
  kind: ExportRecord['kind'],
  audienceId: string | null = null,
): ExportRecord | undefined {
  let latest: ExportRecord | undefined;
  for (const record of project.exportHistory) {
    if (record.kind !== kind || (kind === 'policy' && record.audienceId !== audienceId)) continue;
    if (!latest || Date.parse(record.at) > Date.parse(latest.at)) latest = record;
  }
  return latest;
}

export function sinceExport(
  project: Project,
  kind: ExportRecord['kind'],
  audienceId: string | null = null,
): SinceExport {
  const previous = previousExport(project, kind, audienceId);
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
