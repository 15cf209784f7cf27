import * as z from 'zod';
import { ITEM_KEYS } from './collections';
import { IdSchema, ShortTextSchema, TimestampSchema } from './primitives';

/**
 * The change log (issue 7, item 4): every change to the register, when, what, and the old and new value.
 * It lives in the project (and so in the project file): a consultant who e-mails a register sends its
 * history with it, and `kartotek export audit-pack` from a file can show it.
 *
 * Values are stored as they were (whole items for "added" and "removed", the field's value for "changed"),
 * so the register as it was at any earlier time can be rebuilt by undoing the later entries (rollback.ts).
 * That is what "changes since the last export" in the policy and the vendor overview are computed from.
 */

/** What an entry is about: a catalog or the activities (then itemId names the item), or the project's own settings. */
export const CHANGE_TARGETS = ['project', ...ITEM_KEYS] as const;
export type ChangeTarget = (typeof CHANGE_TARGETS)[number];

export const CHANGE_ACTIONS = ['added', 'changed', 'removed'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** The same value with object keys in sorted order, so a saved file does not depend on how values were built. */
function canonicalJson(value: z.core.util.JSONType): z.core.util.JSONType {
  if (Array.isArray(value)) return value.map(canonicalJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonicalJson(value[key] as z.core.util.JSONType)]),
  );
}
const JsonValueSchema = z.json().overwrite(canonicalJson);

/** Field names of the model: plain identifiers or list positions. */
const PathSegmentSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/);

const ChangeEntrySchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    target: z.enum(CHANGE_TARGETS),
    /** The item's id; null for the project's own settings. */
    itemId: IdSchema.nullable(),
    /** The item's name when the entry was made, so an entry about a removed item still says what it was. */
    itemName: ShortTextSchema,
    action: z.enum(CHANGE_ACTIONS),
    /** For "changed": the field, e.g. ["retention", "text"]; empty for "added" and "removed". */
    path: z.array(PathSegmentSchema).max(4),
    /** The value before (absent for "added", or when the field did not exist). */
    before: JsonValueSchema.optional(),
    /** The value after (absent for "removed", or when the field no longer exists). */
    after: JsonValueSchema.optional(),
  })
  .strict();
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** Far above a real register's history (each entry coalesces a burst of edits to one field). */
const MAX_CHANGE_ENTRIES = 200_000;

export const ChangeLogSchema = z
  .object({
    /**
     * Since when every change is in `entries`: the project's creation, or for a project from an older file
     * the time that file was saved. The register as it was before this cannot be rebuilt from the log.
     */
    since: TimestampSchema,
    /** Oldest first. */
    entries: z.array(ChangeEntrySchema).max(MAX_CHANGE_ENTRIES),
  })
  .strict();
