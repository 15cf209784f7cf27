import * as z from 'zod';
import {
  IdSchema,
  LanguageSchema,
  LIMITS,
  LocalizedTextSchema,
  NameSchema,
  OptionalCountrySchema,
  OptionalDateSchema,
  OptionalEmailSchema,
  OptionalUrlSchema,
  ShortTextSchema,
  TimestampSchema,
} from './primitives';
import { ConfirmationSchema } from './confirmation';

export const JURISDICTIONS = ['DK', 'SE', 'NO', 'FI', 'other'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** The controller's identity and contact details [Art. 30(1)(a), 13(1)(a)]. */
export const OrganisationSchema = z
  .object({
    legalName: ShortTextSchema,
    registrationNumber: ShortTextSchema,
    street: ShortTextSchema,
    postcode: ShortTextSchema,
    city: ShortTextSchema,
    country: OptionalCountrySchema,
    phone: ShortTextSchema,
    email: OptionalEmailSchema,
    website: OptionalUrlSchema,
    privacyEmail: OptionalEmailSchema,
    jurisdiction: z.enum(JURISDICTIONS),
  })
  .strict();
export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * Either an appointed DPO [Art. 37–39] or, when none is appointed, a named privacy contact.
 * `isManagement` records whether the person is the owner/manager: such a person cannot be the DPO (Art. 38(6)).
 */
export const PrivacyContactSchema = z
  .object({
    kind: z.enum(['dpo', 'contact']),
    name: ShortTextSchema,
    email: OptionalEmailSchema,
    phone: ShortTextSchema,
    isManagement: z.boolean(),
  })
  .strict();
export type PrivacyContact = z.infer<typeof PrivacyContactSchema>;

/** Art. 27 representative, for a controller outside the EU. */
export const RepresentativeSchema = z
  .object({
    name: ShortTextSchema,
    address: ShortTextSchema,
    email: OptionalEmailSchema,
    phone: ShortTextSchema,
  })
  .strict();

/** Art. 26 joint controllers and what they share. */
export const JointControllerSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    contact: ShortTextSchema,
    arrangement: LocalizedTextSchema,
  })
  .strict();
export type JointController = z.infer<typeof JointControllerSchema>;

export const DocumentLanguagesSchema = z
  .object({
    languages: z.array(LanguageSchema).min(1).max(3),
    primary: LanguageSchema,
  })
  .strict()
  .refine((v) => v.languages.includes(v.primary), {
    message: 'the primary language must be one of the document languages',
    path: ['primary'],
  })
  .refine((v) => new Set(v.languages).size === v.languages.length, {
    message: 'a document language is listed twice',
    path: ['languages'],
  });
export type DocumentLanguages = z.infer<typeof DocumentLanguagesSchema>;

const PolicySectionSchema = z
  .object({ id: IdSchema, heading: LocalizedTextSchema, body: LocalizedTextSchema })
  .strict();

export const PolicySettingsSchema = z
  .object({
    title: LocalizedTextSchema,
    introduction: LocalizedTextSchema,
    includeCookieSection: z.boolean(),
    cookieText: LocalizedTextSchema,
    extraSections: z.array(PolicySectionSchema).max(200),
    childrenStatement: LocalizedTextSchema,
    changesText: LocalizedTextSchema,
    effectiveDate: OptionalDateSchema,
    version: ShortTextSchema,
    /** The policy's own texts (title, introduction, cookie, children, changes) from a template are suggestions too. */
    confirmation: ConfirmationSchema,
  })
  .strict();
export type PolicySettings = z.infer<typeof PolicySettingsSchema>;

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Logos travel inside the file as data; only raster formats that Word and the preview both show. */
const LogoSchema = z
  .object({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    dataBase64: z
      .string()
      .max(Math.ceil((LIMITS.logoBytes * 4) / 3) + 4, { message: 'the logo is larger than 2 MB' })
      .regex(base64, { message: 'the logo is not valid base64 data' }),
  })
  .strict();

export const BrandingSchema = z
  .object({
    logo: LogoSchema.nullable(),
    accentColor: z.union([
      z.literal(''),
      z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'colour must be #RRGGBB' }),
    ]),
    footerText: LocalizedTextSchema,
  })
  .strict();
export type Branding = z.infer<typeof BrandingSchema>;

export const EXPORT_KINDS = ['register', 'policy', 'vendors', 'audit-pack'] as const;

/** One export, so the app can tell when a published document is older than the register. */
export const ExportRecordSchema = z
  .object({
    id: IdSchema,
    at: TimestampSchema,
    kind: z.enum(EXPORT_KINDS),
    language: LanguageSchema,
    audienceId: IdSchema.nullable(),
    versionLabel: ShortTextSchema,
    /** The edition date the document printed (a policy's effective date); '' when it printed none. */
    editionDate: OptionalDateSchema,
    /** Written as a draft ("Udkast / Utkast / Draft" on every page): not a published edition. */
    draft: z.boolean(),
    contentHash: z.string().regex(/^[0-9a-f]{16,128}$/),
  })
  .strict();
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

// ---------------------------------------------------------------------------------------------------------
// What the organisation states: predicates for the requirements table (shared/checks/requirements).

const given = (text: string): boolean => text.trim() !== '';

/** Street, postcode and city: an address a letter reaches. */
export const hasPostalAddress = (o: Pick<Organisation, 'street' | 'postcode' | 'city'>): boolean =>
  given(o.street) && given(o.postcode) && given(o.city);

/** Some way to reach the controller [Art. 13(1)(a)]: its e-mail, its phone or its privacy e-mail. */
export const hasContactDetails = (o: Pick<Organisation, 'email' | 'phone' | 'privacyEmail'>): boolean =>
  given(o.email) || given(o.phone) || given(o.privacyEmail);

/** The DPO can be reached [Art. 13(1)(b)]: directly, or through the organisation's privacy e-mail. */
export const isReachable = (
  contact: PrivacyContact,
  organisation: Pick<Organisation, 'privacyEmail'>,
): boolean => given(contact.email) || given(contact.phone) || given(organisation.privacyEmail);
