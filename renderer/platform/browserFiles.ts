import type { OpenProjectFileResult, SaveFileResult } from '../../shared/platform/fileContract';
import {
  MAX_FILE_BYTES,
  PROJECT_FILE_EXTENSION,
  PROJECT_FILE_MEDIA_TYPE,
} from '../../shared/project-file/format';

/**
 * Files in a plain browser: a hidden <input type=file> to open, a download to save. The page never
 * learns a path (the result's path is null) and cannot write anywhere but the downloads folder.
 */

/** Opens the browser's file picker for project files and reads the chosen one. */
export function pickProjectFile(): Promise<OpenProjectFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = `${PROJECT_FILE_EXTENSION},${PROJECT_FILE_MEDIA_TYPE},application/json`;
    input.style.display = 'none';
    const done = (result: OpenProjectFileResult) => {
      input.remove();
      resolve(result);
    };
    input.addEventListener('cancel', () => done({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) done({ status: 'cancelled' });
      else void readPickedFile(file).then(done);
    });
    document.body.append(input);
    input.click();
  });
}

/** Reads a File (from the picker or a drop) with the same limits the desktop app applies. */
export async function readPickedFile(file: File): Promise<OpenProjectFileResult> {
  const fileName = file.name || `Kartotek${PROJECT_FILE_EXTENSION}`;
  if (file.size > MAX_FILE_BYTES) return { status: 'failed', problem: { code: 'tooLarge', fileName } };
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { status: 'failed', problem: { code: 'notFound', fileName } };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { status: 'opened', fileName, path: null, text };
  } catch {
    return { status: 'failed', problem: { code: 'notText', fileName } };
  }
}

/**
 * Saves by download. The browser decides where (usually Downloads) and may rename the file; whether
 * the user cancelled a "Save as" prompt cannot be known, so the result is "saved" with no path.
 */
export function download(data: string | Uint8Array, fileName: string, mediaType: string): SaveFileResult {
  const blob = new Blob([data as BlobPart], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'saved', fileName, path: null };
}
