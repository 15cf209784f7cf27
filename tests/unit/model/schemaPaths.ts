import type * as z from 'zod';
import { ActivitySchema } from '../../../shared/model/activity';
import {
  AudienceSchema,
  CustomerSchema,
  DataCategorySchema,
  DataSubjectSchema,
  RecipientSchema,
  SecurityMeasureSchema,
  SourceSchema,
  VendorSchema,
} from '../../../shared/model/catalogs';
import { ChangeLogSchema } from '../../../shared/model/changeLog';
import {
  BrandingSchema,
  DocumentLanguagesSchema,
  ExportRecordSchema,
  JointControllerSchema,
  OrganisationSchema,
  PolicySettingsSchema,
  PrivacyContactSchema,
  RepresentativeSchema,
} from '../../../shared/model/organisation';
import { LocalizedNameSchema, LocalizedTextSchema } from '../../../shared/model/primitives';
import { ProjectObjectSchema } from '../../../shared/model/project';
import type { FieldRoot } from '../../../shared/model/vocabulary';

/** The schema each vocabulary root names, so a test can walk the model's real fields. */
const ROOT_SCHEMAS: Readonly<Record<FieldRoot, z.ZodType>> = {
  project: ProjectObjectSchema.pick({ id: true, name: true, createdAt: true, updatedAt: true }),
  organisation: OrganisationSchema,
  privacyContact: PrivacyContactSchema,
  representative: RepresentativeSchema,
  jointController: JointControllerSchema,
  documentLanguages: DocumentLanguagesSchema,
  policy: PolicySettingsSchema,
  branding: BrandingSchema,
  export: ExportRecordSchema,
  changeLog: ChangeLogSchema,
  dataSubject: DataSubjectSchema,
  dataCategory: DataCategorySchema,
  source: SourceSchema,
  recipient: RecipientSchema,
  vendor: VendorSchema,
  securityMeasure: SecurityMeasureSchema,
  customer: CustomerSchema,
  audience: AudienceSchema,
  activity: ActivitySchema,
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object (or list of objects) a schema holds once wrappers (nullable, optional, refine) are peeled off. */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema === LocalizedTextSchema || schema === LocalizedNameSchema) return null;
  const def = defOf(schema);
  if (def.type === 'object') return def.shape ?? null;
  if (def.type === 'array' && def.element) return fieldsOf(def.element);
  if (def.innerType) return fieldsOf(def.innerType);
  if (def.type === 'pipe' && def.in) return fieldsOf(def.in);
  return null;
}

/** Every field path below a schema, parents before children: "activity.retention", "activity.retention.text" … */
function schemaPaths(root: string, schema: z.ZodType): string[] {
  const paths: string[] = [];
  for (const [key, field] of Object.entries(fieldsOf(schema) ?? {})) {
    const path = `${root}.${key}`;
    paths.push(path, ...schemaPaths(path, field));
  }
  return paths;
}

/** Every path of the vocabulary's roots, each root first. */
export function allModelPaths(): string[] {
  return Object.entries(ROOT_SCHEMAS).flatMap(([root, schema]) => [root, ...schemaPaths(root, schema)]);
}
