import { LANGUAGES, type Language } from '../i18n/languages';
import { CATALOG_KEYS, ProjectSchema, type Project } from '../model/project';
import { projectChanges } from '../changes/record';
import { deepEqual, itemDisplayName } from '../model/values';
import { newId } from '../model/factories';
import { suggestedBy } from '../model/confirmation';
import type { PathSegment } from './errors';

/**
 * Compare and merge two versions of one project — the consultant's round trip: the local copy and
 * the file that came back by e-mail. Pure functions on plain Project snapshots.
 *
 * Granularity of choices:
 *   - items: every activity and every catalog item (all catalogs, joint controllers included), by id;
 *   - settings: each field of organisation, policy and branding on its own, and the project name,
 *     DPO/contact, representative and document languages each as a whole (their fields only make
 *     sense together).
 * The export history is not a choice: it only grows, so the merge keeps the union of both.
 *
 * References stay intact. Choices are applied first; then every id the merged activities (and export
 * records) refer to must exist. When it does not, the item is brought in anyway and reported:
 *   - an incoming activity refers to an incoming catalog item the user did not take → the item is
 *     taken from the file ("includedForReference");
 *   - a kept activity refers to an item the user chose to remove (it was removed in the file) → the
 *     item is kept ("keptForReference").
 * Taking the item silently would hide a choice the user made; refusing the merge would block a merge
 * whose result is otherwise what they asked for. Reporting it lets the UI say what happened.
 */

export const COLLECTION_KEYS = ['activities', ...CATALOG_KEYS, 'jointControllers'] as const;
type CollectionKey = (typeof COLLECTION_KEYS)[number];

export type ChangeKind = 'added' | 'changed' | 'removed';
export type Side = 'local' | 'incoming';

/** One activity or catalog item that differs. `key` is what a choice is given for. */
export interface ItemChange {
  key: string;
  collection: CollectionKey;
  id: string;
  kind: ChangeKind;
  /** Display names on each side; null on the side where the item does not exist. */
  localName: string | null;
  incomingName: string | null;
  /** For "changed": the fields that differ, relative to the item, e.g. ["name", "da"] or ["vendorIds"]. */
  fields: PathSegment[][];
}

type SettingsSection =
  | 'project'
  | 'organisation'
  | 'privacyContact'
  | 'representative'
  | 'documentLanguages'
  | 'policy'
  | 'branding';

/** One project-level setting that differs. */
export interface SettingChange {
  key: string;
  section: SettingsSection;
  /** From the project root, e.g. ["organisation", "city"] or ["representative"]. */
  path: PathSegment[];
  /** The fields inside it that differ, relative to `path` (e.g. ["da"] for a translated text). */
  fields: PathSegment[][];
  local: unknown;
  incoming: unknown;
}

export interface ProjectDiff {
  sameProject: boolean;
  items: ItemChange[];
  settings: SettingChange[];
  /** Export records only the file has; a merge adds them. */
  incomingExportRecords: number;
  identical: boolean;
}

export type MergeChoices = Readonly<Record<string, Side>>;

interface MergeAdjustment {
  kind: 'includedForReference' | 'keptForReference';
  collection: CollectionKey;
  id: string;
  name: string;
}

export interface MergeResult {
  project: Project;
  adjustments: MergeAdjustment[];
}

type Item = { id: string } & Record<string, unknown>;

// ---------------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The leaf paths where two values differ; lists are compared whole (their order matters). */
function differingPaths(a: unknown, b: unknown, prefix: PathSegment[] = []): PathSegment[][] {
  if (deepEqual(a, b)) return [];
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differingPaths(a[key], b[key], [...prefix, key]));
  }
  return [prefix];
}

function nameOrder(project: Project): Language[] {
  const primary = project.documentLanguages.primary;
  return [primary, ...LANGUAGES.filter((language) => language !== primary)];
}

function itemsOf(project: Project, collection: CollectionKey): readonly Item[] {
  return project[collection];
}

function byId(items: readonly Item[]): Map<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

function itemKey(collection: CollectionKey, id: string): string {
  return `${collection}:${id}`;
}

/** Settings compared (and chosen) field by field; the others are compared as a whole. */
const PER_FIELD_SECTIONS = ['organisation', 'policy', 'branding'] as const;
const WHOLE_SECTIONS = ['privacyContact', 'representative', 'documentLanguages'] as const;

interface SettingUnit {
  key: string;
  section: SettingsSection;
  path: [string] | [string, string];
}

