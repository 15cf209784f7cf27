import { nowIso, withoutReferences, type ReferencedKey } from '../../shared/model';
import type {
  ItemRow,
  ItemTableName,
  ItemTypes,
  KartotekDatabase,
  ProjectCore,
  ProjectRow,
} from './database';

/**
 * Every edit of a project's items goes through here: stored at once (no Save button inside the app),
 * in a transaction that also marks the project as changed.
 */

async function touchProject(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.projects.update(projectId, { updatedAt: nowIso() });
}

/** Inserts or replaces one item, keeping its place in the user's order. */
export async function saveItem<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
  item: ItemTypes[N],
): Promise<void> {
  await db.transaction('rw', db.itemTable(table), db.projects, async () => {
    const existing = await db.itemTable(table).get([projectId, item.id]);
    const row = { ...item, projectId, seq: existing?.seq ?? Date.now() } as ItemRow<ItemTypes[N]>;
    await db.itemTable(table).put(row);
    await touchProject(db, projectId);
  });
}

/**
 * Changes one item through a function of its current stored value, inside the transaction: edits made
 * in quick succession (two fields, one after the other) can never overwrite each other.
 */
export async function updateItem<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
  id: string,
  change: (item: ItemTypes[N]) => ItemTypes[N],
): Promise<void> {
  await db.transaction('rw', db.itemTable(table), db.projects, async () => {
    const row = await db.itemTable(table).get([projectId, id]);
    if (!row) throw new Error(`no ${table} item ${id}`);
    const { projectId: _p, seq, ...item } = row;
    const next = change(item as unknown as ItemTypes[N]) as ItemTypes[N] & { updatedAt?: string };
    const stamped = table === 'activities' ? { ...next, updatedAt: nowIso() } : next;
    await db.itemTable(table).put({ ...stamped, id, projectId, seq } as unknown as ItemRow<ItemTypes[N]>);
    await touchProject(db, projectId);
  });
}

/** Changes the organisation, policy settings and other project-level fields. */
export async function updateProjectCore(
  db: KartotekDatabase,
  projectId: string,
  change: (core: ProjectCore) => ProjectCore,
): Promise<void> {
  await db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    const { deletedAt, ...core } = row;
    const next: ProjectRow = { ...change(core), deletedAt, id: row.id, updatedAt: nowIso() };
    await db.projects.put(next);
  });
}

/** What a delete removed and changed, so that Undo can put it all back exactly. */
export interface DeletionRecord {
  projectId: string;
  table: ItemTableName | null;
  removed: ItemRow<object> | null;
  activitiesBefore: ItemRow<ItemTypes['activities']>[];
  projectBefore: ProjectRow | null;
}

/**
 * Deletes a catalog item (or a joint controller) and every reference to it in the project's activities,
 * in one transaction. Returns what Undo needs.
 */
export async function deleteReferencedItem(
  db: KartotekDatabase,
  projectId: string,
  key: ReferencedKey,
  id: string,
): Promise<DeletionRecord> {
  return db.transaction('rw', db.allTables(), async () => {
    const record: DeletionRecord = {
      projectId,
      table: key === 'jointControllers' ? null : key,
      removed: null,
      activitiesBefore: [],
      projectBefore: null,
    };
    const activities = await db.activities.where('projectId').equals(projectId).toArray();
    for (const row of activities) {
      const changed = withoutReferences(row, key, id);
      if (JSON.stringify(changed) !== JSON.stringify(row)) {
        record.activitiesBefore.push(row);
        await db.activities.put({ ...(changed as typeof row), updatedAt: nowIso() });
      }
    }
    const project = await db.projects.get(projectId);
    if (!project) throw new Error(`no project ${projectId}`);
    record.projectBefore = project;
    let nextProject: ProjectRow = { ...project, updatedAt: nowIso() };
    if (key === 'jointControllers') {
      nextProject = {
        ...nextProject,
        jointControllers: project.jointControllers.filter((jc) => jc.id !== id),
      };
    } else {
      const table = db.itemTable(key);
      record.removed = (await table.get([projectId, id])) ?? null;
      await table.delete([projectId, id]);
      if (key === 'audiences') {
        // Export records keep their history but no longer point at the deleted audience.
        nextProject = {
          ...nextProject,
          exportHistory: project.exportHistory.map((r) =>
            r.audienceId === id ? { ...r, audienceId: null } : r,
          ),
        };
      }
    }
    await db.projects.put(nextProject);
    return record;
  });
}

/** Deletes an activity; nothing refers to activities, so only the row itself goes. */
export async function deleteActivity(
  db: KartotekDatabase,
  projectId: string,
  id: string,
): Promise<DeletionRecord> {
  return db.transaction('rw', db.activities, db.projects, async () => {
    const removed = (await db.activities.get([projectId, id])) ?? null;
    await db.activities.delete([projectId, id]);
    await touchProject(db, projectId);
    return { projectId, table: 'activities' as const, removed, activitiesBefore: [], projectBefore: null };
  });
}

/** Undo of a delete: restores the item, the activities it was linked from and the project fields. */
export async function undoDeletion(db: KartotekDatabase, record: DeletionRecord): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    if (record.table && record.removed) await db.itemTable(record.table).put(record.removed as never);
    if (record.activitiesBefore.length) await db.activities.bulkPut(record.activitiesBefore);
    if (record.projectBefore) await db.projects.put({ ...record.projectBefore, updatedAt: nowIso() });
  });
}

/** The project's items of one table, in the user's order. */
export async function listItems<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
): Promise<ItemTypes[N][]> {
  const rows = await db.itemTable(table).where('projectId').equals(projectId).toArray();
  rows.sort((a, b) => a.seq - b.seq);
  return rows.map(({ projectId: _p, seq: _s, ...item }) => item as unknown as ItemTypes[N]);
}
