import {
  COLLECTION_KEYS,
  type ChangeKind,
  type ItemChange,
  type MergeChoices,
  type ProjectDiff,
  type Side,
} from '../../../shared/project-file';

/**
 * What the Compare screen shows of a diff and of the user's choices, as plain functions. A difference the
 * user has not chosen for keeps the local version: nothing changes unless asked for.
 */

export function sideOf(choices: MergeChoices, key: string): Side {
  return choices[key] ?? 'local';
}

/** How many differences will be taken from the file. */
export function takenFromFile(diff: ProjectDiff, choices: MergeChoices): number {
  return [...diff.items, ...diff.settings].filter((change) => sideOf(choices, change.key) === 'incoming')
    .length;
}

export type DiffCounts = Record<ChangeKind | 'settings', number>;

export function diffCounts(diff: ProjectDiff): DiffCounts {
  const ofKind = (kind: ChangeKind) => diff.items.filter((item) => item.kind === kind).length;
  return {
    added: ofKind('added'),
    changed: ofKind('changed'),
    removed: ofKind('removed'),
    settings: diff.settings.length,
  };
}

export type Collection = ItemChange['collection'];

/** The changed items per list, in the order of the navigation; lists without changes are left out. */
export function changesByCollection(diff: ProjectDiff): { collection: Collection; changes: ItemChange[] }[] {
  return COLLECTION_KEYS.map((collection) => ({
    collection,
    changes: diff.items.filter((item) => item.collection === collection),
  })).filter((group) => group.changes.length > 0);
}

/** The lists the navigation does not name: the Compare screen names them itself. */
type UnnamedInNav = 'audiences' | 'jointControllers';

/** The UI text that names a list: the navigation's, or the Compare screen's own. */
export function collectionHeadingKey(
  collection: Collection,
): `files.compare.collections.${UnnamedInNav}` | `nav.${Exclude<Collection, UnnamedInNav>}` {
  return collection === 'audiences' || collection === 'jointControllers'
    ? `files.compare.collections.${collection}`
    : `nav.${collection}`;
}

/** An item by its name here (or the file's when it is only there), and a rename as "old → new". */
export function itemTitle(change: ItemChange): { name: string; title: string } {
  const name = change.localName ?? change.incomingName ?? change.id;
  const renamed =
    change.kind === 'changed' && change.incomingName !== null && change.incomingName !== change.localName;
  return { name, title: renamed ? `${change.localName} → ${change.incomingName}` : name };
}
