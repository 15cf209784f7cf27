import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { itemOfRow, KartotekDatabase, type ProjectCore } from '../../../renderer/db/database';
import { updateItem } from '../../../renderer/db/items';
import {
  createPendingWrites,
  patchOf,
  replayJournal,
  type JournalStorage,
} from '../../../renderer/db/pendingWrites';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import type { Activity } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

/** localStorage as a Map, with its key order. */
function memoryStorage(): JournalStorage & { entries(): [string, string][] } {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    entries: () => [...map.entries()],
  };
}

const project = sampleProject();
const ACTIVITY = 'act-support';
let db: KartotekDatabase;
let counter = 0;

beforeEach(async () => {
  db = new KartotekDatabase(`pending-${++counter}`);
  await writeProjectSnapshot(db, project);
});
afterEach(async () => {
  await db.delete();
});

const storedActivity = async () => itemOfRow((await db.activities.get([project.id, ACTIVITY]))!);
const changeCount = () => db.changes.where('projectId').equals(project.id).count();
const renamed = (da: string) => (a: Activity) => ({ ...a, name: { ...a.name, da } });
const target = { projectId: project.id, table: 'activities', itemId: ACTIVITY } as const;
/** A transaction the closing page aborted: it never commits. */
const aborted = () => new Promise<void>(() => undefined);

