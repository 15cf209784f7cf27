import {
  coalesce,
  itemChanges,
  nameOrderOf,
  projectSettingChanges,
  type ChangeContext,
} from '../../shared/changes';
import { newId, nowIso, withoutReferences, type ChangeEntry, type ReferencedKey } from '../../shared/model';
import {
  itemOfRow,
  type ChangeRow,
  type ItemRow,
  type ItemTableName,
  type ItemTypes,
  type KartotekDatabase,
  type ProjectCore,
  type ProjectRow,
} from './database';

/**
 * Every edit of a project's items goes through here: stored at once (no Save button inside the app),
 * in a transaction that also marks the project as changed and records the change in the change log.
 */

async function touchProject(db: KartotekDatabase, projectId: string): Promise<void> {
  await db.projects.update(projectId, { updatedAt: nowIso() });
}

/** The row that stores an item: the item with its project and its place in the user's order. */
function rowOf<T>(item: T, projectId: string, seq: number): ItemRow<T> {
  return { ...item, projectId, seq };
}

/** Entries are ordered by seq; Date-based like item seqs, with a counter for entries of one millisecond. */
let seqCounter = 0;
const nextSeq = () => Date.now() * 1000 + (seqCounter++ % 1000);

/**
 * Stores change-log entries, folding each into a recent one about the same field where it can
 * (shared/changes/coalesce.ts). Must run inside a transaction over db.changes and db.projects.
 */
async function logChanges(
  db: KartotekDatabase,
  projectId: string,
  makeEntries: (context: ChangeContext) => ChangeEntry[],
): Promise<void> {
  const project = await db.projects.get(projectId);
  if (!project) throw new Error(`no project ${projectId}`);
  const entries = makeEntries({ at: nowIso(), newId, languages: nameOrderOf(project) });
  const lastExportAt = project.exportHistory.reduce((latest, r) => (r.at > latest ? r.at : latest), '');
  for (const entry of entries) {
    const itemKey = entry.itemId ?? '';
    const earlier = await db.changes.where('[projectId+itemKey]').equals([projectId, itemKey]).toArray();
    earlier.sort((a, b) => b.seq - a.seq);
    const result = coalesce(entry, earlier, lastExportAt);
    if (result.kind === 'drop') {
      await db.changes.delete([projectId, result.removes]);
      continue;
    }
    const replaced =
      result.kind === 'replace' ? earlier.find((row) => row.id === result.replaces) : undefined;
    if (replaced) await db.changes.delete([projectId, replaced.id]);
    const row: ChangeRow = { ...result.entry, projectId, seq: replaced?.seq ?? nextSeq(), itemKey };
    await db.changes.put(row);
  }
}

/** Inserts or replaces one item, keeping its place in the user's order. */
export async function saveItem<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
  item: ItemTypes[N],
): Promise<void> {
  await db.transaction('rw', db.itemTable(table), db.projects, db.changes, async () => {
    const existing = await db.itemTable(table).get([projectId, item.id]);
    await db.itemTable(table).put(rowOf(item, projectId, existing?.seq ?? Date.now()));
    await touchProject(db, projectId);
    await logChanges(db, projectId, (context) =>
      itemChanges(table, existing ? itemOfRow(existing) : null, item, context),
    );
  });
}

/**
 * Changes one item through a function of its current stored value, inside the transaction: edits made
 * in quick succession (two fields, one after the other) can never overwrite each other. A change that
 * returns the item it was given stores and logs nothing.
 */
export async function updateItem<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
  id: string,
  change: (item: ItemTypes[N]) => ItemTypes[N],
): Promise<void> {
  await db.transaction('rw', db.itemTable(table), db.projects, db.changes, async () => {
    const row = await db.itemTable(table).get([projectId, id]);
    if (!row) throw new Error(`no ${table} item ${id}`);
    const before = itemOfRow(row);
    const next = change(before);
    if (next === before) return;
    // Activities carry the time of their last edit.
    const stamped: ItemTypes[N] = table === 'activities' ? { ...next, updatedAt: nowIso() } : next;
    await db.itemTable(table).put(rowOf({ ...stamped, id }, projectId, row.seq));
    await touchProject(db, projectId);
    await logChanges(db, projectId, (context) =>
      itemChanges(table, { ...before, id }, { ...stamped, id }, context),
    );
  });
}

