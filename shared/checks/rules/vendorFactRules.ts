import type { Wording } from '../../model/primitives';
import { fieldLabel } from '../../model/vocabulary';
import { q } from '../format';
import type { Rule } from '../rule';
import { requirementRule } from './requirementRules';

/**
 * A vendor copied from the library keeps the library's "check before use" note: facts (entity, locations,
 * mechanism) the library could not confirm. The documents never print the note, so until the user has checked
 * them and recorded when (lastVerified), the facts the documents print rest on nobody's word. The finding of
 * the requirements table's 'vendor.factsVerified'.
 */

const vendorFactsUnverified = requirementRule<{ vendor: Wording; check: Wording }>({
  id: 'vendor-facts-unverified',
  title: {
    da: 'Leverandøroplysninger ikke kontrolleret',
    sv: 'Leverantörsuppgifter inte kontrollerade',
    en: 'Vendor facts not verified',
  },
  message: {
    da: (p) =>
      `Oplysningerne om leverandøren ${q('da', p.vendor.da)} kommer fra biblioteket og er ikke bekræftet. Tjek: ${p.check.da} Angiv derefter datoen i ${q('da', fieldLabel('vendor.lastVerified', 'da'))}.`,
    sv: (p) =>
      `Uppgifterna om leverantören ${q('sv', p.vendor.sv)} kommer från biblioteket och är inte bekräftade. Kontrollera: ${p.check.sv} Ange sedan datumet i ${q('sv', fieldLabel('vendor.lastVerified', 'sv'))}.`,
    en: (p) =>
      `The facts about the vendor ${q('en', p.vendor.en)} come from the library and are not confirmed. Check: ${p.check.en} Then enter the date in ${q('en', fieldLabel('vendor.lastVerified', 'en'))}.`,
  },
});

export const VENDOR_FACT_RULES: readonly Rule[] = [vendorFactsUnverified];
