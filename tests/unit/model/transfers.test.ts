import { describe, expect, it } from 'vitest';
import { lacksTransferMechanism, thirdCountries } from '../../../shared/model';

describe('third countries of a vendor (editor, checks and documents share this)', () => {
  it('counts processing locations and the contracting entity outside the EU/EEA, once each', () => {
    expect(thirdCountries({ hqCountry: 'US', processingLocations: ['IE', 'US', 'NO'] })).toEqual(['US']);
    expect(thirdCountries({ hqCountry: 'US', processingLocations: ['IE'] })).toEqual(['US']);
    expect(thirdCountries({ hqCountry: 'DK', processingLocations: ['DE', 'IS'] })).toEqual([]);
    expect(thirdCountries({ hqCountry: '', processingLocations: ['CH', 'GB'] })).toEqual(['CH', 'GB']);
  });

  it('lacks a mechanism only when data reaches a third country without a known one', () => {
    expect(
      lacksTransferMechanism({ hqCountry: 'US', processingLocations: [], transferMechanism: null }),
    ).toBe(true);
    expect(
      lacksTransferMechanism({ hqCountry: 'US', processingLocations: [], transferMechanism: 'unknown' }),
    ).toBe(true);
    expect(
      lacksTransferMechanism({ hqCountry: 'US', processingLocations: [], transferMechanism: 'dpf' }),
    ).toBe(false);
    expect(
      lacksTransferMechanism({ hqCountry: 'SE', processingLocations: ['FI'], transferMechanism: null }),
    ).toBe(false);
  });
});
