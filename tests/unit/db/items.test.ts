import { CONFIRMED } from '../../support/confirmed';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import {
  deleteActivity,
  deleteReferencedItem,
  listItems,
  saveItem,
  undoDeletion,
  updateProjectCore,
} from '../../../renderer/db/items';
import { readProjectSnapshot, writeProjectSnapshot } from '../../../renderer/db/snapshot';
import { ProjectSchema } from '../../../shared/model';
import { sampleProject } from '../../support/sampleProject';

let db: KartotekDatabase;
let counter = 0;
const project = sampleProject();

beforeEach(async () => {
  db = new KartotekDatabase(`items-${++counter}`);
  await writeProjectSnapshot(db, project);
});
afterEach(async () => {
  await db.delete();
});

describe('item edits', () => {
  it('saves a new item at the end and an edited one in its place', async () => {
    await saveItem(db, project.id, 'sources', {
      confirmation: CONFIRMED,
      id: 'src-new',
      name: { da: 'Ny kilde' },
      description: {},
      kind: 'publicRegister',
    });
    await saveItem(db, project.id, 'dataCategories', {
      ...project.dataCategories[0]!,
      name: { da: 'Ændret' },
    });
    const sources = await listItems(db, project.id, 'sources');
    expect(sources.map((s) => s.id)).toEqual(['src-self', 'src-new']);
    const categories = await listItems(db, project.id, 'dataCategories');
    expect(categories.map((c) => c.id)).toEqual(['dc-contact', 'dc-health', 'dc-cpr']);
    expect(categories[0]!.name).toEqual({ da: 'Ændret' });
  });

  it('marks the project as changed', async () => {
    const before = (await db.projects.get(project.id))!.updatedAt;
    await new Promise((r) => setTimeout(r, 5));
    await updateProjectCore(db, project.id, (core) => ({
      ...core,
      organisation: { ...core.organisation, city: 'Odense' },
    }));
    const after = await db.projects.get(project.id);
    expect(after!.organisation.city).toBe('Odense');
    expect(after!.updatedAt > before).toBe(true);
  });

  it('deletes a used data category with its references, and Undo restores everything exactly', async () => {
    const record = await deleteReferencedItem(db, project.id, 'dataCategories', 'dc-contact');
    const deleted = await readProjectSnapshot(db, project.id);
    expect(deleted!.dataCategories.map((c) => c.id)).not.toContain('dc-contact');
    expect(deleted!.activities[0]!.dataCategoryIds).not.toContain('dc-contact');
    expect(deleted!.activities[0]!.recipients[0]!.dataCategoryIds).toEqual([]);
    expect(ProjectSchema.safeParse(deleted).success).toBe(true);

    await undoDeletion(db, record);
    const restored = await readProjectSnapshot(db, project.id);
    // The change log keeps the deletion and the restoring (tests/unit/db/changeLog.test.ts).
    expect({ ...restored!, updatedAt: '', changeLog: null }).toEqual({
      ...project,
      updatedAt: '',
      changeLog: null,
    });
  });

  it('deletes a joint controller from the project and an audience from the export history, undoably', async () => {
    const jc = await deleteReferencedItem(db, project.id, 'jointControllers', 'jc-1');
    const audience = await deleteReferencedItem(db, project.id, 'audiences', 'aud-web');
    const after = await readProjectSnapshot(db, project.id);
    expect(after!.jointControllers).toEqual([]);
    expect(after!.exportHistory[0]!.audienceId).toBeNull();
    expect(ProjectSchema.safeParse(after).success).toBe(true);
    await undoDeletion(db, audience);
    await undoDeletion(db, jc);
    const restored = await readProjectSnapshot(db, project.id);
    expect(restored!.jointControllers).toEqual(project.jointControllers);
    expect(restored!.exportHistory).toEqual(project.exportHistory);
    expect(restored!.activities).toEqual(project.activities);
  });

  it('deletes and restores an activity', async () => {
    const record = await deleteActivity(db, project.id, 'act-support');
    expect((await listItems(db, project.id, 'activities')).map((a) => a.id)).toEqual(['act-empty']);
    await undoDeletion(db, record);
    expect(await listItems(db, project.id, 'activities')).toEqual(project.activities);
  });
});

describe('updates through a function of the stored value', () => {
  it('never lose an edit made right after another', async () => {
    await Promise.all([
      import('../../../renderer/db/items').then(({ updateItem }) =>
        updateItem(db, project.id, 'activities', 'act-support', (a) => ({ ...a, owner: 'Anna' })),
      ),
      import('../../../renderer/db/items').then(({ updateItem }) =>
        updateItem(db, project.id, 'activities', 'act-support', (a) => ({
          ...a,
          lastReviewed: '2026-11-20',
        })),
      ),
    ]);
    const [activity] = await listItems(db, project.id, 'activities');
    expect(activity!.owner).toBe('Anna');
    expect(activity!.lastReviewed).toBe('2026-11-20');
    expect(activity!.updatedAt > project.activities[0]!.updatedAt).toBe(true);
  });
});
