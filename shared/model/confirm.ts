import type { Activity } from './activity';
import type { Vendor } from './catalogs';
import { ITEM_KEYS, type ItemKey } from './collections';
import { isConfirmed, type Confirmation } from './confirmation';
import type { Project } from './project';

/**
 * Confirming: the user has read a suggestion (from a template, the vendor library, an import or a merge)
 * and vouches for it. Reading an activity is its review, so it also dates the review; confirming a vendor
 * confirms its facts (entity, locations, mechanism), so it also dates the verification.
 */

export interface ConfirmMoment {
  /** The time of the confirmation (ISO timestamp). */
  readonly at: string;
  /** The user's local date, YYYY-MM-DD: the day of the review or verification. */
  readonly today: string;
}

type Confirmable = { readonly confirmation: Confirmation };

/** An item with its confirmation set; an item already confirmed is returned as it is. */
export function confirmItem<T extends Confirmable>(
  key: ItemKey | 'policy',
  item: T,
  moment: ConfirmMoment,
): T {
  if (isConfirmed(item)) return item;
  const confirmation: Confirmation = { origin: item.confirmation.origin, confirmedAt: moment.at };
  if (key === 'activities') return { ...item, confirmation, lastReviewed: moment.today } as Activity & T;
  if (key === 'vendors') return { ...item, confirmation, lastVerified: moment.today } as Vendor & T;
  return { ...item, confirmation };
}

/** Every item of a list confirmed ("Confirm all" after reading the list). */
export function confirmList<K extends ItemKey>(project: Project, key: K, moment: ConfirmMoment): Project {
  const items = project[key] as readonly Confirmable[];
  return { ...project, [key]: items.map((item) => confirmItem(key, item, moment)) };
}

/** Everything in the project confirmed, the policy's texts included. */
export function confirmEverything(project: Project, moment: ConfirmMoment): Project {
  let result = { ...project, policy: confirmItem('policy', project.policy, moment) };
  for (const key of ITEM_KEYS) result = confirmList(result, key, moment);
  return result;
}

/** The project with one item (by id, or 'policy') confirmed; null when no item has that id. */
export function confirmById(project: Project, id: string, moment: ConfirmMoment): Project | null {
  if (id === 'policy') return { ...project, policy: confirmItem('policy', project.policy, moment) };
  for (const key of ITEM_KEYS) {
    const items = project[key] as readonly (Confirmable & { id: string })[];
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) continue;
    const next = items.slice();
    next[index] = confirmItem(key, items[index]!, moment);
    return { ...project, [key]: next };
  }
  return null;
}

export interface UnconfirmedItem {
  /** The list the item is in, or 'policy' for the policy's own texts. */
  readonly key: ItemKey | 'policy';
  /** The item's id; null for the policy. */
  readonly id: string | null;
  readonly origin: Confirmation['origin'];
}

/** Every suggestion still waiting for the user, the policy first, then list by list in the project's order. */
export function unconfirmedItems(project: Project): UnconfirmedItem[] {
  const result: UnconfirmedItem[] = [];
  if (!isConfirmed(project.policy))
    result.push({ key: 'policy', id: null, origin: project.policy.confirmation.origin });
  for (const key of ITEM_KEYS) {
    for (const item of project[key] as readonly (Confirmable & { id: string })[]) {
      if (!isConfirmed(item)) result.push({ key, id: item.id, origin: item.confirmation.origin });
    }
  }
  return result;
}
