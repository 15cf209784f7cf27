import { open } from 'node:fs/promises';
import path from 'node:path';
import { FileProblemError } from './fileProblem';

export interface ReadFileFs {
  open(
    filePath: string,
    flags: 'r',
  ): Promise<{
    stat(): Promise<{ size: number; isFile(): boolean }>;
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
 * Reads a whole file of at most `maxBytes`, refusing larger ones before reading them (and a file that
 * grows while it is read). Throws FileProblemError for a size or kind problem, Node's error otherwise.
 */
export async function readFileLimited(
  filePath: string,
  maxBytes: number,
  fs: ReadFileFs = nodeReadFileFs,
): Promise<Uint8Array> {
  const fileName = path.basename(filePath);
  const handle = await fs.open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new FileProblemError({ code: 'isDirectory', fileName });
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