/** Changes the organisation, policy settings and other project-level fields; as updateItem, returning `core` is no change. */
export async function updateProjectCore(
  db: KartotekDatabase,
  projectId: string,
  change: (core: ProjectCore) => ProjectCore,
): Promise<void> {
  await db.transaction('rw', db.projects, db.changes, async () => {
    const row = await db.projects.get(projectId);
    if (!row) throw new Error(`no project ${projectId}`);
    const { deletedAt, changeLogSince, ...core } = row;
    const changed = change(core);
    if (changed === core) return;
    const next: ProjectRow = { ...changed, deletedAt, changeLogSince, id: row.id, updatedAt: nowIso() };
    await db.projects.put(next);
    await logChanges(db, projectId, (context) => projectSettingChanges(core, changed, context));
  });
}

/** What a delete removed and changed, so that Undo can put it all back exactly. */
export interface DeletionRecord {
  projectId: string;
  table: ItemTableName | null;
  removed: ItemRow<{ id: string }> | null;
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
    const log: ((context: ChangeContext) => ChangeEntry[])[] = [];
    const activities = await db.activities.where('projectId').equals(projectId).toArray();
    for (const row of activities) {
      const changed = withoutReferences(row, key, id);
      if (JSON.stringify(changed) !== JSON.stringify(row)) {
        record.activitiesBefore.push(row);
        await db.activities.put({ ...(changed as typeof row), updatedAt: nowIso() });
        log.push((context) =>
          itemChanges('activities', itemOfRow(row), itemOfRow(changed as typeof row), context),
        );
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
      const removed = record.removed;
      if (removed) log.push((context) => itemChanges(key, itemOfRow(removed), null, context));
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
    log.push((context) => projectSettingChanges(project, nextProject, context));
    await logChanges(db, projectId, (context) => log.flatMap((make) => make(context)));
    return record;
  });
}

/** Deletes an activity; nothing refers to activities, so only the row itself goes. */
export async function deleteActivity(
  db: KartotekDatabase,
  projectId: string,
  id: string,
): Promise<DeletionRecord> {
  return db.transaction('rw', db.activities, db.projects, db.changes, async () => {
    const removed = (await db.activities.get([projectId, id])) ?? null;
    await db.activities.delete([projectId, id]);
    await touchProject(db, projectId);
    if (removed) {
      await logChanges(db, projectId, (context) =>
        itemChanges('activities', itemOfRow(removed), null, context),
      );
    }
    return { projectId, table: 'activities' as const, removed, activitiesBefore: [], projectBefore: null };
  });
}

/**
 * Undo of a delete: restores the item, the activities it was linked from and the project fields. The change
 * log keeps the deletion and records the restoring as changes of its own ("removed", then "added" again).
 */
export async function undoDeletion(db: KartotekDatabase, record: DeletionRecord): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    const log: ((context: ChangeContext) => ChangeEntry[])[] = [];
    const { table, removed, projectBefore } = record;
    if (table && removed) {
      await db.itemTable(table).put(removed as never);
      log.push((context) => itemChanges(table, null, itemOfRow(removed), context));
    }
    for (const before of record.activitiesBefore) {
      const current = await db.activities.get([record.projectId, before.id]);
      await db.activities.put(before);
      if (current) {
        log.push((context) => itemChanges('activities', itemOfRow(current), itemOfRow(before), context));
      }
    }
    if (projectBefore) {
      const current = await db.projects.get(record.projectId);
      await db.projects.put({ ...projectBefore, updatedAt: nowIso() });
      if (current) log.push((context) => projectSettingChanges(current, projectBefore, context));
    }
    await logChanges(db, record.projectId, (context) => log.flatMap((make) => make(context)));
  });
}

/** The project's items of one table, in the user's order. */
export function listItems<N extends ItemTableName>(
  db: KartotekDatabase,
  projectId: string,
  table: N,
): Promise<ItemTypes[N][]> {
  // Dexie's own promise chain, not an async function: a native await in a helper called inside a
  // transaction lets IndexedDB commit the transaction before the next read ("committed too early").
  return db
    .itemTable(table)
    .where('projectId')
    .equals(projectId)
    .toArray()
    .then((rows) => rows.sort((a, b) => a.seq - b.seq).map(itemOfRow));
}
