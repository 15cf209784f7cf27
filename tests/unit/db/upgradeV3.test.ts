import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KartotekDatabase } from '../../../renderer/db/database';
import { readProjectSnapshot } from '../../../renderer/db/snapshot';
import { ProjectSchema } from '../../../shared/model';

/** The version 2 database, as the first release left it, filled with a version 2 project file's content. */
async function version2Database(name: string): Promise<string> {
  const file = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../fixtures/project-files/v2-full.kartotek'), 'utf8'),
  );
  const project = file.project as Record<string, unknown>;
  const lists = ['dataSubjects', 'dataCategories', 'sources', 'recipients', 'vendors', 'securityMeasures'];
  const more = ['customers', 'audiences', 'activities'];
  const v2 = new Dexie(name);
  v2.version(1).stores({
    projects: 'id, name, updatedAt',
    ...Object.fromEntries([...lists, ...more].map((table) => [table, '[projectId+id], projectId'])),
    settings: 'key',
  });
  v2.version(2).stores({ changes: '[projectId+id], projectId, [projectId+itemKey]' });
  await v2.open();
  const { changeLog, ...core } = project;
  const row: Record<string, unknown> = {
    deletedAt: null,
    changeLogSince: (changeLog as { since: string }).since,
  };
  for (const [key, value] of Object.entries(core)) if (![...lists, ...more].includes(key)) row[key] = value;
  await v2.table('projects').put(row);
  for (const table of [...lists, ...more]) {
    const items = project[table] as Record<string, unknown>[];
    await v2.table(table).bulkPut(items.map((item, seq) => ({ ...item, projectId: project.id, seq })));
  }
  v2.close();
  return project.id as string;
}

describe('upgrading a version 2 database', () => {
  it('gives every item and the policy a confirmation, and the activities version 3 answers', async () => {
    const name = 'upgrade-v3';
    const projectId = await version2Database(name);
    const db = new KartotekDatabase(name);
    const snapshot = await readProjectSnapshot(db, projectId);
    // The same content as the file migration gives: a valid version 3 project, nothing confirmed.
    expect(ProjectSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot!.activities.every((a) => a.confirmation.confirmedAt === null)).toBe(true);
    expect(snapshot!.activities.map((a) => a.requirement.kind)).toEqual(['contractual', 'notAssessed']);
    expect(snapshot!.activities.map((a) => a.automatedDecisions.status)).toEqual(['used', 'notAssessed']);
    expect(snapshot!.vendors[0]!.confirmation.origin).toBe('library');
    expect(snapshot!.policy.confirmation.confirmedAt).toBeNull();
    expect(snapshot!.exportHistory.every((r) => r.editionDate === '' && r.draft === false)).toBe(true);
    await db.delete();
  });
});
