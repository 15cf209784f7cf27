import { CONFIRMED } from '../../support/confirmed';
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import {
  deleteReferencedItem,
  saveItem,
  undoDeletion,
  updateItem,
  updateProjectCore,
} from '../../../renderer/db/items';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import { registerAt } from '../../../shared/changes';
import { ProjectSchema, type Project } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

let db: KartotekDatabase;
let counter = 0;
const project = sampleProject();
const initialEntries = project.changeLog.entries.length;

/** Fake time, so that entries get distinct, known timestamps. */
let clock = Date.parse('2026-11-22T08:00:00.000Z');
function advance(minutes: number): string {
  clock += minutes * 60_000;
  vi.setSystemTime(clock);
  return new Date(clock).toISOString();
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  advance(0);
  db = new KartotekDatabase(`changes-${++counter}`);
  await writeProjectSnapshot(db, project);
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

async function newEntries(): Promise<Project['changeLog']['entries']> {
  const snapshot = await readProjectSnapshot(db, project.id);
  return snapshot!.changeLog.entries.slice(initialEntries);
}

const setOwner = (owner: string) =>
  updateItem(db, project.id, 'activities', 'act-support', (a) => ({ ...a, owner }));

describe('the change log in the database', () => {
  it('records a field change with its old and new value, folding quick edits of one field into one entry', async () => {
    advance(1);
    await setOwner('A');
    advance(1);
    await setOwner('An');
    const at = advance(1);
    await setOwner('Anna');
    expect(await newEntries()).toEqual([
      expect.objectContaining({
        target: 'activities',
        itemId: 'act-support',
        itemName: 'Support',
        action: 'changed',
        path: ['owner'],
        before: project.activities[0]!.owner,
        after: 'Anna',
        at,
      }),
    ]);
  });

  it('forgets an edit that was taken back, and starts a new entry after the coalescing window', async () => {
    advance(1);
    await setOwner('Someone else');
    advance(1);
    await setOwner(project.activities[0]!.owner);
    expect(await newEntries()).toEqual([]);
    advance(1);
    await setOwner('B');
    advance(30);
    await setOwner('C');
    expect((await newEntries()).map((e) => [e.before, e.after])).toEqual([
      [project.activities[0]!.owner, 'B'],
      ['B', 'C'],
    ]);
  });

  it('never folds an edit into one made before an export', async () => {
    advance(1);
    await setOwner('Before export');
    const exportedAt = advance(1);
    await updateProjectCore(db, project.id, (core) => ({
      ...core,
      exportHistory: [
        ...core.exportHistory,
        { ...core.exportHistory[0]!, id: 'exp-new', at: exportedAt, contentHash: '0'.repeat(32) },
      ],
    }));
    advance(1);
    await setOwner('After export');
    const entries = await newEntries();
    // The export record itself is not a register change.
    expect(entries.map((e) => e.after)).toEqual(['Before export', 'After export']);
  });

  it('records a new item whole, with the edits made right after folded in', async () => {
    advance(1);
    await saveItem(db, project.id, 'sources', {
      confirmation: CONFIRMED,
      id: 'src-new',
      name: { da: 'Ny' },
      description: {},
      kind: 'publicRegister',
    });
    advance(1);
    await updateItem(db, project.id, 'sources', 'src-new', (s) => ({ ...s, name: { da: 'CVR-registret' } }));
    expect(await newEntries()).toEqual([
      expect.objectContaining({
        target: 'sources',
        action: 'added',
        itemName: 'CVR-registret',
        after: {
          id: 'src-new',
          name: { da: 'CVR-registret' },
          description: {},
          kind: 'publicRegister',
          confirmation: CONFIRMED,
        },
      }),
    ]);
  });

  it('records the organisation field by field, and the logo only by its size', async () => {
    advance(1);
    await updateProjectCore(db, project.id, (core) => ({
      ...core,
      organisation: { ...core.organisation, city: 'Odense' },
      branding: { ...core.branding, logo: { mediaType: 'image/png', dataBase64: 'AAAA' } },
    }));
    const entries = await newEntries();
    expect(entries).toContainEqual(
      expect.objectContaining({
        target: 'project',
        itemId: null,
        path: ['organisation', 'city'],
        before: 'Aarhus C',
        after: 'Odense',
      }),
    );
    const logo = entries.find((e) => e.path.join('.') === 'branding.logo');
    expect(logo?.after).toEqual({ mediaType: 'image/png', bytes: 3 });
  });

  it('rebuilds the register of an earlier moment; a delete undone at once leaves no trace', async () => {
    const start = advance(1);
    advance(1);
    await setOwner('Anna');
    advance(1);
    const record = await deleteReferencedItem(db, project.id, 'dataCategories', 'dc-contact');
    const deleted = await readProjectSnapshot(db, project.id);
    expect((await newEntries()).map((e) => `${e.target}:${e.action}:${e.path.join('.')}`)).toEqual(
      expect.arrayContaining(['dataCategories:removed:', 'activities:changed:dataCategoryIds']),
    );
    // A restored item comes back at the end of its list: the rebuilt register is compared by id.
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    const strip = (p: Project | undefined) => ({
      ...p!,
      updatedAt: '',
      changeLog: null,
      dataCategories: byId(p!.dataCategories),
      activities: byId(p!.activities.map((a) => ({ ...a, updatedAt: '' }))),
    });
    expect(strip(registerAt(deleted!, start))).toEqual(strip(project));

    advance(1);
    await undoDeletion(db, record);
    const now = await readProjectSnapshot(db, project.id);
    expect(ProjectSchema.safeParse(now).success).toBe(true);
    expect((await newEntries()).map((e) => `${e.target}:${e.action}:${e.path.join('.')}`)).toEqual([
      'activities:changed:owner',
    ]);
    expect(strip(registerAt(now!, start))).toEqual(strip(project));
  });

  it('keeps a delete undone later as two entries', async () => {
    advance(1);
    const record = await deleteReferencedItem(db, project.id, 'dataCategories', 'dc-contact');
    advance(60);
    await undoDeletion(db, record);
    const actions = (await newEntries()).map((e) => `${e.target}:${e.action}`);
    expect(actions.filter((a) => a.startsWith('dataCategories'))).toEqual([
      'dataCategories:removed',
      'dataCategories:added',
    ]);
  });

  it('travels with the project snapshot, since included', async () => {
    advance(1);
    await setOwner('Anna');
    const snapshot = await readProjectSnapshot(db, project.id);
    expect(snapshot!.changeLog.since).toBe(project.changeLog.since);
    const copy = new KartotekDatabase(`changes-copy-${counter}`);
    await writeProjectSnapshot(copy, snapshot!);
    expect((await readProjectSnapshot(copy, project.id))!.changeLog).toEqual(snapshot!.changeLog);
    await copy.delete();
  });
});

describe('upgrading a version 1 database', () => {
  it('keeps every project and starts its change log at the upgrade', async () => {
    const name = `changes-upgrade-${++counter}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      projects: 'id, name, updatedAt',
      settings: 'key',
      activities: '[projectId+id], projectId',
    });
    await v1.open();
    const { changeLog: _log, ...rest } = project;
    await v1.table('projects').put({
      ...Object.fromEntries(
        Object.entries(rest).filter(
          ([key]) =>
            !Array.isArray(rest[key as keyof typeof rest]) ||
            key === 'jointControllers' ||
            key === 'exportHistory',
        ),
      ),
      deletedAt: null,
    });
    v1.close();

    const upgradeAt = advance(5);
    const upgraded = new KartotekDatabase(name);
    const snapshot = await readProjectSnapshot(upgraded, project.id);
    expect(snapshot!.changeLog).toEqual({ since: upgradeAt, entries: [] });
    expect(snapshot!.organisation).toEqual(project.organisation);
    await upgraded.delete();
  });
});
