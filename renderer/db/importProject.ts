import { newId, nowIso, type Project } from '../../shared/model';
import { parseProjectFile, type ProjectFileError } from '../../shared/project-file';
import type { KartotekDatabase } from './database';
import { readProjectSnapshot, writeProjectSnapshot } from './snapshot';

/**
 * Bringing a project from a file (or a backup, or a merge) into the working database.
 *
 *   new       the project as it is; refused (status "exists") when its id is already in the workspace,
 *             including in "Recently deleted", so the caller can offer compare / replace / keep both;
 *   replace   the existing project of that id is replaced whole (take a backup first: importProjectWithBackup);
 *   keepBoth  the project under a new id beside the existing one. Item ids stay: they are unique per
 *             project, and keeping them keeps every reference inside the copy intact.
 *
 * Each import is ONE Dexie transaction over every table: the existence check and the writes happen
 * together, and a failure anywhere leaves the database exactly as it was.
 */
export type ImportMode = 'new' | 'replace' | 'keepBoth';

export interface ImportOptions {
  /** keepBoth: the copy's name (default: the file's name). */
  name?: string;
  /** keepBoth: the copy's creation time (default: now). */
  now?: string;
}

export type ImportResult =
  | { status: 'imported'; projectId: string; replaced: boolean }
  | { status: 'exists'; existing: { id: string; name: string; deleted: boolean } };

export async function importProject(
  db: KartotekDatabase,
  project: Project,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return db.transaction('rw', db.allTables(), async (): Promise<ImportResult> => {
    const existing = await db.projects.get(project.id);
    if (mode === 'new' && existing) {
      return {
        status: 'exists',
        existing: { id: existing.id, name: existing.name, deleted: existing.deletedAt !== null },
      };
    }
    if (mode === 'keepBoth') {
      const now = options.now ?? nowIso();
      let id = newId();
      while (await db.projects.get(id)) id = newId();
      const copy: Project = {
        ...project,
        id,
        name: options.name ?? project.name,
        createdAt: now,
        updatedAt: now,
      };
      await writeProjectSnapshot(db, copy);
      return { status: 'imported', projectId: id, replaced: false };
    }
    // writeProjectSnapshot runs inside this transaction and first removes the old version's items.
    await writeProjectSnapshot(db, project);
    return { status: 'imported', projectId: project.id, replaced: existing !== undefined };
  });
}

export type ImportFileResult = ImportResult | { status: 'invalid'; error: ProjectFileError };

/**
 * A project file's text or bytes → the database. The file is parsed and validated completely before
 * the database is touched; a file that is refused changes nothing.
 */
export async function importProjectFile(
  db: KartotekDatabase,
  file: string | Uint8Array,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportFileResult> {
  const parsed = parseProjectFile(file);
  if (!parsed.ok) return { status: 'invalid', error: parsed.error };
  return importProject(db, parsed.project, mode, options);
}

/** Takes a backup of a whole project, e.g. platform.createBackup over a serialized snapshot. */
export type BackupProject = (project: Project) => Promise<void>;

/**
 * "Replace" (and any import over an existing project) with a backup of the project it overwrites
 * taken first. If the backup cannot be taken, nothing is imported: the caller reports the failure.
 */
export async function importProjectWithBackup(
  db: KartotekDatabase,
  project: Project,
  mode: ImportMode,
  backup: BackupProject,
  options: ImportOptions = {},
): Promise<ImportResult> {
  if (mode === 'replace') {
    const current = await readProjectSnapshot(db, project.id);
    if (current) await backup(current);
  }
  return importProject(db, project, mode, options);
}
