import type { Language } from '../../shared/i18n/languages';
import { createProject, newId, nowIso, type Project } from '../../shared/model';
import type { KartotekDatabase, ProjectRow } from './database';
import { readProjectSnapshot, removeProjectItems, writeProjectSnapshot } from './snapshot';

/** Projects in the workspace and in "Recently deleted"; all changes go through these functions. */

export const PROJECT_NAME_MAX = 120;

export class ProjectNameError extends Error {
  constructor(readonly reason: 'required' | 'tooLong') {
    super(reason === 'required' ? 'project name is required' : 'project name is too long');
  }
}

function normaliseProjectName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new ProjectNameError('required');
  if (trimmed.length > PROJECT_NAME_MAX) throw new ProjectNameError('tooLong');
  return trimmed;
}

export async function createWorkspaceProject(
  db: KartotekDatabase,
  name: string,
  language: Language,
): Promise<Project> {
  const project = createProject({ name: normaliseProjectName(name), language });
  await writeProjectSnapshot(db, project);
  return project;
}

export async function renameProject(db: KartotekDatabase, projectId: string, name: string): Promise<void> {
  const updated = await db.projects.update(projectId, {
    name: normaliseProjectName(name),
    updatedAt: nowIso(),
  });
  if (updated === 0) throw new Error(`no project ${projectId}`);
}

/** A full copy under a new id; item ids stay, so references inside the copy remain intact. */
export async function duplicateProject(
  db: KartotekDatabase,
  projectId: string,
  name: string,
): Promise<Project> {
  const source = await readProjectSnapshot(db, projectId);
  if (!source) throw new Error(`no project ${projectId}`);
  const now = nowIso();
  const copy: Project = {
    ...structuredClone(source),
    id: newId(),
    name: normaliseProjectName(name),
    createdAt: now,
    updatedAt: now,
    exportHistory: [],
  };
  await writeProjectSnapshot(db, copy);
  return copy;
}

/** Moves a project to "Recently deleted"; nothing is removed until it is purged. */
export async function deleteProject(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.projects.update(projectId, { deletedAt: nowIso() });
}

export async function restoreProject(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.projects.update(projectId, { deletedAt: null });
}

/** Removes a deleted project and everything in it for good. */
export async function purgeProject(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    const row = await db.projects.get(projectId);
    if (!row?.deletedAt) throw new Error('only a deleted project can be purged');
    await removeProjectItems(db, projectId);
    await db.projects.delete(projectId);
  });
}

export interface ProjectSummary {
  id: string;
  name: string;
  updatedAt: string;
  deletedAt: string | null;
  activityCount: number;
}

export async function listProjectSummaries(db: KartotekDatabase): Promise<ProjectSummary[]> {
  const rows: ProjectRow[] = await db.projects.toArray();
  const summaries = await Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      updatedAt: row.updatedAt,
      deletedAt: row.deletedAt,
      activityCount: await db.activities.where('projectId').equals(row.id).count(),
    })),
  );
  return summaries.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

const LAST_PROJECT_KEY = 'lastProjectId';

export async function rememberLastProject(db: KartotekDatabase, projectId: string | null): Promise<void> {
  await db.settings.put({ key: LAST_PROJECT_KEY, value: projectId });
}

/** The project that was open last time, if it still exists and is not deleted. */
export async function lastOpenProject(db: KartotekDatabase): Promise<string | null> {
  const setting = await db.settings.get(LAST_PROJECT_KEY);
  if (typeof setting?.value !== 'string') return null;
  const row = await db.projects.get(setting.value);
  return row && !row.deletedAt ? row.id : null;
}

/** Asks the browser not to evict the database under storage pressure. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage) {
  if (!storage?.persist) return 'unknown' as const;
  try {
    if (await storage.persisted()) return 'persistent' as const;
    return (await storage.persist()) ? ('persistent' as const) : ('notPersistent' as const);
  } catch {
    return 'unknown' as const;
  }
}
export type StoragePersistence = Awaited<ReturnType<typeof requestPersistentStorage>>;
