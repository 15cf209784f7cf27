import { cleanText } from './cleanText';

/**
 * Default file names, e.g. "Fortegnelse - ITGuy ApS - 2026-11-22.docx". The organisation's name is user text,
 * so everything a file system refuses or misreads is taken out: path separators, the characters Windows
 * reserves, control characters, and dots or spaces at the end.
 */

const MAX_PART_LENGTH = 80;

export function sanitizeFileNamePart(value: string): string {
  const cleaned = cleanText(value)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is being removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const limited = [...cleaned].slice(0, MAX_PART_LENGTH).join('');
  return limited.replace(/[. ]+$/, '').replace(/^[. ]+/, '');
}

/** "<kind> - <part> - … - <date>.docx", skipping parts that are empty once cleaned. */
export function defaultFileName(kind: string, parts: readonly string[], date: string): string {
  const pieces = [kind, ...parts, date].map(sanitizeFileNamePart).filter(Boolean);
  return `${pieces.join(' - ')}.docx`;
}