function settingUnits(local: Project, incoming: Project): SettingUnit[] {
  const units: SettingUnit[] = [{ key: 'settings:name', section: 'project', path: ['name'] }];
  for (const section of PER_FIELD_SECTIONS) {
    const fields = [...new Set([...Object.keys(local[section]), ...Object.keys(incoming[section])])];
    for (const field of fields)
      units.push({ key: `settings:${section}.${field}`, section, path: [section, field] });
  }
  for (const section of WHOLE_SECTIONS) units.push({ key: `settings:${section}`, section, path: [section] });
  return units;
}

function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let current = root;
  for (const segment of path.slice(0, -1)) current = current[segment] as Record<string, unknown>;
  current[path[path.length - 1]!] = structuredClone(value);
}

// ---------------------------------------------------------------------------------------------------

/** What differs between the local project and the incoming one (typically from a file). */
export function diffProjects(local: Project, incoming: Project): ProjectDiff {
  const localOrder = nameOrder(local);
  const incomingOrder = nameOrder(incoming);
  const items: ItemChange[] = [];
  for (const collection of COLLECTION_KEYS) {
    const localItems = itemsOf(local, collection);
    const incomingItems = itemsOf(incoming, collection);
    const localById = byId(localItems);
    const incomingById = byId(incomingItems);
    for (const item of localItems) {
      const other = incomingById.get(item.id);
      if (!other) {
        items.push({
          key: itemKey(collection, item.id),
          collection,
          id: item.id,
          kind: 'removed',
          localName: itemDisplayName(item, localOrder),
          incomingName: null,
          fields: [],
        });
      } else if (!deepEqual(item, other)) {
        items.push({
          key: itemKey(collection, item.id),
          collection,
          id: item.id,
          kind: 'changed',
          localName: itemDisplayName(item, localOrder),
          incomingName: itemDisplayName(other, incomingOrder),
          fields: differingPaths(item, other),
        });
      }
    }
    for (const item of incomingItems) {
      if (!localById.has(item.id)) {
        items.push({
          key: itemKey(collection, item.id),
          collection,
          id: item.id,
          kind: 'added',
          localName: null,
          incomingName: itemDisplayName(item, incomingOrder),
          fields: [],
        });
      }
    }
  }

  const settings: SettingChange[] = [];
  for (const unit of settingUnits(local, incoming)) {
    const a = getAt(local, unit.path);
    const b = getAt(incoming, unit.path);
    if (!deepEqual(a, b)) {
      settings.push({ ...unit, path: [...unit.path], fields: differingPaths(a, b), local: a, incoming: b });
    }
  }

  const localExports = new Set(local.exportHistory.map((record) => record.id));
  const incomingExportRecords = incoming.exportHistory.filter(
    (record) => !localExports.has(record.id),
  ).length;
  return {
    sameProject: local.id === incoming.id,
    items,
    settings,
    incomingExportRecords,
    identical: items.length === 0 && settings.length === 0 && incomingExportRecords === 0,
  };
}

/** The same side for every difference, e.g. "take everything from the file". */
export function chooseAll(diff: ProjectDiff, side: Side): Record<string, Side> {
  return Object.fromEntries([...diff.items, ...diff.settings].map((change) => [change.key, side]));
}

/** Every id the activities and export records of a project refer to, per collection. */
function referencedIds(
  project: Pick<Project, 'activities' | 'exportHistory'>,
): Map<CollectionKey, Set<string>> {
  const refs = new Map<CollectionKey, Set<string>>(COLLECTION_KEYS.map((key) => [key, new Set<string>()]));
  const add = (collection: CollectionKey, ids: Iterable<string>) => {
    for (const id of ids) refs.get(collection)!.add(id);
  };
  for (const activity of project.activities) {
    add('customers', activity.customerIds);
    add('jointControllers', activity.jointControllerIds);
    add('dataSubjects', activity.dataSubjectIds);
    add('dataCategories', activity.dataCategoryIds);
    add(
      'dataSubjects',
      activity.subjectData.map((link) => link.dataSubjectId),
    );
    add(
      'dataCategories',
      activity.subjectData.map((link) => link.dataCategoryId),
    );
    add('sources', activity.sourceIds);
    add(
      'recipients',
      activity.recipients.map((link) => link.recipientId),
    );
    add(
      'dataCategories',
      activity.recipients.flatMap((link) => link.dataCategoryIds),
    );
    add('vendors', activity.vendorIds);
    add('securityMeasures', activity.securityMeasureIds);
    add('audiences', activity.audienceIds);
  }
  for (const record of project.exportHistory)
    if (record.audienceId !== null) add('audiences', [record.audienceId]);
  return refs;
}

/**
 * What a merge takes from the other file is that file's version, which this user has not read: it becomes
 * a suggestion again, whatever the other file said.
 */
function suggestedByMerge(item: Item): Item {
  return 'confirmation' in item ? { ...item, confirmation: suggestedBy('merge') } : item;
}

