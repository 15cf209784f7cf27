import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../../electron/backups/backupStore';
import { nodeAtomicWriteFs } from '../../../../electron/files/atomicWrite';
import { parseProjectFile, serializeProjectFile } from '../../../../shared/project-file';
import { sampleProject } from '../../../support/sampleProject';
import { recordingLogger } from '../testLogger';

const textOf = (name = 'ITGuy ApS', id = 'sample-project') =>
  serializeProjectFile(
    { ...sampleProject(id), name },
    { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' },
  );

describe('backup store', () => {
  let root: string;
  let clock: Date;
  const store = (extra: Partial<Parameters<typeof createBackupStore>[0]> = {}) =>
    createBackupStore({ root, log: recordingLogger(), now: () => clock, ...extra });
  const tick = (ms = 60_000) => (clock = new Date(clock.getTime() + ms));

  beforeEach(async () => {
    root = path.join(await mkdtemp(path.join(os.tmpdir(), 'kartotek-backups-')), 'backups');
    clock = new Date('2026-11-30T08:00:00.000Z');
  });
  afterEach(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('writes backups/<projectId>/<time>-<reason>.kartotek, lists it with what it holds, and reads it back', async () => {
    const backups = store();
    const result = await backups.create('sample-project', textOf(), 'beforeReplace');
    expect(result.status).toBe('created');
    expect(await readdir(path.join(root, 'sample-project'))).toEqual([
      '20261130T080000000Z-beforeReplace.kartotek',
    ]);
    const [info] = await backups.list();
    expect(info).toEqual({
      id: 'sample-project/20261130T080000000Z-beforeReplace.kartotek',
      projectId: 'sample-project',
      createdAt: '2026-11-30T08:00:00.000Z',
      reason: 'beforeReplace',
      sizeBytes: Buffer.byteLength(textOf()),
      projectName: 'ITGuy ApS',
      activityCount: 2,
      vendorCount: 1,
    });
    const read = await backups.read(info!.id);
    if (read.status !== 'ok') throw new Error('could not read the backup back');
    expect(read.text).toBe(textOf());
    expect(parseProjectFile(read.text).ok).toBe(true);
  });

  it('compares a new backup with the newest by content digest: parsed at most once per run, not on every backup', async () => {
    const backups = store();
    await backups.create('sample-project', textOf(), 'save');
    const [file] = await readdir(path.join(root, 'sample-project'));
    // The digest this run keeps decides: the file itself is not read again (it no longer parses).
    await writeFile(path.join(root, 'sample-project', file!), '{ not a project');
    tick();
    expect((await backups.create('sample-project', textOf(), 'save')).status).toBe('unchanged');
    // A new run (a new store) knows no digest yet: it parses the newest once, and finds it changed.
    tick();
    expect((await store().create('sample-project', textOf(), 'save')).status).toBe('created');
    tick();
    const fresh = store();
    expect((await fresh.create('sample-project', textOf(), 'save')).status).toBe('unchanged');
    expect((await fresh.create('sample-project', textOf('Renamed'), 'save')).status).toBe('created');
  });

  it('does not write the same project twice in a row', async () => {
    const backups = store();
    await backups.create('sample-project', textOf(), 'save');
    tick();
    expect((await backups.create('sample-project', textOf(), 'save')).status).toBe('unchanged');
    tick();
    expect((await backups.create('sample-project', textOf('Renamed'), 'save')).status).toBe('created');
    expect(await backups.list('sample-project')).toHaveLength(2);
  });

  it('takes a daily backup once per day', async () => {
    const backups = store();
    expect((await backups.create('sample-project', textOf('a'), 'daily')).status).toBe('created');
    tick(3_600_000);
    expect((await backups.create('sample-project', textOf('b'), 'daily')).status).toBe('notDue');
    tick(24 * 3_600_000);
    expect((await backups.create('sample-project', textOf('c'), 'daily')).status).toBe('created');
  });

  it('prunes by the policy as backups are added, per project', async () => {
    const backups = store();
    for (let i = 0; i < 30; i++) {
      await backups.create('sample-project', textOf(`v${i}`), 'save');
      tick();
    }
    await backups.create('other', textOf('other', 'other'), 'save');
    const kept = await backups.list('sample-project');
    expect(kept).toHaveLength(20);
    expect(kept[0]!.projectName).toBe('v29');
    expect(kept.at(-1)!.projectName).toBe('v10');
    expect(await backups.list('other')).toHaveLength(1);
    expect(await backups.list()).toHaveLength(21);
  });

  it('refuses text that is not a valid project file, or not that project', async () => {
    const backups = store();
    expect(await backups.create('sample-project', '{"format":"nope"}', 'manual')).toMatchObject({
      status: 'failed',
      problem: { code: 'invalidContent' },
    });
    expect(await backups.create('someone-else', textOf(), 'manual')).toMatchObject({ status: 'failed' });
    expect(await backups.list()).toEqual([]);
  });

  it('reports a full disk as a typed failure and leaves no partial backup', async () => {
    const backups = store({
      writeFs: {
        ...nodeAtomicWriteFs,
        rename: async () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
      },
    });
    const result = await backups.create('sample-project', textOf(), 'beforeDelete');
    expect(result).toEqual({
      status: 'failed',
      problem: { code: 'diskFull', fileName: 'sample-project.kartotek' },
    });
    expect(await readdir(path.join(root, 'sample-project'))).toEqual([]);
  });

  it('refuses ids that would leave the backups folder', async () => {
    const backups = store();
    await writeFile(path.join(path.dirname(root), 'secret.kartotek'), textOf());
    for (const id of [
      '../secret.kartotek',
      'sample-project/../../secret.kartotek',
      '/etc/passwd',
      'x/y.kartotek',
    ]) {
      expect(await backups.read(id), id).toMatchObject({ status: 'failed', problem: { code: 'notAllowed' } });
    }
  });

  it('lists a damaged backup without its contents instead of failing, and ignores stray files', async () => {
    const backups = store();
    await backups.create('sample-project', textOf(), 'save');
    const folder = path.join(root, 'sample-project');
    await writeFile(path.join(folder, '20261129T080000000Z-save.kartotek'), '{ broken');
    await writeFile(path.join(folder, 'notes.txt'), 'hello');
    await mkdir(path.join(root, 'not a project id!'), { recursive: true });
    const list = await backups.list();
    expect(list.map((b) => [b.createdAt, b.projectName])).toEqual([
      ['2026-11-30T08:00:00.000Z', 'ITGuy ApS'],
      ['2026-11-29T08:00:00.000Z', null],
    ]);
    expect(await readFile(path.join(folder, 'notes.txt'), 'utf8')).toBe('hello');
  });

  it('lists nothing when no backup was ever taken', async () => {
    expect(await store().list()).toEqual([]);
    expect(await store().list('sample-project')).toEqual([]);
  });
});
