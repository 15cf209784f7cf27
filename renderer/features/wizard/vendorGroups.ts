import { getVendorLibraryEntry, searchVendorLibrary } from '../../../shared/catalog/vendorLibrary';
import {
  VENDOR_CATEGORIES,
  VENDOR_CATEGORY_LABELS,
  type VendorCategory,
  type VendorLibraryEntry,
} from '../../../shared/catalog/vendorLibraryTypes';
import type { Language } from '../../../shared/i18n/languages';
import type { Jurisdiction } from '../../../shared/model';
import { starterActivities, vendorSuggestions, type StarterActivityKey } from '../../../shared/templates';

/** A library vendor the wizard offers, with the names of the chosen activities it is suggested for. */
export interface OfferedVendor {
  readonly entry: VendorLibraryEntry;
  readonly usedFor: readonly string[];
}

export interface VendorGroup {
  readonly category: VendorCategory;
  readonly label: string;
  readonly vendors: readonly OfferedVendor[];
}

/** The library vendors suggested for the chosen activities: what the vendor step may offer. */
export function offeredVendors(
  jurisdiction: Jurisdiction,
  chosen: readonly StarterActivityKey[],
  language: Language,
): OfferedVendor[] {
  const names = new Map(starterActivities(jurisdiction).map((a) => [a.key, a.name[language]]));
  return vendorSuggestions(jurisdiction, chosen).flatMap(({ libraryId, activityKeys }) => {
    const entry = getVendorLibraryEntry(libraryId);
    return entry ? [{ entry, usedFor: activityKeys.map((key) => names.get(key) ?? key) }] : [];
  });
}

/**
 * The offered vendors that match `query` (the vendor library's own search: name, entity, what they do),
 * grouped by kind in the library's order of kinds and sorted by name inside a group, so a long list can be
 * scanned and nothing sits unseen at its end. Empty groups are left out.
 */
export function groupVendors(
  offered: readonly OfferedVendor[],
  query: string,
  language: Language,
): VendorGroup[] {
  const matching = new Set(
    searchVendorLibrary(
      query,
      language,
      offered.map((o) => o.entry),
    ),
  );
  const byName = new Intl.Collator(language, { sensitivity: 'base' });
  return VENDOR_CATEGORIES.flatMap((category) => {
    const vendors = offered
      .filter((o) => o.entry.category === category && matching.has(o.entry))
      .sort((a, b) => byName.compare(a.entry.name, b.entry.name));
    return vendors.length ? [{ category, label: VENDOR_CATEGORY_LABELS[category][language], vendors }] : [];
  });
}