/**
 * One collection after the choices, in local order (changed items in the chosen version, removed ones
 * dropped when the file's side was chosen). Items only the file has are placed right after the item
 * that precedes them in the file, or first when nothing does. A change of order alone is not a
 * difference. `forced` holds ids that must be present whatever was chosen (references).
 */
function mergeCollection(
  collection: CollectionKey,
  local: Project,
  incoming: Project,
  choose: (key: string) => Side,
  forced: ReadonlySet<string>,
): Item[] {
  const incomingById = byId(itemsOf(incoming, collection));
  const localById = byId(itemsOf(local, collection));
  const result: Item[] = [];
  for (const item of itemsOf(local, collection)) {
    const other = incomingById.get(item.id);
    const side = choose(itemKey(collection, item.id));
    if (!other) {
      if (side === 'local' || forced.has(item.id)) result.push(item);
    } else {
      result.push(side === 'incoming' ? suggestedByMerge(other) : item);
    }
  }
  let previous: string | null = null;
  for (const item of itemsOf(incoming, collection)) {
    const taken =
      !localById.has(item.id) && (choose(itemKey(collection, item.id)) === 'incoming' || forced.has(item.id));
    if (taken) {
      const after = previous === null ? -1 : result.findIndex((candidate) => candidate.id === previous);
      result.splice(after + 1, 0, suggestedByMerge(item));
    }
    if (taken || result.some((candidate) => candidate.id === item.id)) previous = item.id;
  }
  return result;
}

/**
 * The project after the user's choices (a missing choice keeps the local side). The result keeps the
 * local project's id and creation time and is stamped `now`; it is validated before it is returned,
 * so the caller can write it without further checks.
 */
export function mergeProjects(
  local: Project,
  incoming: Project,
  choices: MergeChoices,
  options: { now: string; newId?: () => string },
): MergeResult {
  const choose = (key: string): Side => (Object.hasOwn(choices, key) ? choices[key]! : 'local');

  const merged = structuredClone(local) as Project & Record<string, unknown>;
  for (const unit of settingUnits(local, incoming)) {
    if (choose(unit.key) === 'incoming') setAt(merged, unit.path, getAt(incoming, unit.path));
  }

  const localExportIds = new Set(local.exportHistory.map((record) => record.id));
  merged.exportHistory = [
    ...structuredClone(local.exportHistory),
    ...structuredClone(incoming.exportHistory.filter((record) => !localExportIds.has(record.id))),
  ].sort((a, b) => a.at.localeCompare(b.at));

  const forced = new Map<CollectionKey, Set<string>>(COLLECTION_KEYS.map((key) => [key, new Set<string>()]));
  const adjustments: MergeAdjustment[] = [];
  // Catalog items refer to nothing, so one repair round suffices; the loop only guards that belief.
  for (let round = 0; round < COLLECTION_KEYS.length + 1; round++) {
    for (const collection of COLLECTION_KEYS) {
      (merged as Record<string, unknown>)[collection] = structuredClone(
        mergeCollection(collection, local, incoming, choose, forced.get(collection)!),
      );
    }
    let repaired = false;
    for (const [collection, ids] of referencedIds(merged)) {
      const present = new Set(itemsOf(merged, collection).map((item) => item.id));
      for (const id of ids) {
        if (present.has(id) || forced.get(collection)!.has(id)) continue;
        const fromLocal = byId(itemsOf(local, collection)).get(id);
        const fromIncoming = byId(itemsOf(incoming, collection)).get(id);
        const source = fromLocal ?? fromIncoming;
        if (!source) continue; // cannot happen for valid inputs; validation below would say so
        forced.get(collection)!.add(id);
        repaired = true;
        adjustments.push({
          kind: fromLocal ? 'keptForReference' : 'includedForReference',
          collection,
          id,
          name: itemDisplayName(source, nameOrder(fromLocal ? local : incoming)),
        });
      }
    }
    if (!repaired) break;
  }

  merged.updatedAt = options.now;
  // The log keeps the local history and records what this merge took from the other side; the other
  // file's own history is not copied, since most of it describes changes that were not taken.
  const taken = projectChanges(local, merged, {
    at: options.now,
    newId: options.newId ?? newId,
    languages: nameOrder(local),
  });
  merged.changeLog = { ...local.changeLog, entries: [...structuredClone(local.changeLog.entries), ...taken] };
  const checked = ProjectSchema.safeParse(merged);
  if (!checked.success) {
    throw new Error(
      `the merged project is not valid: ${checked.error.issues[0]?.message ?? 'unknown problem'}`,
    );
  }
  return { project: checked.data, adjustments };
}
