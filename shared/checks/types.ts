import type { Wording } from '../model/primitives';
import type { Language } from '../i18n/languages';
import type { ExportRecord } from '../model/organisation';
import type { Project } from '../model/project';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
/** error: the register or policy is wrong or unlawful as it stands; warning: probably deficient; info: housekeeping. */
export type Severity = (typeof SEVERITIES)[number];

/** Every rule id. Stable: the UI, the CLI's JSON and saved reports refer to them. */
export const RULE_IDS = [
  // activities: purposes and legal bases
  'activity-no-purpose',
  'purpose-no-legal-basis',
  'legitimate-interest-not-described',
  'interest-under-wrong-basis',
  'consent-for-employees',
  'consent-mixed-with-other-basis',
  'consent-for-contract',
  'legal-bases-pasted',
  'legal-basis-without-statute',
  'special-data-without-condition',
  'art9-without-special-data',
  'criminal-data-without-basis',
  'national-id-without-basis',
  'national-basis-other-jurisdiction',
  // activities: content
  'activity-no-data-subjects',
  'activity-no-data-categories',
  'retention-missing',
  'retention-vague',
  'activity-no-security-measures',
  'processor-activity-without-customers',
  'manual-transfer-without-mechanism',
  'review-overdue',
  'review-missing',
  'requirement-not-assessed',
  'automated-decisions-not-assessed',
  'automated-decisions-not-explained',
  // vendors
  'vendor-transfer-without-mechanism',
  'processor-without-dpa',
  'processor-dpa-unknown',
  'independent-controller-as-processor',
  'vendor-facts-unverified',
  // organisation and contacts
  'controller-identity-incomplete',
  'dpo-is-management',
  'dpo-contact-missing',
  'phone-country-mismatch',
  // texts anywhere
  'privacy-shield',
  'outdated-authority',
  'consent-by-continued-use',
  'missing-translation',
  // catalogs
  'unused-catalog-item',
  // suggestions the user has not confirmed (template, vendor library, import, merge)
  'item-unconfirmed',
  // policy
  'policy-undated',
  'policy-outdated',
  // required fields that had no finding of their own (the requirements table's)
  'organisation-no-registration-number',
  'organisation-no-country',
  'privacy-email-missing',
  'privacy-contact-no-name',
  'policy-text-missing',
  'no-activities',
  'activity-no-name',
  'activity-no-description',
  'activity-no-owner',
  'purpose-not-described',
  'activity-no-sources',
  'activity-no-audience',
  'catalog-empty',
  'catalog-item-no-name',
  'catalog-item-no-description',
  'vendor-no-function',
  'vendor-no-country',
  'vendor-no-processing-country',
  'vendor-not-verified',
  'customer-no-registration-number',
  'customer-no-dpa-reference',
  // contact data and dates in a wrong format (fieldFormatRules.ts)
  'registration-number-invalid',
  'contact-email-invalid',
  'phone-invalid',
  'website-invalid',
  'date-far-future',
  // mistakes real policies make (practiceRules.ts)
  'policy-edition-old',
  'legitimate-interest-generic',
  'tracking-on-legitimate-interest',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What a finding is about. Singletons (organisation, privacy contact, policy …) have id null. */
export type ItemKind =
  | 'organisation'
  | 'privacyContact'
  | 'representative'
  | 'jointController'
  | 'policy'
  | 'branding'
  | 'activity'
  | 'dataSubject'
  | 'dataCategory'
  | 'source'
  | 'recipient'
  | 'vendor'
  | 'securityMeasure'
  | 'customer'
  | 'audience';

/** A user-written name resolved in every language (falling back to the primary language, then any). */

export interface FindingItem {
  readonly kind: ItemKind;
  readonly id: string | null;
  /** Dot path inside the item, e.g. "purposes.0.legalBases.1.legitimateInterest"; null for the whole item. */
  readonly field: string | null;
  /** The item's name for lists; empty names become "(unnamed)" in each language. */
  readonly name: Wording;
}

/** The app's screens (the renderer's section keys; shared/ cannot import them, so they are repeated here). */
export type FixScreen =
  | 'overview'
  | 'activities'
  | 'dataSubjects'
  | 'dataCategories'
  | 'sources'
  | 'recipients'
  | 'vendors'
  | 'securityMeasures'
  | 'customers'
  | 'organisation'
  | 'documents';

/**
 * Where the user fixes a finding. With an id, `field` is a dot path inside that item on the screen
 * (activities, catalogs); with id null, `field` is a dot path from the project root
 * (e.g. "privacyContact.kind" on the organisation screen, "policy.effectiveDate" on the documents screen).
 */
export interface FixTarget {
  readonly screen: FixScreen;
  readonly id: string | null;
  readonly field: string | null;
}

/** Message parameters: plain JSON data, so findings survive the CLI's --json and can be re-rendered later. */
export type FindingParams = Readonly<Record<string, unknown>>;

export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly item: FindingItem;
  readonly fix: FixTarget;
  readonly params: FindingParams;
  /** The message in the language asked for (see findingMessage to render it in another). */
  readonly message: string;
  /** Unique within one run, stable between runs for the same problem: for list keys and "dismissed" lists. */
  readonly key: string;
}

export interface CheckOptions {
  /** The date to judge review deadlines by, YYYY-MM-DD (the caller's local date). */
  readonly today: string;
  /** Language of the messages; defaults to the project's primary document language. */
  readonly language?: Language;
  /**
   * The register as it was at an export, when the caller kept it (the change log). With it, the drift
   * finding names what changed; without it, it only says that something did.
   */
  readonly snapshotAtExport?: (record: ExportRecord) => RegisterContent | undefined;
}

/** The parts of a project that describeRegisterChanges compares; a whole Project fits. */
export type RegisterContent = Pick<Project, 'activities' | 'vendors' | 'documentLanguages'>;
