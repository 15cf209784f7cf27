import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore } from '../../../../electron/backups/backupStore';
import { nodeAtomicWriteFs } from '../../../../electron/files/atomicWrite';
import { createProjectFileService, type FileDialogs } from '../../../../electron/files/projectFileService';
import { createRecentFiles } from '../../../../electron/files/recentFiles';
import { createSettingsStore } from '../../../../electron/settings/settingsStore';
import { MAX_FILE_BYTES, serializeProjectFile } from '../../../../shared/project-file';
import { sampleProject } from '../../../support/sampleProject';
import { recordingLogger } from '../testLogger';

const TEXT = serializeProjectFile(sampleProject(), { appVersion: '0.1.0', now: '2026-11-22T10:00:00.000Z' });

describe('project file service', () => {
  let dir: string;
  let openAnswers: (string | null)[];
  let saveAnswers: (string | null)[];
  let dialogCalls: { kind: string; title: string; defaultPath?: string; extensions: string[] }[];

  const dialogs: FileDialogs = {
    async showOpen({ title, filters }) {
      dialogCalls.push({ kind: 'open', title, extensions: filters.flatMap((f) => f.extensions) });
      return openAnswers.shift() ?? null;
    },
    async showSave({ title, defaultPath, filters }) {
      dialogCalls.push({
        kind: 'save',
        title,
        defaultPath,
        extensions: filters.flatMap((f) => f.extensions),
      });
      return saveAnswers.shift() ?? null;
    },
  };

  function service(extra: Partial<Parameters<typeof createProjectFileService>[0]> = {}) {
    const log = recordingLogger();
    const settings = createSettingsStore(path.join(dir, 'data', 'settings.json'), log);
    return createProjectFileService({
      dialogs,
      backups: createBackupStore({ root: path.join(dir, 'data', 'backups'), log }),
      recent: createRecentFiles(settings),
      language: () => 'da',
      defaultDirectory: () => path.join(dir, 'Documents'),
      log,
      ...extra,
    });
  }

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-files-'));
    openAnswers = [];
    saveAnswers = [];
    dialogCalls = [];
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('open', () => {
    it('returns the chosen file’s name, path and text, and remembers it as recent', async () => {
      const file = path.join(dir, 'Kunde.kartotek');
      await writeFile(file, TEXT);
      openAnswers = [file];
      const files = service();
      expect(await files.openProjectFile()).toEqual({
        status: 'opened',
        fileName: 'Kunde.kartotek',
        path: file,
        text: TEXT,
      });
      expect(dialogCalls).toEqual([{ kind: 'open', title: 'Åbn projekt', extensions: ['kartotek'] }]);
      expect(await files.getRecentFiles()).toEqual([{ path: file, fileName: 'Kunde.kartotek' }]);
    });

    it('reports cancel, a missing file, a file over the limit and a file that is not text', async () => {
      const files = service();
      expect(await files.openProjectFile()).toEqual({ status: 'cancelled' });
      const big = path.join(dir, 'big.kartotek');
      await writeFile(big, Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
      const binary = path.join(dir, 'bin.kartotek');
      await writeFile(binary, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
      openAnswers = [path.join(dir, 'gone.kartotek'), big, binary, dir];
      const codes = [];
      for (let i = 0; i < 4; i++) {
        const result = await files.openProjectFile();
        codes.push(result.status === 'failed' ? result.problem.code : result.status);
      }
      expect(codes).toEqual(['notFound', 'tooLarge', 'notText', 'isDirectory']);
      expect(await files.getRecentFiles()).toEqual([]);
    });

    // A named pipe would block open() until a writer comes; a device never ends. Both are refused at once.
    it.skipIf(process.platform === 'win32')(
      'refuses a named pipe and a link to a device as "not an ordinary file", without waiting',
      async () => {
        const fifo = path.join(dir, 'pipe.kartotek');
        execFileSync('mkfifo', [fifo]);
        const device = path.join(dir, 'zero.kartotek');
        await symlink('/dev/zero', device);
        openAnswers = [fifo, device];
        const files = service();
        for (const name of ['pipe.kartotek', 'zero.kartotek']) {
          expect(await files.openProjectFile()).toEqual({
            status: 'failed',
            problem: { code: 'notRegularFile', fileName: name },
          });
        }
      },
    );

    it('opens a recent file only if it is on the list, and drops one that has gone', async () => {
      const file = path.join(dir, 'Kunde.kartotek');
      await writeFile(file, TEXT);
      openAnswers = [file];
      const files = service();
      await files.openProjectFile();
      expect(await files.openRecentFile(file)).toMatchObject({ status: 'opened', text: TEXT });
      expect(await files.openRecentFile('/etc/passwd')).toEqual({
        status: 'failed',
        problem: { code: 'notAllowed', fileName: 'passwd' },
      });
      await rm(file);
      expect(await files.openRecentFile(file)).toMatchObject({
        status: 'failed',
        problem: { code: 'notFound' },
      });
      expect(await files.getRecentFiles()).toEqual([]);
    });

    it('reads a file the OS asked to open and lists it as recent', async () => {
      const file = path.join(dir, 'FraKlient.kartotek');
      await writeFile(file, TEXT);
      const files = service();
      expect(await files.readRequestedFile(file)).toMatchObject({ status: 'opened', path: file });
      expect((await files.getRecentFiles()).map((r) => r.path)).toEqual([file]);
    });
  });

  describe('save', () => {
    it('Save As asks where, adds the extension, writes the file, remembers it and takes a backup', async () => {
      saveAnswers = [path.join(dir, 'Kunde')];
      const files = service();
      const result = await files.saveProjectFile({ text: TEXT, suggestedName: 'Kunde A/S' });
      const target = path.join(dir, 'Kunde.kartotek');
      expect(result).toEqual({ status: 'saved', fileName: 'Kunde.kartotek', path: target });
      expect(dialogCalls[0]).toMatchObject({
        kind: 'save',
        title: 'Gem projekt som',
        defaultPath: path.join(dir, 'Documents', 'Kunde A S.kartotek'),
      });
      expect(await readFile(target, 'utf8')).toBe(TEXT);
      expect((await files.getRecentFiles()).map((r) => r.path)).toEqual([target]);
      const backups = await files.listBackups('sample-project');
      expect(backups.map((b) => b.reason)).toEqual(['save']);
    });

    it('Save writes to a path the host handed out without asking; an unknown path asks instead', async () => {
      const files = service();
      saveAnswers = [path.join(dir, 'a.kartotek')];
      const first = await files.saveProjectFile({ text: TEXT, suggestedName: 'a' });
      if (first.status !== 'saved') throw new Error('first save failed');
      await files.saveProjectFile({
        text: TEXT.replace('ITGuy ApS', 'ITGuy A/S'),
        suggestedName: 'a',
        path: first.path,
      });
      expect(dialogCalls).toHaveLength(1);
      expect(await readFile(first.path!, 'utf8')).toContain('ITGuy A/S');

      // A path the page made up: never written without the user choosing it.
      const forged = path.join(dir, 'forged.kartotek');
      expect(await files.saveProjectFile({ text: TEXT, suggestedName: 'x', path: forged })).toEqual({
        status: 'cancelled',
      });
      expect(dialogCalls).toHaveLength(2);
      expect(await readdir(dir)).not.toContain('forged.kartotek');
    });

    it('refuses to write text that is not a valid project file', async () => {
      saveAnswers = [path.join(dir, 'a.kartotek')];
      const result = await service().saveProjectFile({
        text: '{"format":"kartotek-project"}',
        suggestedName: 'a',
      });
      expect(result).toEqual({
        status: 'failed',
        problem: { code: 'invalidContent', fileName: 'a.kartotek' },
      });
      expect(dialogCalls).toEqual([]);
    });

    it.each([
      ['ENOSPC', 'diskFull'],
      ['EACCES', 'permissionDenied'],
    ])('a write failing with %s is reported as %s; the previous file stays whole', async (code, problem) => {
      const target = path.join(dir, 'Kunde.kartotek');
      await writeFile(target, 'previous version');
      saveAnswers = [target];
      const files = service({
        writeFs: {
          ...nodeAtomicWriteFs,
          rename: async () => {
            throw Object.assign(new Error(code), { code });
          },
        },
      });
      expect(await files.saveProjectFile({ text: TEXT, suggestedName: 'Kunde' })).toEqual({
        status: 'failed',
        problem: { code: problem, fileName: 'Kunde.kartotek' },
      });
      expect(await readFile(target, 'utf8')).toBe('previous version');
      expect(await readdir(dir)).toEqual(['Kunde.kartotek']);
      expect(await files.getRecentFiles()).toEqual([]);
    });

    it('saves a document through a dialog filtered to its kind', async () => {
      saveAnswers = [path.join(dir, 'Fortegnelse')];
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
      const result = await service().saveDocument({ suggestedName: 'Fortegnelse', bytes, kind: 'docx' });
      expect(result).toMatchObject({ status: 'saved', fileName: 'Fortegnelse.docx' });
      expect(dialogCalls[0]).toMatchObject({ title: 'Gem dokument', extensions: ['docx'] });
      expect(new Uint8Array(await readFile(path.join(dir, 'Fortegnelse.docx')))).toEqual(bytes);
    });
  });

  it('creates, lists and reads backups for the renderer', async () => {
    const files = service();
    const created = await files.createBackup({
      projectId: 'sample-project',
      text: TEXT,
      reason: 'beforeImport',
    });
    if (created.status !== 'created') throw new Error(created.status);
    const read = await files.readBackup(created.backup.id);
    expect(read).toMatchObject({ status: 'ok', text: TEXT });
  });
});
