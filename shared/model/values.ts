import type { Language } from '../i18n/languages';
import { anyText } from './localizedText';

/** Plain-data helpers used by the compare screen, the change log, the documents and the file reader. */

/** A JSON object (not null, not an array): what a key can be looked up in. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Structural equality of plain JSON-like data; a key holding undefined counts as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => deepEqual(value, b[i]));
  }
  if (isPlainRecord(a) && isPlainRecord(b)) {
    const keysA = Object.keys(a).filter((key) => a[key] !== undefined);
    const keysB = Object.keys(b).filter((key) => b[key] !== undefined);
    return keysA.length === keysB.length && keysA.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/** An item's name for lists: the text in the project's primary language, or any, or its id. */
export function itemDisplayName(
  item: { id: string } & Record<string, unknown>,
  order: readonly Language[],
): string {
  const name = item.name;
  if (typeof name === 'string' && name.trim()) return name.trim();
  if (isPlainRecord(name)) {
    const text = anyText(name, order);
    if (text) return text;
  }
  return item.id;
}
