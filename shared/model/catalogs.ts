import * as z from 'zod';
import {
  CountrySchema,
  IdSchema,
  LIMITS,
  LocalizedNameSchema,
  LocalizedTextSchema,
  NameSchema,
  OptionalCountrySchema,
  OptionalDateSchema,
  OptionalUrlSchema,
  ShortTextSchema,
} from './primitives';
import { ConfirmationSchema } from './confirmation';

/** Catalog items are written once and referenced by many activities. */

export const DataSubjectSchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    description: LocalizedTextSchema,
    confirmation: ConfirmationSchema,
  })
  .strict();
export type DataSubject = z.infer<typeof DataSubjectSchema>;

/** ordinary | special (Art. 9) | criminal (Art. 10) | national identification number (CPR / personnummer). */
export const DATA_CATEGORY_KINDS = ['ordinary', 'special', 'criminal', 'nationalId'] as const;
export type DataCategoryKind = (typeof DATA_CATEGORY_KINDS)[number];

export const DataCategorySchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    description: LocalizedTextSchema,
    kind: z.enum(DATA_CATEGORY_KINDS),
    confirmation: ConfirmationSchema,
  })
  .strict();
export type DataCategory = z.infer<typeof DataCategorySchema>;

export const SOURCE_KINDS = [
  'dataSubject',
  'publicRegister',
  'otherCompany',
  'authority',
  'online',
  'generated',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SourceSchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    description: LocalizedTextSchema,
    kind: z.enum(SOURCE_KINDS),
    confirmation: ConfirmationSchema,
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const RECIPIENT_KINDS = ['authority', 'advisor', 'bank', 'partner', 'group', 'other'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const RecipientSchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    description: LocalizedTextSchema,
    kind: z.enum(RECIPIENT_KINDS),
    country: OptionalCountrySchema,
    confirmation: ConfirmationSchema,
  })
  .strict();
export type Recipient = z.infer<typeof RecipientSchema>;

export const VENDOR_ROLES = ['processor', 'subProcessor', 'independentController'] as const;
export type VendorRole = (typeof VENDOR_ROLES)[number];

/** A (sub-)processor works under a data processing agreement [Art. 28(3)]; an independent controller does not. */
export const isProcessorRole = (role: VendorRole): boolean => role === 'processor' || role === 'subProcessor';

/** Chapter V mechanisms. Privacy Shield is deliberately absent: it has been invalid since July 2020. */
export const TRANSFER_MECHANISMS = ['adequacy', 'dpf', 'scc', 'bcr', 'art49', 'unknown'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

const DpaSchema = z
  .object({
    status: z.enum(['signed', 'notSigned', 'notNeeded', 'unknown']),
    date: OptionalDateSchema,
    reference: ShortTextSchema,
  })
  .strict();

export const VendorSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    legalEntity: ShortTextSchema,
    registrationNumber: ShortTextSchema,
    function: LocalizedTextSchema,
    hqCountry: OptionalCountrySchema,
    processingLocations: z.array(CountrySchema).max(300),
    role: z.enum(VENDOR_ROLES),
    /** Required whenever a processing location lies outside the EU/EEA; null when none does. */
    transferMechanism: z.enum(TRANSFER_MECHANISMS).nullable(),
    dpa: DpaSchema,
    website: OptionalUrlSchema,
    privacyPolicyUrl: OptionalUrlSchema,
    lastVerified: OptionalDateSchema,
    notes: LocalizedTextSchema,
    /**
     * What the vendor library could not confirm about this vendor ("check before use"), copied with it; empty
     * when the library vouches for its facts. A finding until the user verifies the facts (lastVerified).
     */
    checkBeforeUse: LocalizedTextSchema,
    /** The vendor-library entry this copy came from, so the app can show where the user's copy differs. */
    libraryRef: z
      .object({ id: IdSchema, version: z.number().int().min(0) })
      .strict()
      .nullable(),
    confirmation: ConfirmationSchema,
  })
  .strict();
export type Vendor = z.infer<typeof VendorSchema>;

export const SecurityMeasureSchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    kind: z.enum(['technical', 'organisational']),
    description: LocalizedTextSchema,
    confirmation: ConfirmationSchema,
  })
  .strict();
export type SecurityMeasure = z.infer<typeof SecurityMeasureSchema>;

/** The controllers a processor acts for [Art. 30(2)]. */
export const CustomerSchema = z
  .object({
    id: IdSchema,
    name: NameSchema,
    registrationNumber: ShortTextSchema,
    contact: ShortTextSchema,
    dpaReference: ShortTextSchema,
    confirmation: ConfirmationSchema,
  })
  .strict();
export type Customer = z.infer<typeof CustomerSchema>;

/** The notices (policies) an activity can appear in, e.g. "website & customers", "employees". */
export const AudienceSchema = z
  .object({ id: IdSchema, name: LocalizedNameSchema, confirmation: ConfirmationSchema })
  .strict();
export type Audience = z.infer<typeof AudienceSchema>;

export const catalogList = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.listItems);
