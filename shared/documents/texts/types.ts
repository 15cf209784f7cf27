import type { Language } from '../../i18n/languages';
import type { Jurisdiction } from '../../model/organisation';
import type { TransferMechanism } from '../../model/catalogs';

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

interface PolicyTexts {
  readonly defaultTitle: string;
  audience(name: string): string;
  /** `date` is '' when no effective date is recorded: then no date is claimed. */
  effective(date: string, version: string): string;
  readonly controllerHeading: string;
  controllerText(organisation: string): string;
  jointControllerText(names: string): string;
  readonly jointArrangement: string;
  representativeText(name: string): string;
  readonly dpoHeading: string;
  readonly dpoText: string;
  readonly contactHeading: string;
  readonly contactText: string;
  /** Art. 13(1)(b) answered when no DPO is appointed. */
  readonly noDpo: string;
  readonly processingHeading: string;
  readonly processingIntro: string;
  readonly purposesLabel: string;
  legitimateInterestSentence(interest: string): string;
  readonly dataLabel: string;
  readonly subjectsLabel: string;
  readonly sourcesLabel: string;
  readonly sourceYou: string;
  readonly requirement: {
    readonly statutory: string;
    readonly contractual: string;
    readonly contractPrerequisite: string;
    readonly voluntary: string;
  };
  consequenceSentence(consequence: string): string;
  readonly retentionLabel: string;
  retentionFrom(event: string): string;
  retentionBasis(basis: string): string;
  readonly recipientsLabel: string;
  recipientsVendors(names: string): string;
  readonly automatedLabel: string;
  readonly automatedText: string;
  readonly automatedLogic: string;
  readonly automatedSignificance: string;
  /** Said once, when every activity of the policy is assessed and none uses automated decisions [13(2)(f)]. */
  readonly automatedNotUsed: string;
  /** Said once, when some activities use automated decisions (described there) and the rest are assessed. */
  readonly automatedNotUsedOther: string;
  readonly noActivities: string;
  readonly vendorsHeading: string;
  readonly vendorsIntro: string;
  readonly vendorsDpa: string;
  readonly independentIntro: string;
  readonly vendorColumns: { readonly vendor: string; readonly function: string; readonly country: string };
  readonly transfersHeading: string;
  readonly transfersIntro: string;
  transferLine(party: string, country: string): string;
  readonly mechanismText: Record<TransferMechanism, string>;
  /** `contact` may be '': the sentence then points to the contact details above. */
  safeguardsCopy(contact: string): string;
  readonly securityHeading: string;
  readonly securityIntro: string;
  readonly rightsHeading: string;
  readonly rightsIntro: string;
  readonly rights: {
    readonly access: readonly [string, string];
    readonly rectification: readonly [string, string];
    readonly erasure: readonly [string, string];
    readonly restriction: readonly [string, string];
    readonly portability: readonly [string, string];
    readonly objection: readonly [string, string];
    readonly withdrawConsent: readonly [string, string];
    readonly automated: readonly [string, string];
  };
  /** Where and how fast (Art. 12(3): one month, extendable by two); `contact` may be ''. */
  exerciseRights(contact: string): string;
  /** Art. 21(2)–(4): stated separately wherever a purpose is direct marketing; `contact` may be ''. */
  readonly marketingObjectionHeading: string;
  marketingObjection(contact: string): string;
  readonly complaintHeading: string;
  complaintText(authority: string): string;
  readonly complaintOther: string;
  /** Art. 77: beside the firm's own authority, the one where the person lives or works or the infringement was. */
  readonly complaintElsewhere: string;
  readonly cookiesHeading: string;
  readonly childrenHeading: string;
  readonly changesHeading: string;
  /** Introduces the list of what changed since the previous version (version label may be ''). */
  changesSince(version: string, date: string): string;
  readonly processorHeading: string;
  processorText(activities: string): string;
  readonly processorDpa: string;
  closing(date: string, version: string): string;
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
