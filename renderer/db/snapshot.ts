import Dexie from 'dexie';
import { CATALOG_KEYS, type ChangeEntry, type Project } from '../../shared/model';
import {
  ITEM_TABLES,
  type ChangeRow,
  type ItemRow,
  type ItemTableName,
  type ItemTypes,
  type KartotekDatabase,
  type ProjectCore,
  type ProjectRow,
} from './database';
import { listItems } from './items';

/** The project's items, table by table, each in the user's order. */
function readItems(db: KartotekDatabase, projectId: string) {
  const read = <N extends ItemTableName>(table: N) =>
    listItems(db, projectId, table).then((items) => [table, items] as const);
  // One Dexie promise for all tables (see listItems: no native await between reads of a transaction).
  return Dexie.Promise.all(ITEM_TABLES.map(read)).then(
    // Each table's items go under its own name; TypeScript cannot follow the name through the loop.
    (entries) => Object.fromEntries(entries) as { [N in ItemTableName]: ItemTypes[N][] },
  );
}

function coreOf(project: Project): ProjectCore {
  const core: Record<string, unknown> = { ...project };
  for (const key of [...CATALOG_KEYS, 'activities', 'changeLog']) delete core[key];
  return core as ProjectCore;
}

/** Reads one whole project as the plain snapshot the documents, checks and project files use. */
export async function readProjectSnapshot(
  db: KartotekDatabase,
  projectId: string,
): Promise<Project | undefined> {
  return db.transaction('r', db.allTables(), async () => {
    const row = await db.projects.get(projectId);
    if (!row) return undefined;
    const { deletedAt: _deletedAt, changeLogSince, ...core } = row;
    const items = await readItems(db, projectId);
    const changeLog = { since: changeLogSince, entries: await readChangeLog(db, projectId) };
    return { ...core, ...items, changeLog };
  });
}

/**
 * Writes a whole project in one transaction: either all of it is stored or none of it.
 * Existing rows of the same project id are replaced.
 */
export async function writeProjectSnapshot(
  db: KartotekDatabase,
  project: Project,
  options: { deletedAt?: string | null } = {},
): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await removeProjectItems(db, project.id);
    const row: ProjectRow = {
      ...coreOf(project),
      deletedAt: options.deletedAt ?? null,
      changeLogSince: project.changeLog.since,
    };
    await db.projects.put(row);
    await db.changes.bulkPut(
      project.changeLog.entries.map((entry, seq) => ({
        ...entry,
        projectId: project.id,
        seq,
        itemKey: entry.itemId ?? '',
      })),
    );
    for (const table of ITEM_TABLES) {
      const items = project[table] as readonly object[];
      await db
        .itemTable(table)
        .bulkPut(items.map((item, seq) => ({ ...item, projectId: project.id, seq }) as ItemRow<never>));
    }
  });
}

export async function removeProjectItems(db: KartotekDatabase, projectId: string): Promise<void> {
  for (const table of ITEM_TABLES) {
    await db.itemTable(table).where('projectId').equals(projectId).delete();
  }
  await db.changes.where('projectId').equals(projectId).delete();
}

function stripChangeRow({ projectId: _p, seq: _s, itemKey: _k, ...entry }: ChangeRow): ChangeEntry {
  return entry;
}

/** A project's change log, oldest first. */
async function readChangeLog(db: KartotekDatabase, projectId: string): Promise<ChangeEntry[]> {
  const rows = await db.changes.where('projectId').equals(projectId).toArray();
  rows.sort((a, b) => a.seq - b.seq);
  return rows.map(stripChangeRow);
}
