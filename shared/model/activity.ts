import * as z from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { GDPR_ART6_CODES, LEGAL_BASIS_CODES } from './legalBasisCodes';
import { anyText } from './localizedText';
import { TRANSFER_MECHANISMS } from './catalogs';
import { ConfirmationSchema } from './confirmation';
import {
  CountrySchema,
  IdSchema,
  idList,
  LIMITS,
  LocalizedNameSchema,
  LocalizedTextSchema,
  OptionalDateSchema,
  ShortTextSchema,
  TimestampSchema,
} from './primitives';

/** One legal basis cited for one purpose; Art. 6(1)(f) carries the interest pursued, in words [13(1)(d)]. */
const LegalBasisRefSchema = z
  .object({
    code: z.enum(LEGAL_BASIS_CODES),
    legitimateInterest: LocalizedTextSchema,
    note: LocalizedTextSchema,
  })
  .strict();
export type LegalBasisRef = z.infer<typeof LegalBasisRefSchema>;

/** Each purpose carries its own legal bases — never one block of bases pasted under every purpose. */
const PurposeSchema = z
  .object({
    id: IdSchema,
    description: LocalizedTextSchema,
    legalBases: z.array(LegalBasisRefSchema).max(50),
  })
  .strict();
export type Purpose = z.infer<typeof PurposeSchema>;

/** Which data categories are processed about which data subject categories (Datatilsynet, 2020). */
const SubjectDataLinkSchema = z.object({ dataSubjectId: IdSchema, dataCategoryId: IdSchema }).strict();

const RecipientLinkSchema = z.object({ recipientId: IdSchema, dataCategoryIds: idList() }).strict();

const ManualTransferSchema = z
  .object({
    id: IdSchema,
    country: CountrySchema,
    recipient: ShortTextSchema,
    mechanism: z.enum(TRANSFER_MECHANISMS),
    safeguardsCopy: LocalizedTextSchema,
  })
  .strict();
export type ManualTransfer = z.infer<typeof ManualTransferSchema>;

export const RETENTION_UNITS = ['days', 'months', 'years'] as const;

export const RetentionSchema = z
  .object({
    text: LocalizedTextSchema,
    period: z
      .object({ amount: z.number().int().min(0).max(1000), unit: z.enum(RETENTION_UNITS) })
      .strict()
      .nullable(),
    startEvent: LocalizedTextSchema,
    basis: LocalizedTextSchema,
    /** The built-in retention rule it was inserted from, if any. */
    ruleId: IdSchema.nullable(),
  })
  .strict();
export type Retention = z.infer<typeof RetentionSchema>;

export const ACTIVITY_STATUSES = ['draft', 'active', 'retired'] as const;
export const ACTIVITY_ROLES = ['controller', 'processor', 'jointController'] as const;
export type ActivityRole = (typeof ACTIVITY_ROLES)[number];

/**
 * Whether the data subject must provide the data [Art. 13(2)(e)]. Chosen by the user, never defaulted:
 * "notAssessed" prints nothing in the policy and is a finding.
 */
export const REQUIREMENT_KINDS = [
  'notAssessed',
  'statutory',
  'contractual',
  'contractPrerequisite',
  'voluntary',
] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** Whether automated decisions or profiling are used [Art. 13(2)(f), 14(2)(g), 22]; chosen, never defaulted. */
export const AUTOMATED_DECISION_STATUSES = ['notAssessed', 'notUsed', 'used'] as const;
export type AutomatedDecisionStatus = (typeof AUTOMATED_DECISION_STATUSES)[number];
export const DPIA_STATUSES = ['notAssessed', 'notRequired', 'required', 'done'] as const;

export const ActivitySchema = z
  .object({
    id: IdSchema,
    name: LocalizedNameSchema,
    description: LocalizedTextSchema,
    owner: ShortTextSchema,
    status: z.enum(ACTIVITY_STATUSES),
    role: z.enum(ACTIVITY_ROLES),
    /** For role "processor": the controllers (customers) it is carried out for [Art. 30(2)(b)]. */
    customerIds: idList(),
    /** For role "jointController": the joint controllers of the organisation it is shared with. */
    jointControllerIds: idList(),
    purposes: z.array(PurposeSchema).max(200),
    dataSubjectIds: idList(),
    dataCategoryIds: idList(),
    subjectData: z.array(SubjectDataLinkSchema).max(LIMITS.listItems),
    sourceIds: idList(),
    recipients: z.array(RecipientLinkSchema).max(LIMITS.listItems),
    vendorIds: idList(),
    manualTransfers: z.array(ManualTransferSchema).max(500),
    retention: RetentionSchema,
    securityMeasureIds: idList(),
    requirement: z.object({ kind: z.enum(REQUIREMENT_KINDS), consequence: LocalizedTextSchema }).strict(),
    automatedDecisions: z
      .object({
        status: z.enum(AUTOMATED_DECISION_STATUSES),
        logic: LocalizedTextSchema,
        significance: LocalizedTextSchema,
      })
      .strict(),
    dpia: z
      .object({ status: z.enum(DPIA_STATUSES), reason: LocalizedTextSchema, date: OptionalDateSchema })
      .strict(),
    /** The policies (notices) it appears in; `internalOnly` keeps it in the register only. */
    audienceIds: idList(),
    internalOnly: z.boolean(),
    lastReviewed: OptionalDateSchema,
    nextReview: OptionalDateSchema,
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    confirmation: ConfirmationSchema,
  })
  .strict();
export type Activity = z.infer<typeof ActivitySchema>;

// ---------------------------------------------------------------------------------------------------------
// What an activity states: the predicates the requirements table (shared/checks/requirements) is built from.

/** Art. 30(1) asks the controller's record for legal bases, subjects, data and retention; Art. 30(2) does not. */
export const actsAsController = (activity: Pick<Activity, 'role'>): boolean => activity.role !== 'processor';

const ART6: ReadonlySet<string> = new Set(GDPR_ART6_CODES);

/** A purpose rests on a basis of Art. 6(1); Art. 9, 10 and national provisions only add to one. */
export const hasArt6Basis = (purpose: Pick<Purpose, 'legalBases'>): boolean =>
  purpose.legalBases.some((basis) => ART6.has(basis.code));

/** Named in the list or in the subject/data matrix. */
export const namesDataSubjects = (activity: Activity): boolean =>
  activity.dataSubjectIds.length > 0 || activity.subjectData.length > 0;

export const namesDataCategories = (activity: Activity): boolean =>
  activity.dataCategoryIds.length > 0 || activity.subjectData.length > 0;

/**
 * How long the data is kept is stated: in words, as a period, as a criterion or statute, or by a built-in
 * rule. A start event alone says from when, not for how long.
 */
export function hasRetention(activity: Pick<Activity, 'retention'>): boolean {
  const r = activity.retention;
  return (
    r.period !== null ||
    r.ruleId !== null ||
    anyText(r.text, LANGUAGES) !== '' ||
    anyText(r.basis, LANGUAGES) !== ''
  );
}

/** Whether the activity reaches a policy is decided: some audience, or deliberately internal only. */
export const hasAudienceDecision = (activity: Pick<Activity, 'internalOnly' | 'audienceIds'>): boolean =>
  activity.internalOnly || activity.audienceIds.length > 0;

/** A review is on record or planned; reviewDue (checks) derives the next date from either. */
export const hasReviewDate = (activity: Pick<Activity, 'lastReviewed' | 'nextReview'>): boolean =>
  activity.lastReviewed !== '' || activity.nextReview !== '';
