import * as z from 'zod';
import { ActivitySchema } from './activity';
import {
  AudienceSchema,
  catalogList,
  CustomerSchema,
  DataCategorySchema,
  DataSubjectSchema,
  RecipientSchema,
  SecurityMeasureSchema,
  SourceSchema,
  VendorSchema,
} from './catalogs';
import {
  BrandingSchema,
  DocumentLanguagesSchema,
  ExportRecordSchema,
  JointControllerSchema,
  OrganisationSchema,
  PolicySettingsSchema,
  PrivacyContactSchema,
  RepresentativeSchema,
} from './organisation';
import { ChangeLogSchema } from './changeLog';
import { IdSchema, ShortTextSchema, TimestampSchema } from './primitives';
import { findDanglingReferences } from './references';

export { CATALOG_KEYS, ITEM_KEYS, type CatalogKey } from './collections';

export const ProjectObjectSchema = z
  .object({
    id: IdSchema,
    /** The name the user gives the project in the workspace (often the client's name). */
    name: ShortTextSchema.min(1),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    organisation: OrganisationSchema,
    privacyContact: PrivacyContactSchema,
    representative: RepresentativeSchema.nullable(),
    jointControllers: z.array(JointControllerSchema).max(100),
    documentLanguages: DocumentLanguagesSchema,
    policy: PolicySettingsSchema,
    branding: BrandingSchema,
    exportHistory: z.array(ExportRecordSchema).max(10_000),
    /** Every change to the register, oldest first (changeLog.ts). */
    changeLog: ChangeLogSchema,
    dataSubjects: catalogList(DataSubjectSchema),
    dataCategories: catalogList(DataCategorySchema),
    sources: catalogList(SourceSchema),
    recipients: catalogList(RecipientSchema),
    vendors: catalogList(VendorSchema),
    securityMeasures: catalogList(SecurityMeasureSchema),
    customers: catalogList(CustomerSchema),
    audiences: catalogList(AudienceSchema),
    activities: catalogList(ActivitySchema),
  })
  .strict();

/** One organisation's whole register: what the project file holds and what the documents are built from. */
export const ProjectSchema = ProjectObjectSchema.superRefine((project, ctx) => {
  for (const issue of findDanglingReferences(project)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});
export type Project = z.infer<typeof ProjectObjectSchema>;
