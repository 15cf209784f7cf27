import type { Vendor } from './catalogs';
import { isInsideEuEea } from './countries';

interface Located {
  readonly hqCountry: string;
  readonly processingLocations: readonly string[];
}

/**
 * The third countries a vendor brings the data to: its processing locations and its contracting entity's
 * country, where outside the EU/EEA. The one definition the editor, the checks and the documents share.
 */
export function thirdCountries(vendor: Located): string[] {
  const countries = new Set<string>();
  for (const country of [vendor.hqCountry, ...vendor.processingLocations]) {
    if (country && !isInsideEuEea(country)) countries.add(country);
  }
  return [...countries];
}

/** Data reaches a third country, but no transfer mechanism is known (Chapter V GDPR). */
export function lacksTransferMechanism(vendor: Located & Pick<Vendor, 'transferMechanism'>): boolean {
  return (
    thirdCountries(vendor).length > 0 &&
    (vendor.transferMechanism === null || vendor.transferMechanism === 'unknown')
  );
}
