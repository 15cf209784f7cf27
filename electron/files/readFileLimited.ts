import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { FileProblemError } from './fileProblem';

export interface ReadFileFs {
  open(
    filePath: string,
    flags: number,
  ): Promise<{
    stat(): Promise<{ size: number; isFile(): boolean; isDirectory(): boolean }>;
    read(
      buffer: Uint8Array,
      offset: number,
      length: number,
      position: number,
    ): Promise<{ bytesRead: number }>;
    close(): Promise<void>;
  }>;
}

const nodeReadFileFs: ReadFileFs = { open };

/**
 * Non-blocking, so that opening a named pipe returns at once instead of waiting for a writer; the kind of
 * file is then checked on the open handle (no gap between the check and the read). Windows has no such flag
 * and no such pipes in its file system.
 */
const READ_WITHOUT_WAITING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a whole file of at most `maxBytes`, refusing larger ones before reading them (and a file that
 * grows while it is read), and anything that is not an ordinary file (a folder, a pipe, a device, a link
 * to one) before reading from it. Throws FileProblemError for a size or kind problem, Node's error otherwise.
 */
export async function readFileLimited(
  filePath: string,
  maxBytes: number,
  fs: ReadFileFs = nodeReadFileFs,
): Promise<Uint8Array> {
  const fileName = path.basename(filePath);
  const handle = await fs.open(filePath, READ_WITHOUT_WAITING);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new FileProblemError({ code: 'isDirectory', fileName });
    if (!stats.isFile()) throw new FileProblemError({ code: 'notRegularFile', fileName });
    if (stats.size > maxBytes) throw new FileProblemError({ code: 'tooLarge', fileName });
    // One byte more than allowed, to notice a file that grew after stat.
    const buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw new FileProblemError({ code: 'tooLarge', fileName });
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** Strict UTF-8, without a byte-order mark; a file that is not text is a FileProblem, not a crash. */
export function decodeUtf8(bytes: Uint8Array, filePath: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblemError({ code: 'notText', fileName: path.basename(filePath) });
  }
}
