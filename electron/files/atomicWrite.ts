import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic write makes; tests pass one that fails at a chosen step. */
export interface AtomicWriteFs {
  open(filePath: string, flags: 'wx' | 'r'): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
  readdir(directory: string): Promise<string[]>;
}
interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = { open, rename, rm, readdir };

/** `.Kunde.kartotek.3fa85f64c2e1.tmp`: hidden, beside its target, unique per write. */
const tempName = (target: string) => `.${target}.${randomBytes(6).toString('hex')}.tmp`;
const isTempOf = (target: string, name: string) =>
  name.length === target.length + 18 &&
  name.startsWith(`.${target}.`) &&
  /^\.[0-9a-f]{12}\.tmp$/.test(name.slice(target.length + 1));

/**
 * Writes a file so that a crash, a full disk or a refused permission leaves either the old content or
 * the new, never half a file: write a temporary file beside the target (same folder, so the rename
 * stays on one file system), flush it to disk, close it, then rename it over the target. On any
 * failure the temporary file is removed and the error (with Node's errno code) is rethrown; the target
 * is untouched. After the rename the folder is flushed too, where the platform allows, so the rename
 * itself survives a power cut.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fs: AtomicWriteFs = nodeAtomicWriteFs,
): Promise<void> {
  const directory = path.dirname(filePath);
  const tempPath = path.join(directory, tempName(path.basename(filePath)));
  try {
    const handle = await fs.open(tempPath, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory, fs);
  await removeLeftoverTempFiles(filePath, fs);
}

/**
 * Removes the temporary files earlier writes of this file left behind when the process was killed between
 * creating and renaming them (a crash cannot run the clean-up above). Called after each successful write and
 * for the recent files at start. Only names this module makes for this very file are touched; one app
 * instance writes a given file at a time, so none of them can belong to a write still under way. Best effort:
 * a file that cannot be removed now is tried again next time.
 */
export async function removeLeftoverTempFiles(
  filePath: string,
  fs: Pick<AtomicWriteFs, 'readdir' | 'rm'> = nodeAtomicWriteFs,
): Promise<number> {
  const directory = path.dirname(filePath);
  const target = path.basename(filePath);
  const names = await fs.readdir(directory).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((candidate) => isTempOf(target, candidate))) {
    await fs.rm(path.join(directory, name), { force: true }).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

async function syncDirectory(directory: string, fs: AtomicWriteFs): Promise<void> {
  // Windows cannot open a folder for flushing; the rename is already as durable as NTFS makes it.
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems (network shares) refuse; the data itself is already flushed.
  }
}
