import { LIMITS } from '../../../shared/model';

type LogoMediaType = 'image/png' | 'image/jpeg';

export type LogoReadResult =
  | { ok: true; logo: { mediaType: LogoMediaType; dataBase64: string } }
  | { ok: false; reason: 'type' | 'size' | 'read' };

const MEDIA_TYPES: readonly string[] = ['image/png', 'image/jpeg'];

/** The file's first bytes say what it really is; a renamed text file must not pass as a PNG. */
function sniff(base64: string): LogoMediaType | null {
  const head = atob(base64.slice(0, 16));
  if (head.startsWith('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (head.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  return null;
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * Reads a chosen logo into base64 for the project (logos travel inside the project file).
 * Only PNG and JPEG up to 2 MB are taken; anything else is refused with the reason.
 */
export async function readLogoFile(file: File): Promise<LogoReadResult> {
  if (!MEDIA_TYPES.includes(file.type)) return { ok: false, reason: 'type' };
  if (file.size > LIMITS.logoBytes) return { ok: false, reason: 'size' };
  let dataUrl: string;
  try {
    dataUrl = await readAsDataUrl(file);
  } catch {
    return { ok: false, reason: 'read' };
  }
  const dataBase64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  let mediaType: LogoMediaType | null;
  try {
    mediaType = sniff(dataBase64);
  } catch {
    mediaType = null;
  }
  if (!mediaType) return { ok: false, reason: 'type' };
  return { ok: true, logo: { mediaType, dataBase64 } };
}
