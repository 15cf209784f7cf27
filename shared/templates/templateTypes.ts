import type { Wording } from '../model/primitives';
import type { DataCategoryKind, RecipientKind, SourceKind } from '../model/catalogs';
import type { CountryCode } from '../model/countries';
import type { LegalBasisCode } from '../model/legalBasisCodes';
import type { Jurisdiction } from '../model/organisation';
import type { Retention } from '../model/activity';

/**
 * The shape of a starter template: built-in content, so every text is filled in da, sv and en. A template
 * refers to its catalog items by key; buildStarterProject turns keys into ids and copies only what is used.
 */

export { wording as text } from '../model/primitives';

/**
 * The legal variant a template is written for: Danish and Swedish statutes, national bases and retention
 * rules, or a neutral EU/EEA wording for Norway, Finland and other countries (whose national provisions the
 * legal catalog does not carry).
 */
export type TemplateVariant = 'DK' | 'SE' | 'EU';

export function templateVariant(jurisdiction: Jurisdiction): TemplateVariant {
  return jurisdiction === 'DK' || jurisdiction === 'SE' ? jurisdiction : 'EU';
}

/** Picks the value for a variant: `byVariant(variant, { DK: …, SE: …, EU: … })`. */
export function byVariant<T>(variant: TemplateVariant, values: Readonly<Record<TemplateVariant, T>>): T {
  return values[variant];
}

export interface TemplateDataSubject {
  readonly name: Wording;
  readonly description: Wording;
}

export interface TemplateDataCategory {
  readonly name: Wording;
  readonly description: Wording;
  readonly kind: DataCategoryKind;
}

export interface TemplateSource {
  readonly name: Wording;
  readonly description: Wording;
  readonly kind: SourceKind;
}

export interface TemplateRecipient {
  readonly name: Wording;
  readonly description: Wording;
  readonly kind: RecipientKind;
  /** ISO 3166-1 alpha-2, or '' for "the organisation's own country / varies". */
  readonly country: CountryCode | '';
}

export interface TemplateSecurityMeasure {
  readonly name: Wording;
  readonly kind: 'technical' | 'organisational';
  readonly description: Wording;
}

export interface TemplateAudience {
  readonly name: Wording;
}

/** A legal basis of one purpose; Art. 6(1)(f) always carries the interest, in words. */
export interface TemplateBasis {
  readonly code: LegalBasisCode;
  readonly interest?: Wording;
  readonly note?: Wording;
}

interface TemplatePurpose {
  /** Stable within the activity (purpose ids are generated). */
  readonly key: string;
  readonly description: Wording;
  /** Empty only for processor activities: a processor acts on the controller's basis (Art. 28(3), 29). */
  readonly bases: readonly TemplateBasis[];
}

/**
 * A library vendor offered for an activity. Neither the first-run wizard nor `kartotek new` adds one the user
 * did not choose: a firm must not publish a vendor (Mailchimp, say) because a template assumed it.
 */
export interface VendorSuggestion {
  readonly libraryId: string;
}

export interface TemplateActivity<
  K extends string,
  Subject extends string,
  Category extends string,
  SourceKey extends string,
  RecipientKey extends string,
  MeasureKey extends string,
  AudienceKey extends string,
> {
  readonly key: K;
  readonly name: Wording;
  readonly description: Wording;
  readonly role: 'controller' | 'processor';
  readonly purposes: readonly TemplatePurpose[];
  /** Which data categories are processed about which data subject categories; the lists derive from it. */
  readonly subjectData: readonly { readonly subject: Subject; readonly data: readonly Category[] }[];
  readonly sources: readonly SourceKey[];
  readonly recipients: readonly { readonly recipient: RecipientKey; readonly data: readonly Category[] }[];
  readonly retention: Retention;
  readonly securityMeasures: readonly MeasureKey[];
  readonly requirement: {
    readonly kind: 'voluntary' | 'statutory' | 'contractual' | 'contractPrerequisite';
    readonly consequence: Wording;
  };
  readonly dpia: { readonly status: 'notRequired' | 'notAssessed'; readonly reason: Wording };
  readonly audiences: readonly AudienceKey[];
  readonly internalOnly: boolean;
  readonly vendors: readonly VendorSuggestion[];
  /**
   * True for processor activities: built only with the customers (controllers) it is carried out for, which
   * the user gives (BuildStarterProjectOptions.customers); the template never invents any.
   */
  readonly needsCustomers: boolean;
}
