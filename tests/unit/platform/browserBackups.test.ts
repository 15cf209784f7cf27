import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createBrowserBackups } from '../../../renderer/platform/browserBackups';
import { BackupInfoSchema, serializeProjectFile } from '../../../shared/project-file';
import { sampleProject } from '../../support/sampleProject';

const textOf = (name: string) =>
  serializeProjectFile(
    { ...sampleProject(), name },
    { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' },
  );

describe('web backups (IndexedDB)', () => {
  let n = 0;
  const setup = () => {
    let clock = new Date('2026-11-30T08:00:00.000Z');
    const backups = createBrowserBackups(`backups-${++n}`, () => clock);
    return { backups, tick: () => (clock = new Date(clock.getTime() + 60_000)) };
  };

  it('creates, lists (in the contract’s shape) and reads back', async () => {
    const { backups } = setup();
    const created = await backups.create('sample-project', textOf('A'), 'beforeImport');
    if (created.status !== 'created') throw new Error(created.status);
    const list = await backups.list();
    expect(list).toHaveLength(1);
    expect(BackupInfoSchema.parse(list[0])).toEqual(created.backup);
    expect(await backups.read(created.backup.id)).toMatchObject({ status: 'ok', text: textOf('A') });
    expect(await backups.read('sample-project/nope.kartotek')).toMatchObject({ status: 'failed' });
  });

  it('compares a new backup with the newest by its stored content digest, without parsing the newest', async () => {
    const name = `backups-${++n}`;
    const backups = createBrowserBackups(name, () => new Date('2026-11-30T08:00:00.000Z'));
    const created = await backups.create('sample-project', textOf('A'), 'save');
    if (created.status !== 'created') throw new Error(created.status);
    const raw = new Dexie(name);
    raw.version(1).stores({ backups: 'id, projectId, createdAt' });
    // The stored digest decides: the backup's text is not parsed again (it no longer would).
    await raw.table('backups').update(created.backup.id, { text: '{ not a project' });
    expect((await backups.create('sample-project', textOf('A'), 'save')).status).toBe('unchanged');
    expect((await backups.create('sample-project', textOf('B'), 'save')).status).toBe('created');
    // A backup kept before digests were stored has none: the next one is taken.
    const newest = (await backups.list('sample-project'))[0]!;
    await raw.table('backups').update(newest.id, { contentHash: undefined });
    expect((await backups.create('sample-project', textOf('B'), 'save')).status).toBe('created');
    expect(await backups.list('sample-project')).toHaveLength(3);
    raw.close();
  });

  it('follows the shared policy: no duplicates, daily once, the latest 20 kept', async () => {
    const { backups, tick } = setup();
    await backups.create('sample-project', textOf('same'), 'save');
    tick();
    expect((await backups.create('sample-project', textOf('same'), 'save')).status).toBe('unchanged');
    expect((await backups.create('sample-project', textOf('other'), 'daily')).status).toBe('notDue');
    for (let i = 0; i < 25; i++) {
      tick();
      await backups.create('sample-project', textOf(`v${i}`), 'save');
    }
    const list = await backups.list('sample-project');
    expect(list).toHaveLength(20);
    expect(list[0]!.projectName).toBe('v24');
  });

  it('refuses text that is not that project', async () => {
    const { backups } = setup();
    expect(await backups.create('another', textOf('A'), 'manual')).toMatchObject({
      status: 'failed',
      problem: { code: 'invalidContent' },
    });
  });
});
