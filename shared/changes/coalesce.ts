import type { ChangeEntry } from '../model/changeLog';
import { deepEqual } from '../model/values';
import { setPath } from './paths';

/**
 * Edits are stored per keystroke; the log should say "the description changed from A to B", not list
 * forty entries for one sentence. A new entry is folded into an earlier one about the same field of the
 * same item when the earlier one is recent (COALESCE_WINDOW_MS) and no export happened since it: entries
 * never straddle an export, so "what changed since the export" stays exact.
 */
const COALESCE_WINDOW_MS = 10 * 60 * 1000;

export type CoalesceResult =
  /** Store `entry` as a new entry. */
  | { readonly kind: 'append'; readonly entry: ChangeEntry }
  /** Replace the earlier entry `replaces` (by id) with `entry`. */
  | { readonly kind: 'replace'; readonly replaces: string; readonly entry: ChangeEntry }
  /** The edit undid the earlier entry `removes`: delete it, store nothing. */
  | { readonly kind: 'drop'; readonly removes: string };

const overlaps = (a: readonly string[], b: readonly string[]) =>
  a.length !== b.length && a.slice(0, Math.min(a.length, b.length)).every((s, i) => s === b[i]);

/**
 * How to store `next`, given the earlier entries about the same item (`earlier`, newest first) and the
 * time of the project's latest export ('' when none).
 */
export function coalesce(
  next: ChangeEntry,
  earlier: readonly ChangeEntry[],
  lastExportAt: string,
  windowMs = COALESCE_WINDOW_MS,
): CoalesceResult {
  const append = { kind: 'append', entry: next } as const;
  const nextTime = Date.parse(next.at);
  for (const previous of earlier) {
    if (previous.target !== next.target || previous.itemId !== next.itemId) continue;
    const recent =
      nextTime - Date.parse(previous.at) <= windowMs &&
      (lastExportAt === '' || Date.parse(previous.at) > Date.parse(lastExportAt));
    if (!recent) return append;
    if (previous.action === 'removed') {
      // Deleted and put back as it was (Undo): nothing happened.
      const restored = next.action === 'added' && deepEqual(previous.before, next.after);
      return restored ? { kind: 'drop', removes: previous.id } : append;
    }
    if (previous.action === 'added') {
      if (next.action === 'removed') return { kind: 'drop', removes: previous.id };
      if (next.action !== 'changed') return append;
      // A new item being filled in: the log keeps one "added" entry holding the item as it is now.
      const item = setPath(previous.after, next.path, next.after);
      return {
        kind: 'replace',
        replaces: previous.id,
        entry: { ...previous, itemName: next.itemName, after: item },
      };
    }
    if (next.action !== 'changed') return append;
    if (overlaps(previous.path, next.path)) return append;
    if (previous.path.join('.') !== next.path.join('.')) continue; // another field: they commute
    const merged: ChangeEntry = { ...previous, at: next.at, itemName: next.itemName };
    delete merged.after;
    if (next.after !== undefined) merged.after = next.after;
    if (deepEqual(merged.before, merged.after)) return { kind: 'drop', removes: previous.id };
    return { kind: 'replace', replaces: previous.id, entry: merged };
  }
  return append;
}
