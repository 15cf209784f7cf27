import * as z from 'zod';
import { CATALOG_KEYS, IdSchema, ITEM_KEYS, newId, ProjectObjectSchema } from '../../shared/model';
import type { ItemTableName, KartotekDatabase, ProjectCore } from './database';
import { updateItem, updateProjectCore } from './items';

/**
 * Every edit is stored at once, but an IndexedDB transaction still running when the page goes away is
 * aborted: the last keystroke before closing a tab would be lost. So each edit is first written,
 * synchronously, to a write-ahead journal in localStorage (a page that closes still finishes a
 * synchronous write), and leaves the journal when its transaction has committed. What is still in the
 * journal of a tab that is gone may never have been stored: it is applied again through updateItem, so
 * the change log records it (and changes nothing when it was stored after all). The registry also knows the transactions in flight, so the desktop host can
 * wait for them before it closes the window. Nothing waits in the page to be written (each edit starts its
 * transaction at once), so pagehide has nothing to flush: a tab cannot be waited for, the journal covers it.
 *
 * An entry holds only the leaves the edit changed (e.g. ["name", "da"] → "Løn"), not the whole item:
 * applied late, it cannot undo what another window changed in the item's other fields meanwhile.
 */

/** What an edit changes: one item of a table, or the project's own fields. */
export type EditTarget =
  | { projectId: string; table: ItemTableName; itemId: string }
  | { projectId: string; table: 'project'; itemId: null };

const KEY_PREFIX = 'kartotek.pending-edit.';
const LOCK_PREFIX = 'kartotek.session.';

/** Object keys that would reach a prototype instead of the item, refused in entries from storage. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const PatchSchema = z
  .array(
    z
      .object({
        path: z
          .array(z.string().refine((key) => !UNSAFE_KEYS.has(key)))
          .min(1)
          .max(16),
        /** Absent: the edit removed the key. */
        value: z.json().optional(),
      })
      .strict(),
  )
  .min(1)
  .max(1000);
type Patch = z.infer<typeof PatchSchema>;

const EntrySchema = z
  .object({
    session: IdSchema,
    seq: z.number().int().nonnegative(),
    projectId: IdSchema,
    table: z.enum(['project', ...ITEM_KEYS]),
    itemId: IdSchema.nullable(),
    patch: PatchSchema,
  })
  .strict()
  .refine((entry) => (entry.table === 'project') === (entry.itemId === null));
type Entry = z.infer<typeof EntrySchema>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The leaves that differ; arrays count as leaves (a list is replaced whole). */
export function patchOf(before: unknown, after: unknown, path: string[] = []): Patch {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => patchOf(before[key], after[key], [...path, key]));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [after === undefined ? { path } : { path, value: after as Patch[number]['value'] }];
}

function applyPatch<T>(item: T, patch: Patch): T {
  const set = (target: unknown, [key, ...rest]: string[], value: unknown): unknown => {
    const { [key!]: old, ...others } = isPlainObject(target) ? target : {};
    const next = rest.length === 0 ? value : set(old, rest, value);
    return next === undefined ? others : { ...others, [key!]: next };
  };
  return patch.reduce<unknown>((result, { path, value }) => set(result, path, value), item) as T;
}

/** The model's rule for one item of a table, or for the project's own fields. */
const PROJECT_CORE_SCHEMA = ProjectObjectSchema.omit({
  ...Object.fromEntries(CATALOG_KEYS.map((key) => [key, true] as const)),
  activities: true,
  changeLog: true,
} as Record<(typeof CATALOG_KEYS)[number] | 'activities' | 'changeLog', true>);
const accepts = (table: Entry['table'], value: unknown): boolean =>
  table === 'project'
    ? PROJECT_CORE_SCHEMA.safeParse(value).success
    : ProjectObjectSchema.shape[table].safeParse([value]).success;

/**
 * The change an entry makes to what is stored now: the item itself (nothing to store, nothing to log) when
 * the edit is there already — it committed after all, or another tab replayed it — or when the entry would
 * make a valid item invalid (a damaged or planted entry).
 */
function replayChange<T>(table: Entry['table'], patch: Patch) {
  return (current: T): T => {
    const next = applyPatch(current, patch);
    if (patchOf(current, next).length === 0) return current;
    return accepts(table, next) || !accepts(table, current) ? next : current;
  };
}

/** The part of localStorage the journal uses (tests pass their own). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function readEntries(storage: JournalStorage): { key: string; entry: Entry | null }[] {
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key?.startsWith(KEY_PREFIX) ?? false,
  );
  return keys.map((key) => {
    try {
      const parsed = EntrySchema.safeParse(JSON.parse(storage.getItem(key) ?? ''));
      return { key, entry: parsed.success ? parsed.data : null };
    } catch {
      return { key, entry: null };
    }
  });
}

/**
 * Applies, oldest first, the journal entries of the sessions `abandoned` names, and removes them, together
 * with entries that cannot be read (damaged or planted: ignored, never applied). An entry that can no
 * longer apply (its item was deleted since) is dropped.
 */
