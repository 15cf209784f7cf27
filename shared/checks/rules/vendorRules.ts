import type { Wording } from '../../model/primitives';
import { getVendorLibraryEntry } from '../../catalog/vendorLibrary';
import { VENDOR_ROLE_LABELS } from '../../model/vocabulary';
import type { Language } from '../../i18n/languages';
import { isProcessorRole, type Vendor, type VendorRole } from '../../model/catalogs';
import type { CheckContext } from '../context';
import { list, lowerFirst, q } from '../format';
import { independentControllerCategory } from '../heuristics';
import type { ItemLocation } from '../projectText';
import { defineRule, type Rule } from '../rule';
import { requirementRule } from './requirementRules';

/** Rules on the vendor catalog. Every vendor is checked, used or not: the list is the supplier overview. */

type VendorParams = { vendor: Wording };

function eachVendor(context: CheckContext, visit: (vendor: Vendor, item: ItemLocation) => void): void {
  for (const vendor of context.project.vendors) {
    const name = context.names(vendor.name);
    visit(vendor, { kind: 'vendor', id: vendor.id, name, screen: 'vendors', rootPath: null });
  }
}

const vendorPhrase = (language: Language, vendor: Wording): string =>
  `${{ da: 'Leverandøren', sv: 'Leverantören', en: 'The vendor' }[language]} ${q(language, vendor[language])}`;

const roleName = (language: Language, role: VendorRole): string =>
  lowerFirst(VENDOR_ROLE_LABELS[role][language]);

const vendorTransferWithoutMechanism = requirementRule<
  VendorParams & { countries: string[]; unknown: boolean }
>({
  id: 'vendor-transfer-without-mechanism',
  title: {
    da: 'Tredjeland uden overførselsgrundlag',
    sv: 'Tredjeland utan överföringsmekanism',
    en: 'Third country without transfer mechanism',
  },
  message: {
    da: (p) =>
      `${vendorPhrase('da', p.vendor)} behandler oplysninger uden for EU/EØS (${list('da', p.countries)}), men ${p.unknown ? 'overførselsgrundlaget er angivet som ukendt' : 'der er intet overførselsgrundlag angivet'}. Angiv f.eks. EU-U.S. Data Privacy Framework, standardkontraktbestemmelser eller en tilstrækkelighedsafgørelse (kapitel V).`,
    sv: (p) =>
      `${vendorPhrase('sv', p.vendor)} behandlar uppgifter utanför EU/EES (${list('sv', p.countries)}), men ${p.unknown ? 'överföringsmekanismen är angiven som okänd' : 'ingen överföringsmekanism är angiven'}. Ange t.ex. EU-U.S. Data Privacy Framework, standardavtalsklausuler eller ett beslut om adekvat skyddsnivå (kapitel V).`,
    en: (p) =>
      `${vendorPhrase('en', p.vendor)} processes data outside the EU/EEA (${list('en', p.countries)}), but ${p.unknown ? 'its transfer mechanism is marked unknown' : 'no transfer mechanism is given'}. State e.g. the EU-U.S. Data Privacy Framework, standard contractual clauses or an adequacy decision (Chapter V).`,
  },
});

/** A DPA status that is recorded and wrong for a (sub-)processor: Art. 28(3) requires a contract with each. */
type MissingDpaStatus = 'notSigned' | 'notNeeded';

/**
 * "… but the DPA is …": what is recorded, and what the law asks. Findings saved before `status` existed
 * (the CLI's JSON, dismissed lists) get the general wording.
 */
const MISSING_DPA: {
  readonly [L in Language]: Readonly<Record<MissingDpaStatus | 'general', string>>;
} = {
  da: {
    notSigned:
      'men databehandleraftalen er registreret som ikke underskrevet. Indgå en databehandleraftale, før leverandøren behandler personoplysninger',
    notNeeded:
      'men databehandleraftalen er angivet som ikke nødvendig. En databehandler må kun behandle personoplysninger efter en databehandleraftale',
    general: 'men der er ikke registreret en underskrevet databehandleraftale',
  },
  sv: {
    notSigned:
      'men personuppgiftsbiträdesavtalet är registrerat som inte undertecknat. Ingå ett personuppgiftsbiträdesavtal innan leverantören behandlar personuppgifter',
    notNeeded:
      'men personuppgiftsbiträdesavtalet är angivet som inte nödvändigt. Ett personuppgiftsbiträde får bara behandla personuppgifter enligt ett personuppgiftsbiträdesavtal',
    general: 'men inget undertecknat personuppgiftsbiträdesavtal är registrerat',
  },
  en: {
    notSigned:
      'but its data processing agreement is recorded as not signed. Sign a data processing agreement before the vendor processes personal data',
    notNeeded:
      'but its data processing agreement is marked as not needed. A processor may only process personal data under a data processing agreement',
    general: 'but no signed data processing agreement is recorded',
  },
};

const missingDpa = (language: Language, status: MissingDpaStatus | undefined): string =>
  MISSING_DPA[language][status ?? 'general'];

/**
 * An error: the register records that a (sub-)processor works without a data processing agreement
 * ('notSigned', or 'notNeeded', which is never true of a processor). A status not yet recorded ('unknown')
 * is processorDpaUnknown's warning instead.
 */
