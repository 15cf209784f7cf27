import type { Wording } from '../model/primitives';
import type { TransferMechanism, VendorRole } from '../model/catalogs';
import type { CountryCode } from '../model/countries';

/** Built-in catalog text: unlike user text, it is always filled in all three languages. */

/** What a library vendor is used for; drives grouping and search. */
export const VENDOR_CATEGORIES = [
  'productivity',
  'rmm',
  'remote-support',
  'documentation',
  'backup',
  'hosting',
  'accounting',
  'telephony',
  'marketing',
  'analytics',
  'consent',
  'crm',
  'helpdesk',
  'security',
  'storage',
  'communication',
  'licensing',
  'email',
  'registry',
  'credit',
] as const;
export type VendorCategory = (typeof VENDOR_CATEGORIES)[number];

export const VENDOR_CATEGORY_LABELS: Readonly<Record<VendorCategory, Wording>> = {
  productivity: {
    da: 'Kontorpakke og samarbejde',
    sv: 'Kontorsprogram och samarbete',
    en: 'Productivity suite',
  },
  rmm: {
    da: 'Fjernovervågning og drift (RMM)',
    sv: 'Fjärrövervakning och drift (RMM)',
    en: 'Remote monitoring and management (RMM)',
  },
  'remote-support': { da: 'Fjernsupport', sv: 'Fjärrsupport', en: 'Remote support' },
  documentation: { da: 'IT-dokumentation', sv: 'IT-dokumentation', en: 'IT documentation' },
  backup: { da: 'Backup', sv: 'Säkerhetskopiering (backup)', en: 'Backup' },
  hosting: { da: 'Hosting og servere', sv: 'Hosting och servrar', en: 'Hosting and servers' },
  accounting: {
    da: 'Regnskab og fakturering',
    sv: 'Bokföring och fakturering',
    en: 'Accounting and invoicing',
  },
  telephony: { da: 'Telefoni', sv: 'Telefoni', en: 'Telephony' },
  marketing: {
    da: 'Markedsføring og nyhedsbreve',
    sv: 'Marknadsföring och nyhetsbrev',
    en: 'Marketing and newsletters',
  },
  analytics: { da: 'Webstatistik', sv: 'Webbanalys', en: 'Web analytics' },
  consent: { da: 'Cookiesamtykke', sv: 'Cookiesamtycke', en: 'Cookie consent' },
  crm: {
    da: 'Kunde- og salgsstyring (CRM)',
    sv: 'Kund- och säljstöd (CRM)',
    en: 'Customer relationship management (CRM)',
  },
  helpdesk: {
    da: 'Helpdesk og kundeservice',
    sv: 'Helpdesk och kundtjänst',
    en: 'Helpdesk and customer service',
  },
  security: {
    da: 'Antivirus og endpoint-sikkerhed',
    sv: 'Antivirus och endpoint-skydd',
    en: 'Antivirus and endpoint security',
  },
  storage: { da: 'Fildeling og lagring', sv: 'Fildelning och lagring', en: 'File sharing and storage' },
  communication: { da: 'Chat og videomøder', sv: 'Chatt och videomöten', en: 'Chat and video meetings' },
  licensing: {
    da: 'Distribution af licenser og abonnementer',
    sv: 'Distribution av licenser och prenumerationer',
    en: 'Licence and subscription distribution',
  },
  email: { da: 'E-mailværktøjer', sv: 'E-postverktyg', en: 'E-mail tools' },
  registry: { da: 'Domæneregister', sv: 'Domänregister', en: 'Domain registry' },
  credit: { da: 'Kreditoplysning', sv: 'Kreditupplysning', en: 'Credit reference agency' },
};

type VerificationStatus = 'verified' | 'checkBeforeUse';

export interface VendorLibraryVerification {
  /** YYYY-MM-DD when the facts were confirmed against the source; '' when they were not. */
  readonly date: string;
  /** Where the facts come from, in words (for the team, not translated). */
  readonly source: string;
  /** 'checkBeforeUse': the app must mark the entry, and the notes say what to check. */
  readonly status: VerificationStatus;
}

/**
 * One vendor in the built-in library. Users never edit entries; they copy one into their project
 * (see vendorFromLibrary) and edit the copy. Any change to an entry's facts bumps `libraryVersion`.
 */
export interface VendorLibraryEntry {
  /** Stable kebab-case id; never reused or renamed (user copies point at it). */
  readonly id: string;
  /** Integer starting at 1. */
  readonly libraryVersion: number;
  readonly name: string;
  /** The contracting legal entity as far as the source gives it; '' when unknown. */
  readonly legalEntity: string;
  /** CVR / organisationsnummer only where the source gives it; never guessed. */
  readonly registrationNumber: string;
  readonly function: Wording;
  readonly category: VendorCategory;
  /** Country of the contracting legal entity; '' when unknown. */
  readonly hqCountry: CountryCode | '';
  /**
   * Countries the source names. Empty when the source only says "EU"/"EEA" or says nothing: the notes
   * then ask the user to add the countries from the vendor's sub-processor list.
   */
  readonly processingLocations: readonly CountryCode[];
  /** The typical role for a small IT firm; the user adjusts the copy to their own situation. */
  readonly role: VendorRole;
  /** Never null when a location lies outside the EU/EEA; 'unknown' when not verified. */
  readonly transferMechanism: TransferMechanism | null;
  /** The vendor's official data processing agreement page, or '' when no confident URL is known. */
  readonly dpaUrl: string;
  /** The vendor's homepage (https). */
  readonly website: string;
  readonly verification: VendorLibraryVerification;
  /** What to know or to check, per language; always filled for checkBeforeUse and independent controllers. */
  readonly notes: Wording;
}

export { wording as text } from '../model/primitives';

export const NO_NOTES: Wording = { da: '', sv: '', en: '' };
