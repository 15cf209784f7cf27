import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import { updateProjectCore } from '../../../renderer/db/items';
import {
  forgetProjectFileLink,
  getProjectFileLink,
  hasUnsavedFileChanges,
  importProjectLinked,
  projectDocumentState,
  projectFileKey,
  setProjectFileLink,
  type ProjectFileLink,
} from '../../../renderer/db/projectFileLinks';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import { sampleProject } from '../../support/sampleProject';

let db: KartotekDatabase;
let counter = 0;

beforeEach(async () => {
  db = new KartotekDatabase(`links-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const LINK: ProjectFileLink = {
  path: '/home/mette/Kunde.kartotek',
  fileName: 'Kunde.kartotek',
  syncedUpdatedAt: '2026-11-01T09:00:00.000Z',
};

describe('unsaved changes', () => {
  it('are none without a file: the app stores every edit, and there is no file to fall behind', () => {
    expect(hasUnsavedFileChanges(null, '2026-11-05T10:00:00.000Z')).toBe(false);
  });

  it('are none while the project is as it was saved or opened, in whichever notation', () => {
    expect(hasUnsavedFileChanges(LINK, '2026-11-01T09:00:00.000Z')).toBe(false);
    expect(hasUnsavedFileChanges(LINK, '2026-11-01T09:00:00Z')).toBe(false);
    expect(hasUnsavedFileChanges(LINK, '2026-11-01T10:00:00.000+01:00')).toBe(false);
  });

  it('exist once the project was edited after the save', () => {
    expect(hasUnsavedFileChanges(LINK, '2026-11-01T09:00:00.001Z')).toBe(true);
  });

  it('exist after an edit even when the file came from a clock that runs ahead', () => {
    const fromTheFuture = { ...LINK, syncedUpdatedAt: '2030-01-01T00:00:00.000Z' };
    expect(hasUnsavedFileChanges(fromTheFuture, '2026-11-22T05:00:00.000Z')).toBe(true);
  });
});

describe('document state (window title)', () => {
  const project = { name: 'ITGuy ApS', updatedAt: LINK.syncedUpdatedAt };

  it('is empty without a project', () => {
    expect(projectDocumentState(undefined, LINK)).toEqual({ title: '', edited: false });
  });

  it('names the project alone when it has no file', () => {
    expect(projectDocumentState({ ...project, updatedAt: '2026-11-09T00:00:00.000Z' }, null)).toEqual({
      title: 'ITGuy ApS',
      edited: false,
    });
  });

  it('names the project and its file, with a "•" while the file lags behind', () => {
    expect(projectDocumentState(project, LINK)).toEqual({
      title: 'ITGuy ApS — Kunde.kartotek',
      edited: false,
    });
    expect(projectDocumentState({ ...project, updatedAt: '2026-11-02T09:00:00.000Z' }, LINK)).toEqual({
      title: '• ITGuy ApS — Kunde.kartotek',
      edited: true,
    });
  });

  it('stays within the contract’s 300 characters for very long names', () => {
    const state = projectDocumentState(
      { ...project, name: 'Æ'.repeat(500) },
      { ...LINK, fileName: `${'ø'.repeat(250)}.kartotek` },
    );
    expect(state.title.length).toBeLessThanOrEqual(300);
    expect(state.title).toContain('…');
  });
});

describe('file links in the database', () => {
  it('are stored per project in the settings table and can be forgotten', async () => {
    expect(await getProjectFileLink(db, 'p1')).toBeNull();
    await setProjectFileLink(db, 'p1', LINK);
    await setProjectFileLink(db, 'p2', { ...LINK, path: null, fileName: 'Andet.kartotek' });
    expect(await getProjectFileLink(db, 'p1')).toEqual(LINK);
    expect((await getProjectFileLink(db, 'p2'))?.fileName).toBe('Andet.kartotek');
    expect((await db.settings.get(projectFileKey('p1')))?.value).toEqual(LINK);
    await forgetProjectFileLink(db, 'p1');
    expect(await getProjectFileLink(db, 'p1')).toBeNull();
    expect(await getProjectFileLink(db, 'p2')).not.toBeNull();
  });

  it('read a damaged row as no file', async () => {
    await db.settings.put({ key: projectFileKey('p1'), value: { path: 7, fileName: '' } });
    expect(await getProjectFileLink(db, 'p1')).toBeNull();
    await db.settings.put({ key: projectFileKey('p1'), value: { ...LINK, syncedUpdatedAt: 'yesterday' } });
    expect(await getProjectFileLink(db, 'p1')).toBeNull();
  });

  it('an edit through the data layer makes the linked project unsaved', async () => {
    const project = sampleProject();
    await importProjectLinked(db, project, 'new', { path: LINK.path, fileName: LINK.fileName });
    const link = await getProjectFileLink(db, project.id);
    const before = await db.projects.get(project.id);
    expect(hasUnsavedFileChanges(link, before!.updatedAt)).toBe(false);
    await updateProjectCore(db, project.id, (core) => ({
      ...core,
      organisation: { ...core.organisation, city: 'Aarhus N' },
    }));
    const after = await db.projects.get(project.id);
    expect(hasUnsavedFileChanges(link, after!.updatedAt)).toBe(true);
  });
});

describe('importing with the file link', () => {
  it('links a new project to its file, in step with it', async () => {
    const project = sampleProject();
    const result = await importProjectLinked(db, project, 'new', {
      path: LINK.path,
      fileName: 'Kunde.kartotek',
    });
    expect(result).toEqual({ status: 'imported', projectId: project.id, replaced: false });
    expect(await getProjectFileLink(db, project.id)).toEqual({
      path: LINK.path,
      fileName: 'Kunde.kartotek',
      syncedUpdatedAt: project.updatedAt,
    });
  });

  it('writes neither project nor link when the id exists', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    const result = await importProjectLinked(db, { ...project, name: 'Other' }, 'new', LINK);
    expect(result.status).toBe('exists');
    expect(await getProjectFileLink(db, project.id)).toBeNull();
    expect((await readProjectSnapshot(db, project.id))?.name).toBe('ITGuy ApS');
  });

  it('"keep both" links the copy under its new id, never the original', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    await setProjectFileLink(db, project.id, LINK);
    const result = await importProjectLinked(db, project, 'keepBoth', null, {
      name: 'ITGuy ApS (from file)',
    });
    if (result.status !== 'imported') throw new Error('not imported');
    expect(result.projectId).not.toBe(project.id);
    expect(await getProjectFileLink(db, result.projectId)).toBeNull();
    expect(await getProjectFileLink(db, project.id)).toEqual(LINK);
  });

  it('"keep" leaves the link of a replaced project alone; an older syncedUpdatedAt leaves it unsaved', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    await setProjectFileLink(db, project.id, LINK);
    const merged = { ...project, updatedAt: '2026-11-22T05:00:00.000Z' };
    await importProjectLinked(db, merged, 'replace', 'keep');
    expect(await getProjectFileLink(db, project.id)).toEqual(LINK);

    await importProjectLinked(db, merged, 'replace', {
      path: null,
      fileName: 'Fra kunden.kartotek',
      syncedUpdatedAt: project.updatedAt,
    });
    const link = await getProjectFileLink(db, project.id);
    expect(link?.fileName).toBe('Fra kunden.kartotek');
    expect(hasUnsavedFileChanges(link, merged.updatedAt)).toBe(true);
  });

  it('changes nothing at all when the import fails midway', async () => {
    const project = sampleProject();
    const broken = { ...project, vendors: [project.vendors[0]!, { ...project.vendors[0]! }] };
    // Two vendors with one id make the second bulkPut fail inside the transaction.
    (broken.vendors[1] as { id: unknown }).id = { not: 'an id' };
    await expect(importProjectLinked(db, broken, 'new', LINK)).rejects.toThrow();
    expect(await db.projects.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });
});