const processorWithoutDpa = requirementRule<VendorParams & { role: VendorRole; status: MissingDpaStatus }>({
  id: 'processor-without-dpa',
  title: {
    da: 'Databehandler uden databehandleraftale',
    sv: 'Biträde utan personuppgiftsbiträdesavtal',
    en: 'Processor without DPA',
  },
  message: {
    da: (p) =>
      `${vendorPhrase('da', p.vendor)} er ${roleName('da', p.role)}, ${missingDpa('da', p.status)} (art. 28, stk. 3).`,
    sv: (p) =>
      `${vendorPhrase('sv', p.vendor)} är ${roleName('sv', p.role)}, ${missingDpa('sv', p.status)} (artikel 28.3).`,
    en: (p) =>
      `${vendorPhrase('en', p.vendor)} is a ${roleName('en', p.role)}, ${missingDpa('en', p.status)} (Article 28(3)).`,
  },
});

/**
 * A warning: whether a (sub-)processor's data processing agreement is signed is not recorded yet — the
 * state of every vendor copied from the library, since the library cannot know the user's contracts.
 */
const processorDpaUnknown = requirementRule<VendorParams & { role: VendorRole }>({
  id: 'processor-dpa-unknown',
  title: {
    da: 'Databehandleraftale ikke registreret',
    sv: 'Personuppgiftsbiträdesavtal inte registrerat',
    en: 'DPA status not recorded',
  },
  message: {
    da: (p) =>
      `${vendorPhrase('da', p.vendor)} er ${roleName('da', p.role)}, men det er ikke registreret, om der er indgået en databehandleraftale med den. Registrér, om databehandleraftalen er underskrevet – gerne med dato og reference (art. 28, stk. 3).`,
    sv: (p) =>
      `${vendorPhrase('sv', p.vendor)} är ${roleName('sv', p.role)}, men det är inte registrerat om ett personuppgiftsbiträdesavtal har ingåtts med den. Registrera om personuppgiftsbiträdesavtalet är undertecknat, gärna med datum och referens (artikel 28.3).`,
    en: (p) =>
      `${vendorPhrase('en', p.vendor)} is a ${roleName('en', p.role)}, but whether a data processing agreement has been signed with it is not recorded. Record whether the data processing agreement is signed, ideally with its date and reference (Article 28(3)).`,
  },
});

const KIND_OF_CONTROLLER = {
  registry: { da: 'et domæneregister', sv: 'ett domänregister', en: 'a domain registry' },
  credit: {
    da: 'et kreditoplysningsbureau',
    sv: 'ett kreditupplysningsföretag',
    en: 'a credit reference agency',
  },
} as const;

/**
 * A domain registry or credit agency registered as a (sub-)processor: recognised by the library entry it
 * was copied from (category 'registry' or 'credit') or, failing that, by its name or legal entity.
 */
const independentControllerAsProcessor = defineRule<
  VendorParams & { role: VendorRole; category: 'registry' | 'credit' }
>({
  id: 'independent-controller-as-processor',
  severity: 'warning',
  title: {
    da: 'Selvstændig dataansvarlig registreret som databehandler',
    sv: 'Självständigt personuppgiftsansvarig registrerad som biträde',
    en: 'Independent controller registered as processor',
  },
  message: {
    da: (p) =>
      `${vendorPhrase('da', p.vendor)} er registreret som ${roleName('da', p.role)}, men er ${KIND_OF_CONTROLLER[p.category].da}, der selv bestemmer over behandlingen: en selvstændig dataansvarlig. Angiv den som selvstændig dataansvarlig (modtager); der skal ikke indgås databehandleraftale med den.`,
    sv: (p) =>
      `${vendorPhrase('sv', p.vendor)} är registrerad som ${roleName('sv', p.role)} men är ${KIND_OF_CONTROLLER[p.category].sv} som själv bestämmer över behandlingen: självständigt personuppgiftsansvarig. Ange den som självständigt personuppgiftsansvarig (mottagare); inget personuppgiftsbiträdesavtal ska tecknas med den.`,
    en: (p) =>
      `${vendorPhrase('en', p.vendor)} is registered as a ${roleName('en', p.role)}, but it is ${KIND_OF_CONTROLLER[p.category].en} that decides its own processing: an independent controller. Register it as an independent controller (a recipient); no data processing agreement is signed with it.`,
  },
  run(context, report) {
    eachVendor(context, (vendor, item) => {
      if (!isProcessorRole(vendor.role)) return;
      const libraryCategory = vendor.libraryRef
        ? getVendorLibraryEntry(vendor.libraryRef.id)?.category
        : undefined;
      const category =
        libraryCategory === 'registry' || libraryCategory === 'credit'
          ? libraryCategory
          : independentControllerCategory(vendor.name, vendor.legalEntity);
      if (category === null) return;
      report({ item, field: 'role', params: { vendor: item.name, role: vendor.role, category } });
    });
  },
});

export const VENDOR_RULES: readonly Rule[] = [
  vendorTransferWithoutMechanism,
  processorWithoutDpa,
  processorDpaUnknown,
  independentControllerAsProcessor,
];
