import * as z from 'zod';
import { LEGAL_BASIS_CODES } from '../model/legalBasisCodes';
import { RETENTION_UNITS } from '../model/activity';
import { IdSchema } from '../model/primitives';

/**
 * Types and schemas of the built-in legal catalog (legal bases, supervisory authorities, retention rules).
 * Unlike user text, built-in text is always filled in all three languages.
 */

const filled = z.string().refine((s) => s.trim() !== '', { message: 'built-in text may not be empty' });

const CatalogTextSchema = z.object({ da: filled, sv: filled, en: filled }).strict();

// ---------------------------------------------------------------------------------------------------------
// Legal bases

const LEGAL_BASIS_GROUPS = ['art6', 'art9', 'art10', 'national'] as const;
export type LegalBasisGroup = (typeof LEGAL_BASIS_GROUPS)[number];

/** Countries whose national provisions the catalog carries. */
const NATIONAL_BASIS_JURISDICTIONS = ['DK', 'SE'] as const;
export type NationalBasisJurisdiction = (typeof NATIONAL_BASIS_JURISDICTIONS)[number];

/**
 * What a provision specifically governs, for the checks:
 * special = Art. 9(1) data; criminal = Art. 10 data; nationalId = CPR / personnummer;
 * employment = only in the employment (and social-security) context.
 * Article 6 entries cover nothing special: every processing needs one, including alongside any of these.
 */
const LEGAL_BASIS_SCOPES = ['special', 'criminal', 'nationalId', 'employment'] as const;
export type LegalBasisScope = (typeof LEGAL_BASIS_SCOPES)[number];

export type CitationForm = 'long' | 'short';

export const LegalBasisEntrySchema = z
  .object({
    code: z.enum(LEGAL_BASIS_CODES),
    group: z.enum(LEGAL_BASIS_GROUPS),
    /** Only for group "national". */
    jurisdiction: z.enum(NATIONAL_BASIS_JURISDICTIONS).nullable(),
    /** Short name for pickers and headings. */
    name: CatalogTextSchema,
    /** One plain-language sentence for the editor: what it means and when it fits. */
    explanation: CatalogTextSchema,
    citation: z.object({ long: CatalogTextSchema, short: CatalogTextSchema }).strict(),
    /** The legal instrument the provision belongs to, for a document's list of legal references. */
    instrument: CatalogTextSchema,
    covers: z.array(z.enum(LEGAL_BASIS_SCOPES)),
    /** Art. 6(1)(a) and 9(2)(a): the policy must state the right to withdraw consent [13(2)(c), 14(2)(d)]. */
    isConsent: z.boolean(),
    /** Art. 6(1)(f): the interest pursued must be described in words [13(1)(d), 14(2)(b)]. */
    requiresLegitimateInterestText: z.boolean(),
    /**
     * The provision only applies on the basis of a specific rule of EU or national law (or, for Art. 10, a
     * national provision), which the purpose's note — or a national basis — should name.
     */
    requiresStatuteNote: z.boolean(),
    /** Meant for public authorities, health professionals or not-for-profit bodies; rarely right for a company. */
    unusualForPrivateCompanies: z.boolean(),
    /** Content that could not be confirmed against a source: show "check before use" in the app. */
    checkBeforeUse: z.boolean(),
  })
  .strict()
  .refine((e) => (e.group === 'national') === (e.jurisdiction !== null), {
    message: 'national provisions, and only they, carry a jurisdiction',
    path: ['jurisdiction'],
  });
export type LegalBasisEntry = Readonly<z.infer<typeof LegalBasisEntrySchema>>;

// ---------------------------------------------------------------------------------------------------------
// Supervisory authorities

export const AUTHORITY_JURISDICTIONS = ['DK', 'SE', 'NO', 'FI'] as const;
export type AuthorityJurisdiction = (typeof AUTHORITY_JURISDICTIONS)[number];

/** `verified: false` = from secondary sources only: the app must show it as "check before use". */
const verified = z.boolean();

export const SupervisoryAuthoritySchema = z
  .object({
    jurisdiction: z.enum(AUTHORITY_JURISDICTIONS),
    /** ISO 3166-1 alpha-2 of the authority's country. */
    country: z.enum(AUTHORITY_JURISDICTIONS),
    /** The name as it should appear in a document written in each language. */
    name: CatalogTextSchema,
    /** Postal address lines as the authority writes them (not translated); the country name is per language. */
    address: z.object({ lines: z.array(filled).min(1), countryName: CatalogTextSchema, verified }).strict(),
    /** Missing fields are omitted, never guessed. */
    phone: z
      .object({
        /** As the source gives it. */
        value: filled,
        /** With country code, for readers in another country. */
        international: z.string().regex(/^\+\d{1,3}( \d+)+$/),
        verified,
      })
      .strict()
      .optional(),
    email: z.object({ value: z.email(), verified }).strict().optional(),
    website: z
      .object({ value: filled, url: z.url({ protocol: /^https$/ }), verified })
      .strict()
      .optional(),
  })
  .strict();
export type SupervisoryAuthority = Readonly<z.infer<typeof SupervisoryAuthoritySchema>>;

export const OutdatedAuthorityMarkerSchema = z
  .object({
    /** Matched case-insensitively anywhere in a text. */
    marker: filled,
    jurisdiction: z.enum(AUTHORITY_JURISDICTIONS),
    /** What to write instead. */
    replacement: CatalogTextSchema,
    /** Why the marker is outdated, for the check list. */
    reason: CatalogTextSchema,
  })
  .strict();
export type OutdatedAuthorityMarker = Readonly<z.infer<typeof OutdatedAuthorityMarkerSchema>>;

// ---------------------------------------------------------------------------------------------------------
// Retention rules

const RETENTION_RULE_JURISDICTIONS = ['DK', 'SE', 'any'] as const;

/**
 * statutory = a statute fixes the period; guidance = the supervisory authority's published practice;
 * practice = common practice derived from a limitation period; criterion = no fixed period, only a criterion.
 */
const RETENTION_RULE_KINDS = ['statutory', 'guidance', 'practice', 'criterion'] as const;

export const RetentionRuleSchema = z
  .object({
    id: IdSchema,
    jurisdiction: z.enum(RETENTION_RULE_JURISDICTIONS),
    kind: z.enum(RETENTION_RULE_KINDS),
    /** Which data the rule is for. */
    appliesTo: CatalogTextSchema,
    /** The period in words, as it goes into the register and the policy. */
    periodText: CatalogTextSchema,
    /** Structured period, or null when the rule is a criterion rather than a fixed period. */
    period: z
      .object({ amount: z.number().int().min(1).max(1000), unit: z.enum(RETENTION_UNITS) })
      .strict()
      .nullable(),
    /** The event the period runs from. */
    startEvent: CatalogTextSchema,
    /** The statute, guidance or criterion, cited. */
    basis: CatalogTextSchema,
    /** Editor-facing remark (not copied into documents). */
    note: CatalogTextSchema.nullable(),
    /** Not confirmed by the project's legal reference: the app shows "check before use". */
    checkBeforeUse: z.boolean(),
  })
  .strict()
  .refine((r) => (r.kind === 'criterion') === (r.period === null), {
    message: 'a criterion has no fixed period, and every other kind has one',
    path: ['period'],
  });
export type RetentionRule = Readonly<z.infer<typeof RetentionRuleSchema>>;

// ---------------------------------------------------------------------------------------------------------

/** Built-in catalog content is shared by every project: freeze it so no caller can edit it by accident. */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) freezeDeep(child);
  }
  return value;
}
