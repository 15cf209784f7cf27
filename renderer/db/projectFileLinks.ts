import type { Project } from '../../shared/model';
import type { DocumentState } from '../../shared/platform/fileContract';
import type { KartotekDatabase } from './database';
import { importProject, type ImportMode, type ImportOptions, type ImportResult } from './importProject';

/**
 * Which file a project belongs to, and how far the file is behind the app.
 *
 * Where it is kept: one row per project in the existing `settings` table, under the key
 * "projectFile:<projectId>". Not a new table, because nothing needs to be indexed (it is always looked
 * up by project id), and a row in `settings` needs no schema version: older and newer versions of the
 * app read the same database unchanged. The row is written in the same transaction as the import that
 * brought the project in (importProjectLinked), and after each save to a file.
 *
 * "Changes not yet saved to its file": every edit stamps the project's `updatedAt` (renderer/db/items.ts);
 * the link keeps the `updatedAt` the project had when it was last saved to or opened from the file. The
 * project has unsaved changes exactly when its `updatedAt` is no longer that instant. "Different", not
 * "later": a file from a computer whose clock runs ahead carries an updatedAt in our future, and an
 * edit made now must still count. A project without a file
 * (created in the app, kept both, restored from a backup) has nothing to fall behind: its edits are
 * stored at once, and Save asks where to put it.
 */
export interface ProjectFileLink {
  /** Where the file lies, as the host reported it; null on the web, where the page never sees paths. */
  path: string | null;
  fileName: string;
  /** The project's updatedAt when it was last saved to or opened from the file. */
  syncedUpdatedAt: string;
}

const KEY_PREFIX = 'projectFile:';
export const projectFileKey = (projectId: string) => `${KEY_PREFIX}${projectId}`;

function isLink(value: unknown): value is ProjectFileLink {
  if (typeof value !== 'object' || value === null) return false;
  const link = value as Record<string, unknown>;
  return (
    (link.path === null || typeof link.path === 'string') &&
    typeof link.fileName === 'string' &&
    link.fileName !== '' &&
    typeof link.syncedUpdatedAt === 'string' &&
    !Number.isNaN(Date.parse(link.syncedUpdatedAt))
  );
}

export async function getProjectFileLink(
  db: KartotekDatabase,
  projectId: string,
): Promise<ProjectFileLink | null> {
  const row = await db.settings.get(projectFileKey(projectId));
  // Anything else (an older shape, a damaged row) counts as "no file": Save then asks where to save.
  return isLink(row?.value) ? row.value : null;
}

export async function setProjectFileLink(
  db: KartotekDatabase,
  projectId: string,
  link: ProjectFileLink,
): Promise<void> {
  const value: ProjectFileLink = {
    path: link.path,
    fileName: link.fileName,
    syncedUpdatedAt: link.syncedUpdatedAt,
  };
  await db.settings.put({ key: projectFileKey(projectId), value });
}

export async function forgetProjectFileLink(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.settings.delete(projectFileKey(projectId));
}

/** True when the project was edited after it was last saved to (or opened from) its file. */
export function hasUnsavedFileChanges(link: ProjectFileLink | null, projectUpdatedAt: string): boolean {
  if (!link) return false;
  // Compared as instants: "…T09:00:00Z" and "…T09:00:00.000Z" are the same moment.
  return Date.parse(projectUpdatedAt) !== Date.parse(link.syncedUpdatedAt);
}

/** The longest project name put in the window title; the contract allows 300 characters in all. */
const TITLE_NAME_MAX = 120;

function shorten(text: string, max: number): string {
  const points = Array.from(text.trim());
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : points.join('');
}

/**
 * What the window title says (the host adds " — Kartotek"): the project, its file, and a leading "•"
 * while the file lags behind the app — "• ITGuy ApS — Kunde.kartotek". Without a project: empty.
 */
export function projectDocumentState(
  project: { name: string; updatedAt: string } | undefined,
  link: ProjectFileLink | null,
): DocumentState {
  if (!project) return { title: '', edited: false };
  const name = shorten(project.name, TITLE_NAME_MAX);
  const edited = hasUnsavedFileChanges(link, project.updatedAt);
  if (!link) return { title: name, edited: false };
  const title = `${edited ? '• ' : ''}${name} — ${shorten(link.fileName, TITLE_NAME_MAX)}`;
  return { title, edited };
}

/**
 * What an import does to the project's file link: `null` removes it (the project has no file),
 * "keep" leaves it as it is, and a link sets it. A link without `syncedUpdatedAt` is in step with the
 * project as imported (its updatedAt); give an older one when the imported project differs from the file.
 */
export type FileLinkUpdate =
  null | 'keep' | (Omit<ProjectFileLink, 'syncedUpdatedAt'> & { syncedUpdatedAt?: string });

/**
 * importProject and, when it imported, the project's file link — in one transaction, so a project
 * never arrives without knowing its file (or the other way round), and a failure changes neither.
 */
export async function importProjectLinked(
  db: KartotekDatabase,
  project: Project,
  mode: ImportMode,
  link: FileLinkUpdate,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return db.transaction('rw', db.allTables(), async () => {
    const result = await importProject(db, project, mode, options);
    if (result.status !== 'imported' || link === 'keep') return result;
    if (link === null) {
      await forgetProjectFileLink(db, result.projectId);
    } else {
      const imported = await db.projects.get(result.projectId);
      await setProjectFileLink(db, result.projectId, {
        path: link.path,
        fileName: link.fileName,
        syncedUpdatedAt: link.syncedUpdatedAt ?? imported?.updatedAt ?? project.updatedAt,
      });
    }
    return result;
  });
}
