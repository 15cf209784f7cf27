import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic write makes; tests pass one that fails at a chosen step. */
export interface AtomicWriteFs {
  open(filePath: string, flags: 'wx' | 'r'): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}
interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = { open, rename, rm };

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
  const tempPath = path.join(directory, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
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