export async function replayJournal(
  db: KartotekDatabase,
  storage: JournalStorage,
  abandoned: (session: string) => boolean,
): Promise<void> {
  const entries = readEntries(storage);
  for (const { key, entry } of entries) if (!entry) storage.removeItem(key);
  const due = entries
    .filter((e): e is { key: string; entry: Entry } => e.entry !== null && abandoned(e.entry.session))
    .sort((a, b) => a.entry.seq - b.entry.seq);
  for (const { key, entry } of due) {
    try {
      if (entry.table === 'project') {
        await updateProjectCore(db, entry.projectId, replayChange<ProjectCore>('project', entry.patch));
      } else if (entry.itemId !== null) {
        const table = entry.table;
        await updateItem(db, entry.projectId, table, entry.itemId, replayChange(table, entry.patch));
      }
    } catch (error) {
      console.warn(`Kartotek could not apply an edit kept from a closed window: ${String(error)}`);
    }
    storage.removeItem(key);
  }
}

/**
 * The edits in flight of this page. `shown` is the target as the page shows it: what `change` is applied to
 * for the journal entry (the transaction applies it to what is stored, as always).
 */
export function createPendingWrites(storage: JournalStorage | null, session: string) {
  const inFlight = new Set<Promise<void>>();
  // The target as this page's own edits in flight leave it: the next edit's base, since the shown value
  // lags behind them while their transactions run.
  const projected = new Map<string, { value: unknown; edits: number }>();
  let seq = 0;

  function journal(entry: Entry): string | null {
    if (!storage) return null;
    const key = `${KEY_PREFIX}${session}.${entry.seq}`;
    try {
      storage.setItem(key, JSON.stringify(entry));
      return key;
    } catch {
      // Storage full or refused: the edit is still stored, only without the safety net.
      return null;
    }
  }

  return {
    session,
    /** Journals the edit, runs `store` (the transaction) and clears the entry once it has committed. */
    write<T>(
      target: EditTarget,
      shown: T,
      change: (value: T) => T,
      store: () => Promise<void>,
    ): Promise<void> {
      const targetKey = `${target.projectId}/${target.table}/${target.itemId ?? ''}`;
      const base = projected.get(targetKey);
      const next = change((base ? base.value : shown) as T);
      const patch = patchOf(base ? base.value : shown, next);
      const entryKey =
        patch.length > 0
          ? journal({ ...target, session, seq: Date.now() * 1000 + (seq++ % 1000), patch })
          : null;
      projected.set(targetKey, { value: next, edits: (base?.edits ?? 0) + 1 });
      const done = store().finally(() => {
        if (entryKey) storage?.removeItem(entryKey);
        const current = projected.get(targetKey);
        if (current && --current.edits === 0) projected.delete(targetKey);
        inFlight.delete(done);
      });
      inFlight.add(done);
      return done;
    },
    /** Resolves when every edit made so far has committed or failed. */
    async settled(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

type PendingWrites = ReturnType<typeof createPendingWrites>;

function browserStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage disabled by the browser's settings.
    return null;
  }
}

const locks = (): LockManager | null =>
  typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;

/**
 * This page's writes. Each page holds a Web Lock named after its session for as long as it lives: another
 * tab replays a session's entries only once it can take that lock, i.e. once the page is gone — never the
 * entries of a tab that is still typing.
 */
export const pendingWrites: PendingWrites = (() => {
  const writes = createPendingWrites(browserStorage(), newId());
  void locks()?.request(`${LOCK_PREFIX}${writes.session}`, () => new Promise<never>(() => undefined));
  return writes;
})();

/**
 * On opening the database: applies what closed tabs left in the journal, before the first render. Entries of
 * a tab that is still open (or still closing) are applied by this page as soon as that tab is gone.
 */
export async function replayAbandonedEdits(db: KartotekDatabase): Promise<void> {
  const storage = browserStorage();
  const lockManager = locks();
  if (!storage) return;
  if (!lockManager) return replayJournal(db, storage, (session) => session !== pendingWrites.session);
  const sessions = new Set(
    readEntries(storage).flatMap(({ entry }) =>
      entry && entry.session !== pendingWrites.session ? [entry.session] : [],
    ),
  );
  const replaySession = (session: string) => replayJournal(db, storage, (s) => s === session);
  await Promise.all(
    [...sessions].map((session) =>
      lockManager.request(`${LOCK_PREFIX}${session}`, { ifAvailable: true }, async (lock) => {
        if (lock) return replaySession(session);
        void lockManager.request(`${LOCK_PREFIX}${session}`, () => replaySession(session));
      }),
    ),
  );
}
