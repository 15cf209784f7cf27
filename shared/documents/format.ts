import type { CommonTexts } from './texts/types';

/** Text helpers shared by the builders: lists and sentences written the way each language writes them. */

/** "a, b og c" / "a, b och c" / "a, b and c". */
export function joinList(items: readonly string[], common: CommonTexts): string {
  const list = items.filter((item) => item.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} ${common.and} ${list[list.length - 1]}`;
}

/** Ends a user's phrase with a full stop, so the next sentence does not run on from it. */
export const sentence = (text: string): string =>
  /[.!?…:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;

/** Unique values, first occurrence kept. */
export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
