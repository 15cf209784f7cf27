import type { DescribedChange } from '../../../shared/changes';
import type { ChangeTarget } from '../../../shared/model';

/** Which changes the Change log screen lists: all, or those since the last export of a document. */
export type ChangeWindow = 'all' | 'policy' | 'vendors' | 'register';

export interface ChangeFilter {
  /** Only entries made after this time (ISO); null: all. */
  readonly after: string | null;
  readonly area: ChangeTarget | null;
  readonly query: string;
}

/** The changes that pass the filter, in the given order. The search matches item, field and both values. */
export function filterChanges(changes: readonly DescribedChange[], filter: ChangeFilter): DescribedChange[] {
  const after = filter.after === null ? null : Date.parse(filter.after);
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return changes.filter((change) => {
    if (after !== null && !(Date.parse(change.at) > after)) return false;
    if (filter.area && change.target !== filter.area) return false;
    if (words.length === 0) return true;
    const text =
      `${change.kind} ${change.item} ${change.field} ${change.before} ${change.after}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** The screen where an entry's item is edited, if it still exists. */
export function changeRoute(change: DescribedChange, exists: boolean): string | null {
  if (change.target === 'project' || change.target === 'audiences') return '/organisation';
  if (!exists || !change.itemId) return null;
  return `/${change.target}/${change.itemId}`;
}