describe('the pending-writes journal', () => {
  it('journals only the changed leaf, at once, and clears it when the transaction commits', async () => {
    const storage = memoryStorage();
    const writes = createPendingWrites(storage, 'tab-a');
    const shown = await storedActivity();
    const change = renamed('Supportsager');
    const done = writes.write(target, shown, change, () =>
      updateItem(db, project.id, 'activities', ACTIVITY, change),
    );
    // Synchronously, before any transaction ran.
    const [[, text]] = storage.entries() as [[string, string]];
    expect(JSON.parse(text)).toMatchObject({
      session: 'tab-a',
      ...target,
      patch: [{ path: ['name', 'da'], value: 'Supportsager' }],
    });
    await done;
    expect(storage.entries()).toEqual([]);
    expect((await storedActivity()).name.da).toBe('Supportsager');
  });

  it('replays an edit whose transaction was cut off, through updateItem, so the change log records it', async () => {
    const storage = memoryStorage();
    const writes = createPendingWrites(storage, 'tab-a');
    const shown = await storedActivity();
    // Keystrokes typed faster than the page shows them: each entry builds on the one before.
    void writes.write(target, shown, renamed('S'), aborted);
    void writes.write(target, shown, renamed('Su'), aborted);
    void writes.write(target, shown, (a) => ({ ...a, owner: 'Ole' }), aborted);
    expect(storage.entries()).toHaveLength(3);
    const logged = await changeCount();

    await replayJournal(db, storage, (session) => session === 'tab-a');
    const after = await storedActivity();
    expect(after.name.da).toBe('Su');
    expect(after.owner).toBe('Ole');
    expect(await changeCount()).toBeGreaterThan(logged);
    const log = (await readProjectSnapshot(db, project.id))!.changeLog.entries;
    expect(log.some((entry) => entry.itemId === ACTIVITY && entry.path[0] === 'name')).toBe(true);
    expect(storage.entries()).toEqual([]);
  });

  it('changes nothing and logs nothing when the journalled edit did commit after all', async () => {
    const storage = memoryStorage();
    const writes = createPendingWrites(storage, 'tab-a');
    const change = renamed('Supportsager');
    let left: [string, string][] = [];
    await writes.write(target, await storedActivity(), change, async () => {
      await updateItem(db, project.id, 'activities', ACTIVITY, change);
      left = storage.entries(); // the page closed here: committed, but the entry not yet cleared
    });
    for (const [key, value] of left) storage.setItem(key, value);
    const row = await db.activities.get([project.id, ACTIVITY]);
    const projectRow = await db.projects.get(project.id);
    const logged = await changeCount();

    await replayJournal(db, storage, () => true);
    await replayJournal(db, storage, () => true);
    expect(await db.activities.get([project.id, ACTIVITY])).toEqual(row);
    expect(await db.projects.get(project.id)).toEqual(projectRow);
    expect(await changeCount()).toBe(logged);
    expect(storage.entries()).toEqual([]);
  });

  it('replays project-level edits too', async () => {
    const storage = memoryStorage();
    const writes = createPendingWrites(storage, 'tab-a');
    const { changeLog: _log, activities: _a, ...rest } = project;
    void _log;
    void _a;
    const shown = rest as unknown as ProjectCore;
    const change = (core: ProjectCore) => ({
      ...core,
      organisation: { ...core.organisation, city: 'Odense' },
    });
    void writes.write({ projectId: project.id, table: 'project', itemId: null }, shown, change, aborted);
    await replayJournal(db, storage, () => true);
    expect((await db.projects.get(project.id))!.organisation.city).toBe('Odense');
  });

  it('leaves the entries of a tab that is still open alone', async () => {
    const storage = memoryStorage();
    void createPendingWrites(storage, 'tab-a').write(target, await storedActivity(), renamed('X'), aborted);
    await replayJournal(db, storage, (session) => session === 'tab-b');
    expect(storage.entries()).toHaveLength(1);
    expect((await storedActivity()).name.da).toBe('Support');
  });

  it('ignores and removes damaged or planted entries without crashing or changing anything', async () => {
    const storage = memoryStorage();
    const entry = (patch: unknown, extra: object = {}) =>
      JSON.stringify({ session: 'tab-a', seq: 1, ...target, patch, ...extra });
    storage.setItem('kartotek.pending-edit.tab-a.1', '{not json');
    storage.setItem('kartotek.pending-edit.tab-a.2', 'null');
    storage.setItem('kartotek.pending-edit.tab-a.3', entry([{ path: ['__proto__', 'polluted'], value: 1 }]));
    storage.setItem('kartotek.pending-edit.tab-a.4', entry([{ path: ['name'], value: 5 }]));
    storage.setItem(
      'kartotek.pending-edit.tab-a.5',
      entry([{ path: ['name', 'da'], value: 'x' }], { table: 'users' }),
    );
    storage.setItem(
      'kartotek.pending-edit.tab-a.6',
      entry([{ path: ['name', 'da'], value: 'x' }], { itemId: 'nope' }),
    );
    storage.setItem(
      'kartotek.pending-edit.tab-a.7',
      entry([{ path: ['name', 'da'], value: 'x'.repeat(200_000) }]),
    );
    storage.setItem('other-app.key', 'kept');
    const row = await db.activities.get([project.id, ACTIVITY]);
    const logged = await changeCount();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await expect(replayJournal(db, storage, () => true)).resolves.toBeUndefined();
    // The one well-formed entry whose item does not exist is said so, not thrown.
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    expect(await db.activities.get([project.id, ACTIVITY])).toEqual(row);
    expect(await changeCount()).toBe(logged);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(storage.entries()).toEqual([['other-app.key', 'kept']]);
  });

  it('still stores the edit when the journal cannot be written', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const writes = createPendingWrites(storage, 'tab-a');
    const change = renamed('Fuld');
    await writes.write(target, await storedActivity(), change, () =>
      updateItem(db, project.id, 'activities', ACTIVITY, change),
    );
    expect((await storedActivity()).name.da).toBe('Fuld');
  });

  it('settles only when every edit in flight has committed', async () => {
    const writes = createPendingWrites(memoryStorage(), 'tab-a');
    let commit: () => void = () => undefined;
    void writes.write(
      target,
      await storedActivity(),
      renamed('Y'),
      () => new Promise<void>((r) => (commit = r)),
    );
    let settled = false;
    const waiting = writes.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    commit();
    await waiting;
    expect(settled).toBe(true);
  });
});

describe('patchOf', () => {
  it('names the changed leaves, treats lists as leaves and a removed key as one without a value', () => {
    expect(patchOf({ a: { b: 1, c: 2 }, l: [1] }, { a: { b: 1, c: 3 }, l: [1, 2] })).toEqual([
      { path: ['a', 'c'], value: 3 },
      { path: ['l'], value: [1, 2] },
    ]);
    expect(patchOf({ a: 1, b: 2 }, { a: 1 })).toEqual([{ path: ['b'] }]);
    expect(patchOf({ a: 1 }, { a: 1 })).toEqual([]);
  });
});
