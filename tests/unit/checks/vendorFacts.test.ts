import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../shared/checks';
import { VENDOR_LIBRARY, vendorFromLibrary } from '../../../shared/catalog/vendorLibrary';
import { itguyCorrected } from '../../fixtures/checks/itguy';

describe('vendor-facts-unverified', () => {
  it('quotes, in the message language, what the library asks the user to check', () => {
    const project = itguyCorrected();
    const entry = VENDOR_LIBRARY.find((e) => e.id === 'microsoft-365')!;
    project.vendors.push(vendorFromLibrary(entry.id, 'v-m365')!);
    for (const language of ['da', 'sv', 'en'] as const) {
      const finding = runChecks(project, { today: '2026-12-01', language }).find(
        (f) => f.ruleId === 'vendor-facts-unverified',
      );
      expect(finding?.severity).toBe('warning');
      expect(finding?.message).toContain(entry.notes[language]);
      expect(finding?.fix).toMatchObject({ screen: 'vendors', id: 'v-m365', field: 'lastVerified' });
    }
  });
});
