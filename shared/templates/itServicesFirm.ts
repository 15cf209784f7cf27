import type { Wording } from '../model/primitives';
import type { Jurisdiction } from '../model/organisation';
import {
  itFirmActivities,
  STARTER_ACTIVITY_KEYS,
  type StarterActivityKey,
} from './itServicesFirm/activities';
import { templateVariant, text, type VendorSuggestion } from './templateTypes';

/**
 * The "IT services firm" starter register: the 12 activities small Danish and Swedish IT firms' own policies
 * show, each with purposes and their own legal bases, data subject and data categories, sources, recipients,
 * retention, security measures, audiences and suggested vendors from the library.
 *
 * This module is what the first-run wizard and the CLI read: the activity list with names per language for
 * "choose starter activities", and the suggested library vendors per activity for "tick the vendors you use".
 * buildStarterProject (./buildStarterProject) turns a choice into a project.
 */

export { STARTER_ACTIVITY_KEYS, type StarterActivityKey } from './itServicesFirm/activities';

export const IT_SERVICES_FIRM_TEMPLATE = {
  /** The id the CLI takes: `kartotek new --template it-firm`. */
  id: 'it-firm',
  name: text('IT-virksomhed', 'IT-företag', 'IT services firm'),
  description: text(
    'En startfortegnelse for en lille IT-virksomhed: hjemmeside, kunder, support, drift for kunder som databehandler, medarbejdere og de øvrige behandlinger, som sådanne virksomheder typisk har.',
    'Ett startregister för ett litet IT-företag: webbplats, kunder, support, drift åt kunder som personuppgiftsbiträde, anställda och de övriga behandlingar som sådana företag vanligtvis har.',
    'A starter record for a small IT firm: website, customers, support, operations for customers as a processor, employees and the other processing such firms typically carry out.',
  ),
} as const;

export interface StarterActivityInfo {
  readonly key: StarterActivityKey;
  readonly name: Wording;
  readonly description: Wording;
  readonly role: 'controller' | 'processor';
  /** Register only: it appears in no policy (e.g. processing carried out as a processor). */
  readonly internalOnly: boolean;
  /**
   * True for the processor activity: it is only built together with the customers (controllers) it is carried
   * out for (Art. 30(2)(a); BuildStarterProjectOptions.customers), since the template never invents any.
   */
  readonly needsCustomers: boolean;
  /**
   * Library vendors offered for the activity in this jurisdiction, the usual ones first; none is added unless
   * the user chooses it.
   */
  readonly suggestedVendors: readonly VendorSuggestion[];
}

export function isStarterActivityKey(value: unknown): value is StarterActivityKey {
  return typeof value === 'string' && (STARTER_ACTIVITY_KEYS as readonly string[]).includes(value);
}

/** The template's activities for a jurisdiction, in the order the wizard lists them. */
export function starterActivities(jurisdiction: Jurisdiction): readonly StarterActivityInfo[] {
  return itFirmActivities(templateVariant(jurisdiction)).map((activity) => ({
    key: activity.key,
    name: activity.name,
    description: activity.description,
    role: activity.role,
    internalOnly: activity.internalOnly,
    needsCustomers: activity.needsCustomers,
    suggestedVendors: activity.vendors,
  }));
}

let needingCustomers: ReadonlySet<StarterActivityKey> | undefined;

/**
 * True for the activities the template carries out as a processor (the key "itOperations"): such an activity
 * can only be built together with the customers (controllers) it is carried out for (Art. 30(2)(a)), since the
 * template never invents any. The same in every jurisdiction.
 */
export function activityNeedsCustomers(key: StarterActivityKey): boolean {
  needingCustomers ??= new Set(
    itFirmActivities(templateVariant('other'))
      .filter((a) => a.needsCustomers)
      .map((a) => a.key),
  );
  return needingCustomers.has(key);
}

/**
 * The activities buildStarterProject includes when none are chosen: all of them when customers are given,
 * otherwise all but those that need customers (see activityNeedsCustomers).
 */
export function defaultActivityKeys(withCustomers: boolean): StarterActivityKey[] {
  return STARTER_ACTIVITY_KEYS.filter((key) => withCustomers || !activityNeedsCustomers(key));
}

export interface VendorSuggestionFor {
  readonly libraryId: string;
  /** The chosen activities the vendor is suggested for, in template order. */
  readonly activityKeys: readonly StarterActivityKey[];
}

/** Every library vendor suggested for the chosen activities, each once in activity order, with what it serves. */
export function vendorSuggestions(
  jurisdiction: Jurisdiction,
  activityKeys: readonly StarterActivityKey[] = STARTER_ACTIVITY_KEYS,
): VendorSuggestionFor[] {
  const wanted = new Set(activityKeys);
  const byId = new Map<string, StarterActivityKey[]>();
  for (const activity of starterActivities(jurisdiction)) {
    if (!wanted.has(activity.key)) continue;
    for (const { libraryId } of activity.suggestedVendors) {
      const keys = byId.get(libraryId);
      if (keys) keys.push(activity.key);
      else byId.set(libraryId, [activity.key]);
    }
  }
  return [...byId].map(([libraryId, keys]) => ({ libraryId, activityKeys: keys }));
}

/** Every library vendor suggested for the chosen activities (each once, in activity order). */
export function suggestedVendorIds(
  jurisdiction: Jurisdiction,
  activityKeys: readonly StarterActivityKey[] = STARTER_ACTIVITY_KEYS,
): string[] {
  return vendorSuggestions(jurisdiction, activityKeys).map((s) => s.libraryId);
}
