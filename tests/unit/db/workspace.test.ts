import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import {
  createWorkspaceProject,
  deleteProject,
  duplicateProject,
  lastOpenProject,
  listProjectSummaries,
  ProjectNameError,
  purgeProject,
  rememberLastProject,
  renameProject,
  restoreProject,
} from '../../../renderer/db/workspace';
import { sampleProject } from '../../support/sampleProject';

let db: KartotekDatabase;
let counter = 0;

beforeEach(async () => {
  db = new KartotekDatabase(`test-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('project snapshots', () => {
  it('store and read back a fully filled project unchanged, in order', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    expect(await readProjectSnapshot(db, project.id)).toEqual(project);
  });

  it('keep projects apart although their item ids are the same', async () => {
    const a = sampleProject('project-a');
    const b = sampleProject('project-b');
    b.activities = b.activities.slice(0, 1);
    await writeProjectSnapshot(db, a);
    await writeProjectSnapshot(db, b);
    expect((await readProjectSnapshot(db, 'project-a'))!.activities).toHaveLength(2);
    expect((await readProjectSnapshot(db, 'project-b'))!.activities).toHaveLength(1);
  });

  it('replace a project whole, leaving no items of the old version behind', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    await writeProjectSnapshot(db, { ...project, vendors: [], activities: [] });
    const back = await readProjectSnapshot(db, project.id);
    expect(back!.vendors).toEqual([]);
    expect(back!.activities).toEqual([]);
  });
});

describe('workspace', () => {
  it('creates a project with a trimmed name and the chosen language', async () => {
    const project = await createWorkspaceProject(db, '  Kunde   A/S ', 'sv');
    expect(project.name).toBe('Kunde A/S');
    const [summary] = await listProjectSummaries(db);
    expect(summary).toMatchObject({ id: project.id, name: 'Kunde A/S', deletedAt: null, activityCount: 0 });
    expect((await readProjectSnapshot(db, project.id))!.documentLanguages.primary).toBe('sv');
  });

  it('refuses an empty or overlong name', async () => {
    await expect(createWorkspaceProject(db, '   ', 'da')).rejects.toBeInstanceOf(ProjectNameError);
    await expect(createWorkspaceProject(db, 'x'.repeat(121), 'da')).rejects.toMatchObject({
      reason: 'tooLong',
    });
    expect(await db.projects.count()).toBe(0);
  });

  it('renames a project', async () => {
    const project = await createWorkspaceProject(db, 'Old', 'en');
    await renameProject(db, project.id, 'New name');
    expect((await db.projects.get(project.id))!.name).toBe('New name');
    await expect(renameProject(db, 'missing', 'X')).rejects.toThrow();
  });

  it('duplicates a project with all its items under a new id', async () => {
    const original = sampleProject();
    await writeProjectSnapshot(db, original);
    const copy = await duplicateProject(db, original.id, 'Copy');
    expect(copy.id).not.toBe(original.id);
    const stored = await readProjectSnapshot(db, copy.id);
    expect(stored!.activities).toEqual(original.activities);
    expect(stored!.vendors).toEqual(original.vendors);
    expect(stored!.name).toBe('Copy');
    expect(stored!.exportHistory).toEqual([]);
    // the original is untouched
    expect(await readProjectSnapshot(db, original.id)).toEqual(original);
  });

  it('deletes into "recently deleted", restores, and purges only deleted projects', async () => {
    const project = await createWorkspaceProject(db, 'Doomed', 'da');
    await expect(purgeProject(db, project.id)).rejects.toThrow();
    await deleteProject(db, project.id);
    expect((await listProjectSummaries(db))[0]!.deletedAt).not.toBeNull();
    await restoreProject(db, project.id);
    expect((await listProjectSummaries(db))[0]!.deletedAt).toBeNull();
    await deleteProject(db, project.id);
    await purgeProject(db, project.id);
    expect(await db.projects.count()).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });

  it('remembers the last open project unless it was deleted', async () => {
    const project = await createWorkspaceProject(db, 'Last', 'da');
    expect(await lastOpenProject(db)).toBeNull();
    await rememberLastProject(db, project.id);
    expect(await lastOpenProject(db)).toBe(project.id);
    await deleteProject(db, project.id);
    expect(await lastOpenProject(db)).toBeNull();
  });
});
