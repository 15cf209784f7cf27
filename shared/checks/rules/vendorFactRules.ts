import { LANGUAGES, type Language } from '../../i18n/languages';
import { fieldLabel } from '../../model/vocabulary';
import { anyText, resolveText } from '../../model/localizedText';
import type { LocalizedText } from '../../model/primitives';
import { q } from '../format';
import { defineRule, type Rule } from '../rule';
import type { Names } from '../types';

/**
 * A vendor copied from the library keeps the library's "check before use" note: facts (entity, locations,
 * mechanism) the library could not confirm. The documents never print the note, so until the user has checked
 * them and recorded when (lastVerified), the facts the documents print rest on nobody's word.
 */

/** The whole note in each language (the short names of namesOf would cut off what to check). */
function fullText(value: LocalizedText, primary: Language): Names {
  const result = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const text = resolveText(value, language, primary).text.trim();
    result[language] = text || anyText(value, [language, primary, ...LANGUAGES]).trim();
  }
  return result;
}

export const vendorFactsUnverified = defineRule<{ vendor: Names; check: Names }>({
  id: 'vendor-facts-unverified',
  severity: 'warning',
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
  run(context, report) {
    for (const vendor of context.project.vendors) {
      if (vendor.lastVerified !== '' || anyText(vendor.checkBeforeUse, LANGUAGES).trim() === '') continue;
      const name = context.names(vendor.name);
      report({
        item: { kind: 'vendor', id: vendor.id, name, screen: 'vendors', rootPath: null },
        field: 'lastVerified',
        params: { vendor: name, check: fullText(vendor.checkBeforeUse, context.primary) },
      });
    }
  },
});

export const VENDOR_FACT_RULES: readonly Rule[] = [vendorFactsUnverified];
