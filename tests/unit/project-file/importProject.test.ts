import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import {
  importProject,
  importProjectFile,
  importProjectWithBackup,
} from '../../../renderer/db/importProject';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import { deleteProject } from '../../../renderer/db/workspace';
import type { Project } from '../../../shared/model';
import { serializeProjectFile } from '../../../shared/project-file';
import { sampleProject } from '../../support/sampleProject';

let db: KartotekDatabase;
let counter = 0;

beforeEach(async () => {
  db = new KartotekDatabase(`import-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const dump = () =>
  db.transaction('r', db.allTables(), () => Promise.all(db.allTables().map((table) => table.toArray())));

function edited(project: Project): Project {
  const copy = structuredClone(project);
  copy.name = 'Edited by the client';
  copy.activities = copy.activities.slice(0, 1);
  copy.vendors.push({ ...structuredClone(copy.vendors[0]!), id: 'v-new', name: 'Datto' });
  return copy;
}

describe('importProject', () => {
  it('new: stores a project whose id is free, exactly as given', async () => {
    const project = sampleProject();
    expect(await importProject(db, project, 'new')).toEqual({
      status: 'imported',
      projectId: project.id,
      replaced: false,
    });
    expect(await readProjectSnapshot(db, project.id)).toEqual(project);
  });

  it('new: refuses when the id exists (also in Recently deleted) and changes nothing', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    await deleteProject(db, project.id);
    const before = await dump();
    expect(await importProject(db, edited(project), 'new')).toEqual({
      status: 'exists',
      existing: { id: project.id, name: 'ITGuy ApS', deleted: true },
    });
    expect(await dump()).toEqual(before);
  });

  it('replace: the project is replaced whole, no item of the old version left behind', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    const incoming = edited(project);
    expect(await importProject(db, incoming, 'replace')).toMatchObject({
      status: 'imported',
      replaced: true,
    });
    expect(await readProjectSnapshot(db, project.id)).toEqual(incoming);
    expect(await db.activities.where('projectId').equals(project.id).count()).toBe(1);
  });

  it('keepBoth: a copy under a new project id, items keep their ids, the original untouched', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    const result = await importProject(db, edited(project), 'keepBoth', {
      name: 'ITGuy ApS (from the client)',
      now: '2026-12-01T10:00:00.000Z',
    });
    if (result.status !== 'imported') throw new Error(result.status);
    expect(result.projectId).not.toBe(project.id);
    const copy = await readProjectSnapshot(db, result.projectId);
    expect(copy).toMatchObject({
      name: 'ITGuy ApS (from the client)',
      createdAt: '2026-12-01T10:00:00.000Z',
    });
    expect(copy!.activities.map((a) => a.id)).toEqual(['act-support']);
    expect(copy!.vendors.map((v) => v.id)).toEqual(['v-m365', 'v-new']);
    expect(await readProjectSnapshot(db, project.id)).toEqual(project);
  });

  it.each(['new', 'replace', 'keepBoth'] as const)(
    '%s: a write that fails midway leaves the database exactly as it was',
    async (mode) => {
      const existing = sampleProject('existing');
      await writeProjectSnapshot(db, existing);
      const target = mode === 'new' ? sampleProject('fresh') : sampleProject('existing');
      const incoming = edited(target);
      // The project row and the first tables are written; then the vendors table refuses a row.
      db.vendors.hook('creating', (_key, item) => {
        if ((item as { id: string }).id === 'v-new') throw new Error('disk said no');
      });
      const before = await dump();
      await expect(importProject(db, incoming, mode)).rejects.toThrow('disk said no');
      expect(await dump()).toEqual(before);
    },
  );
});

describe('importProjectFile', () => {
  it('imports a valid file, and changes nothing for a file it refuses', async () => {
    const project = sampleProject();
    const text = serializeProjectFile(project, { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' });
    expect(await importProjectFile(db, text, 'new')).toMatchObject({ status: 'imported' });
    const before = await dump();
    const json = JSON.parse(text);
    json.project.activities[0].vendorIds.push('v-nowhere');
    const broken = JSON.stringify(json);
    const result = await importProjectFile(db, broken, 'replace');
    expect(result).toMatchObject({ status: 'invalid', error: { code: 'invalid' } });
    expect(await dump()).toEqual(before);
  });
});

describe('importProjectWithBackup', () => {
  it('backs up the project it replaces first; a failed backup imports nothing', async () => {
    const project = sampleProject();
    await writeProjectSnapshot(db, project);
    const backedUp: Project[] = [];
    await importProjectWithBackup(db, edited(project), 'replace', async (p) => {
      backedUp.push(p);
    });
    expect(backedUp).toEqual([project]);

    const before = await dump();
    await expect(
      importProjectWithBackup(db, project, 'replace', async () => {
        throw new Error('backup failed');
      }),
    ).rejects.toThrow('backup failed');
    expect(await dump()).toEqual(before);
  });
});
