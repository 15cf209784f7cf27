import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  nodeAtomicWriteFs,
  removeLeftoverTempFiles,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../../../../electron/files/atomicWrite';
import { FileProblemError, toFileProblem } from '../../../../electron/files/fileProblem';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

type Step = 'open' | 'writeFile' | 'sync' | 'close' | 'rename';

/** The real file system, except that one step fails; writeFile may first write half of the data. */
function failingFs(step: Step, error: Error, options: { halfWrite?: boolean } = {}): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    async open(filePath, flags) {
      if (step === 'open' && flags === 'wx') throw error;
      const handle = await nodeAtomicWriteFs.open(filePath, flags);
      return {
        async writeFile(data) {
          if (step === 'writeFile') {
            if (options.halfWrite)
              await handle.writeFile(
                typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2),
              );
            throw error;
          }
          return handle.writeFile(data);
        },
        async sync() {
          if (step === 'sync' && flags === 'wx') throw error;
          return handle.sync();
        },
        async close() {
          await handle.close();
          if (step === 'close' && flags === 'wx') throw error;
        },
      };
    },
    async rename(from, to) {
      if (step === 'rename') throw error;
      return nodeAtomicWriteFs.rename(from, to);
    },
  };
}

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kartotek-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a new file and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, '{"a":1}');
    expect(await readFile(file, 'utf8')).toBe('{"a":1}');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('removes the temporary files killed writes of the same file left, and nothing else', async () => {
    const target = path.join(dir, 'Kunde.kartotek');
    const leftovers = ['.Kunde.kartotek.0123456789ab.tmp', '.Kunde.kartotek.ffffffffffff.tmp'];
    const others = [
      '.Andet.kartotek.0123456789ab.tmp', // another project's
      '.Kunde.kartotek.0123456789ab.tmp.bak', // not a name this module makes
      '.Kunde.kartotek.xyz.tmp',
      'Kunde.kartotek.0123456789ab.tmp',
    ];
    for (const name of [...leftovers, ...others]) await writeFile(path.join(dir, name), 'half');
    await writeFileAtomic(target, 'whole');
    expect((await readdir(dir)).sort()).toEqual(['Kunde.kartotek', ...others].sort());
    expect(await readFile(target, 'utf8')).toBe('whole');
    // At start, for a recent file, without writing it.
    await writeFile(path.join(dir, leftovers[0]!), 'half');
    expect(await removeLeftoverTempFiles(target)).toBe(1);
    expect(await readdir(dir)).not.toContain(leftovers[0]);
  });

  it('replaces an existing file whole', async () => {
    const file = path.join(dir, 'a.json');
    await writeFile(file, 'old content that is longer than the new');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('writes bytes exactly', async () => {
    const file = path.join(dir, 'a.docx');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    await writeFileAtomic(file, bytes);
    expect(new Uint8Array(await readFile(file))).toEqual(bytes);
  });

  it('fails without leaving debris when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it.each<[Step, string, boolean]>([
    ['open', 'EACCES', false],
    ['writeFile', 'ENOSPC', true],
    ['writeFile', 'EIO', false],
    ['sync', 'EIO', false],
    ['close', 'ENOSPC', false],
    ['rename', 'EPERM', false],
    ['rename', 'EBUSY', false],
  ])(
    'a failure at %s (%s) leaves the original intact and no temporary file',
    async (step, code, halfWrite) => {
      const file = path.join(dir, 'Kunde.kartotek');
      const original = '{"the":"original"}\n';
      await writeFile(file, original);
      const error = errno(code);
      await expect(
        writeFileAtomic(file, 'x'.repeat(100_000), failingFs(step, error, { halfWrite })),
      ).rejects.toBe(error);
      expect(await readFile(file, 'utf8')).toBe(original);
      expect(await readdir(dir)).toEqual(['Kunde.kartotek']);
    },
  );
});

describe('toFileProblem', () => {
  it.each([
    ['ENOSPC', 'diskFull'],
    ['EDQUOT', 'diskFull'],
    ['EACCES', 'permissionDenied'],
    ['EPERM', 'permissionDenied'],
    ['EROFS', 'readOnly'],
    ['ENOENT', 'notFound'],
    ['EBUSY', 'inUse'],
    ['EISDIR', 'isDirectory'],
    ['ENAMETOOLONG', 'nameTooLong'],
    ['EIO', 'unknown'],
  ])('%s → %s, naming only the file', (code, problem) => {
    expect(toFileProblem(errno(code), '/home/mette/Kunder/Kunde A.kartotek')).toEqual({
      code: problem,
      fileName: 'Kunde A.kartotek',
    });
  });

  it('keeps a FileProblemError as it is, and calls anything else unknown', () => {
    expect(toFileProblem(new FileProblemError({ code: 'tooLarge', fileName: 'x' }), '/y')).toEqual({
      code: 'tooLarge',
      fileName: 'x',
    });
    expect(toFileProblem('boom', '/a/b.kartotek')).toEqual({ code: 'unknown', fileName: 'b.kartotek' });
  });
});
