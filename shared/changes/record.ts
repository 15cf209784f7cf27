import { LANGUAGES, type Language } from '../i18n/languages';
import type { ChangeEntry, ChangeTarget } from '../model/changeLog';
import { ITEM_KEYS, type Project } from '../model/project';
import { isLocalizedText } from '../model/localizedText';
import { deepEqual, itemDisplayName } from '../model/values';

/**
 * Turning one edit into change-log entries: the fields that differ between an item's old and new state,
 * each with its old and new value.
 */

export type JsonValue = NonNullable<ChangeEntry['before']>;
type Path = readonly string[];

export interface ChangeContext {
  /** When the change happened (ISO 8601). */
  readonly at: string;
  readonly newId: () => string;
  /** Name order for itemName: the project's primary language first. */
  readonly languages: readonly Language[];
}

/** The name order of a project: primary language first. */
export function nameOrderOf(project: Pick<Project, 'documentLanguages'>): Language[] {
  const primary = project.documentLanguages.primary;
  return [primary, ...LANGUAGES.filter((language) => language !== primary)];
}

/** Fields that change on every save and are not register content. */
const NOT_LOGGED: Readonly<Record<ChangeTarget, ReadonlySet<string>>> = {
  project: new Set([
    'id',
    'name',
    'createdAt',
    'updatedAt',
    'exportHistory',
    'changeLog',
    'deletedAt',
    'changeLogSince',
    ...ITEM_KEYS,
  ]),
  activities: new Set(['id', 'createdAt', 'updatedAt']),
  dataSubjects: new Set(['id']),
  dataCategories: new Set(['id']),
  sources: new Set(['id']),
  recipients: new Set(['id']),
  vendors: new Set(['id']),
  securityMeasures: new Set(['id']),
  customers: new Set(['id']),
  audiences: new Set(['id']),
};

/**
 * The logo is up to 2 MB; the log keeps only what kind of image it was and its size. Such an entry
 * cannot be undone by rollback.ts, which is fine: no document compares logos across time.
 */
const SUMMARISED_PATHS: readonly Path[] = [['branding', 'logo']];

function isSummarised(target: ChangeTarget, path: Path): boolean {
  return target === 'project' && SUMMARISED_PATHS.some((p) => p.join('.') === path.join('.'));
}

function summariseLogo(value: unknown): JsonValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return value as JsonValue;
  const logo = value as { mediaType?: unknown; dataBase64?: unknown };
  const base64 = typeof logo.dataBase64 === 'string' ? logo.dataBase64 : '';
  return { mediaType: String(logo.mediaType ?? ''), bytes: Math.floor((base64.length * 3) / 4) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep copy of a JSON value; undefined stays undefined. */
function copy(value: unknown): JsonValue | undefined {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as JsonValue);
}

interface FieldChange {
  readonly path: string[];
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * The fields that differ, at most `depth` levels deep: objects are opened ("organisation" → "city"),
 * lists and text per language are compared whole.
 */
export function fieldChanges(
  before: unknown,
  after: unknown,
  excluded: ReadonlySet<string> = new Set(),
  depth = 2,
  path: string[] = [],
): FieldChange[] {
  if (deepEqual(before, after)) return [];
  const open =
    isPlainObject(before) &&
    isPlainObject(after) &&
    (path.length === 0 || (path.length < depth && !isLocalizedText(before) && !isLocalizedText(after)));
  if (!open) return [{ path, before, after }];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => !(path.length === 0 && excluded.has(key)))
    .flatMap((key) => fieldChanges(before[key], after[key], excluded, depth, [...path, key]));
}

/** An item's name for the log, in the project's name order. */
function labelOf(item: object | null, languages: readonly Language[]): string {
  if (!item) return '';
  return itemDisplayName(item as { id: string } & Record<string, unknown>, languages).slice(0, 500);
}

function entry(
  context: ChangeContext,
  fields: Omit<ChangeEntry, 'id' | 'at' | 'before' | 'after'> & { before?: unknown; after?: unknown },
): ChangeEntry {
  const { before, after, ...rest } = fields;
  const result: ChangeEntry = { id: context.newId(), at: context.at, ...rest };
  const b = copy(before);
  const a = copy(after);
  if (b !== undefined) result.before = b;
  if (a !== undefined) result.after = a;
  return result;
}

/**
 * The entries for one item going from `before` to `after` (null: it did not exist / no longer exists).
 * Items are logged whole when added or removed, so that the register of an earlier day can be rebuilt.
 */
export function itemChanges<T extends { id: string }>(
  target: Exclude<ChangeTarget, 'project'>,
  before: T | null,
  after: T | null,
  context: ChangeContext,
): ChangeEntry[] {
  const itemId = (after ?? before)?.id;
  if (!itemId) return [];
  const itemName = labelOf(after ?? before, context.languages);
  if (!before) return [entry(context, { target, itemId, itemName, action: 'added', path: [], after })];
  if (!after) return [entry(context, { target, itemId, itemName, action: 'removed', path: [], before })];
  return fieldChanges(before, after, NOT_LOGGED[target]).map((change) =>
    entry(context, { target, itemId, itemName, action: 'changed', ...change }),
  );
}

/** The entries for the project's own settings (organisation, contact, policy settings, branding …). */
export function projectSettingChanges(before: object, after: object, context: ChangeContext): ChangeEntry[] {
  return fieldChanges(before, after, NOT_LOGGED.project).map((change) =>
    entry(context, {
      target: 'project',
      itemId: null,
      itemName: '',
      action: 'changed',
      path: change.path,
      before: isSummarised('project', change.path) ? summariseLogo(change.before) : change.before,
      after: isSummarised('project', change.path) ? summariseLogo(change.after) : change.after,
    }),
  );
}

/** Everything that differs between two states of a whole project (e.g. after a merge), as entries. */
export function projectChanges(before: Project, after: Project, context: ChangeContext): ChangeEntry[] {
  const entries = projectSettingChanges(before, after, context);
  for (const key of ITEM_KEYS) {
    const oldItems = new Map((before[key] as readonly { id: string }[]).map((item) => [item.id, item]));
    const newIds = new Set<string>();
    for (const item of after[key] as readonly { id: string }[]) {
      newIds.add(item.id);
      entries.push(...itemChanges(key, oldItems.get(item.id) ?? null, item, context));
    }
    for (const [id, item] of oldItems)
      if (!newIds.has(id)) entries.push(...itemChanges(key, item, null, context));
  }
  return entries;
}

export { isSummarised };
