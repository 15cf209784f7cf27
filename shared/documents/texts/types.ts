import type { Language } from '../../i18n/languages';
import type { Jurisdiction } from '../../model/organisation';
import type { PolicyTexts } from './policyTexts';

/**
 * Every fixed phrase the documents use, per language. User text never comes from here, and no builder writes a
 * word of Danish, Swedish or English itself: a phrase missing in one language fails to compile.
 */

type RetentionUnit = 'days' | 'months' | 'years';

/** A field label and the provision it answers, e.g. { label: 'Formål', ref: [30, 1, 'b'] }. */
export interface FieldLabel {
  readonly label: string;
  /** Article, paragraph, letter: turned into the language's citation form by `articleRef`. */
  readonly ref?: readonly [number, number?, string?];
}

export interface CommonTexts {
  readonly language: Language;
  readonly notStated: string;
  readonly none: string;
  readonly yes: string;
  /** The word joining the last two items of a list: "og", "och", "and". */
  readonly and: string;
  readonly version: string;
  readonly date: string;
  /** The text around the page fields: ["Side ", " af ", ""] reads "Side 3 af 12". */
  readonly pageOf: readonly [string, string, string];
  /** A GDPR provision in the language's short citation form: "art. 30, stk. 1, litra b". */
  articleRef(article: number, paragraph?: number, letter?: string): string;
  period(amount: number, unit: RetentionUnit): string;
  /** A legal basis named and cited: "Samtykke, jf. databeskyttelsesforordningens artikel 6, stk. 1, litra a". */
  citeBasis(name: string, citation: string): string;
  registrationNumber(jurisdiction: Jurisdiction): string;
  readonly onlyEuEea: string;
  /** Where a vendor's processing countries are unknown: never a blank cell. */
  readonly locationNotStated: string;
  /** The name used when the user has not named the organisation. */
  readonly organisationFallback: string;
}

interface ContactLabels {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly website: string;
  readonly privacyEmail: string;
}

interface RegisterTexts {
  readonly title: string;
  readonly coverBasis: string;
  readonly toc: string;
  readonly partController: string;
  readonly partOverview: string;
  readonly partActivities: string;
  readonly partProcessor: string;
  readonly annexVendors: string;
  readonly annexSecurity: string;
  about(organisation: string, authority: string | null): string;
  readonly controller: {
    readonly dpo: FieldLabel;
    readonly contactPerson: FieldLabel;
    readonly noDpo: string;
    readonly representative: FieldLabel;
    readonly jointControllers: FieldLabel;
    readonly supervisoryAuthority: FieldLabel;
  };
  readonly activity: {
    readonly description: FieldLabel;
    readonly role: FieldLabel;
    readonly jointWith: FieldLabel;
    readonly purposes: FieldLabel;
    readonly dataSubjects: FieldLabel;
    readonly dataCategories: FieldLabel;
    readonly matrix: FieldLabel;
    readonly sources: FieldLabel;
    readonly recipients: FieldLabel;
    readonly vendors: FieldLabel;
    readonly transfers: FieldLabel;
    readonly retention: FieldLabel;
    readonly security: FieldLabel;
    readonly requirement: FieldLabel;
    readonly automated: FieldLabel;
    readonly dpia: FieldLabel;
    readonly owner: FieldLabel;
    readonly status: FieldLabel;
    readonly audiences: FieldLabel;
    readonly review: FieldLabel;
    readonly legitimateInterest: string;
    readonly note: string;
    readonly noBasis: string;
    readonly noTransfers: string;
    readonly safeguardsCopy: string;
    readonly retentionPeriod: string;
    readonly retentionFrom: string;
    readonly retentionBasis: string;
    readonly consequence: string;
    readonly automatedNotUsed: string;
    readonly automatedLogic: string;
    readonly automatedSignificance: string;
    readonly dpiaReason: string;
    readonly dpiaDate: string;
    readonly internalOnly: string;
    readonly lastReviewed: string;
    readonly nextReview: string;
    readonly lastChanged: string;
    readonly matrixCorner: string;
    readonly unnamed: string;
  };
  readonly overview: {
    readonly intro: string;
    /** In the bases column of processing done as processor: the controller decides the basis. */
    readonly processorBases: string;
    readonly columns: {
      readonly activity: string;
      readonly role: string;
      readonly purposes: string;
      readonly bases: string;
      readonly subjects: string;
      readonly data: string;
      readonly recipients: string;
      readonly transfers: string;
      readonly retention: string;
      readonly owner: string;
    };
  };
  readonly noActivities: string;
  readonly processor: {
    intro(organisation: string): string;
    readonly identity: string;
    readonly none: string;
    readonly customer: FieldLabel;
    readonly dpaReference: FieldLabel;
    readonly categories: FieldLabel;
    readonly dataInvolved: FieldLabel;
    readonly subProcessors: FieldLabel;
    readonly transfers: FieldLabel;
    readonly security: FieldLabel;
    readonly customerNotStated: string;
  };
  readonly annex: {
    readonly vendorsIntro: string;
    readonly securityIntro: string;
    readonly noVendors: string;
    readonly noMeasures: string;
    readonly measure: string;
    readonly kind: string;
    readonly description: string;
    readonly usedIn: string;
  };
}

interface VendorTableTexts {
  readonly vendor: string;
  readonly entity: string;
  readonly role: string;
  readonly function: string;
  readonly locations: string;
  readonly mechanism: string;
  readonly dpa: string;
  readonly verified: string;
  readonly usedIn: string;
  readonly headquarters: string;
  readonly notInUse: string;
}

interface VendorOverviewTexts {
  readonly title: string;
  readonly subtitle: string;
  intro(organisation: string, date: string): string;
  readonly processorsHeading: string;
  readonly processorsNone: string;
  readonly controllersHeading: string;
  readonly controllersIntro: string;
  readonly transfersHeading: string;
  readonly transfersNone: string;
  transferLine(vendor: string, countries: string, mechanism: string): string;
  contact(email: string): string;
  readonly changesHeading: string;
  readonly changesFirst: string;
  changesUnknown(previousDate: string, logSince: string): string;
  changesNone(previousDate: string): string;
  changesIntro(previousDate: string): string;
  readonly added: string;
  readonly removed: string;
  readonly changed: string;
}

interface FileNameTexts {
  readonly register: string;
  readonly policy: string;
  readonly vendors: string;
}

export interface DocumentTexts {
  readonly common: CommonTexts;
  readonly contact: ContactLabels;
  readonly register: RegisterTexts;
  readonly vendorTable: VendorTableTexts;
  readonly policy: PolicyTexts;
  readonly vendors: VendorOverviewTexts;
  readonly fileName: FileNameTexts;
}
