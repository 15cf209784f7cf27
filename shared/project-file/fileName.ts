import { PROJECT_FILE_EXTENSION } from './format';

/** Characters no file system accepts (Windows is the strictest), plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * A file name that is safe on Windows, macOS and Linux and never a path: used for the names the
 * renderer suggests to save dialogs and downloads. Keeps letters of every language (æ, ø, å, ö …).
 */
export function safeFileName(name: string, extension: string, fallback = 'Kartotek'): string {
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  let base = name.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  if (base.toLowerCase().endsWith(ext.toLowerCase())) base = base.slice(0, -ext.length).trim();
  // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
  base = base.replace(/^[.\s]+|[.\s]+$/g, '');
  if (base === '' || WINDOWS_RESERVED.test(base)) base = fallback;
  // Stay well below the usual 255-byte limit, counting in code points so no character is cut in half.
  const points = Array.from(base);
  if (points.length > 120) base = points.slice(0, 120).join('').trim();
  return `${base}${ext}`;
}

export function projectFileName(projectName: string): string {
  return safeFileName(projectName, PROJECT_FILE_EXTENSION);
}

/** A path with the extension added when the user typed a name without it (GTK dialogs do not add it). */
export function withExtension(filePath: string, extension: string): string {
  const ext = extension.startsWith('.') ? extension : `.${extension}`;
  return filePath.toLowerCase().endsWith(ext.toLowerCase()) ? filePath : `${filePath}${ext}`;
}
