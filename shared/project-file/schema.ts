import * as z from 'zod';
import { ProjectSchema } from '../model/project';
import { DATE_BOUNDS, TimestampSchema } from '../model/primitives';
import { CURRENT_FORMAT_VERSION, PROJECT_FILE_FORMAT } from './format';

/**
 * A project file of the current format version, as the app writes it and as every older file is
 * migrated to before it is validated. Key order here is the key order in the file.
 */
export const ProjectFileSchema = z
  .object({
    format: z.literal(PROJECT_FILE_FORMAT),
    formatVersion: z.literal(CURRENT_FORMAT_VERSION),
    /** The version of Kartotek that wrote the file, for support and for the "newer version" message. */
    appVersion: z.string().min(1).max(50),
    savedAt: TimestampSchema,
    project: ProjectSchema,
  })
  .strict();

/**
 * The published JSON Schema (shared/project-file/kartotek.schema.json). Generated, never edited by
 * hand: build/scripts/generate-schema.mjs writes it and a unit test fails when the committed copy
 * differs. References between items (an activity naming a vendor id) and a few other rules (real
 * calendar dates, country codes) are checked by the app, not by the JSON Schema.
 */
export function buildProjectFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ProjectFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `Kartotek project file, format version ${CURRENT_FORMAT_VERSION}`,
    description:
      'One organisation’s GDPR record of processing activities and privacy-policy settings, as written by Kartotek. ' +
      'Ids referred to by activities must exist in the project’s catalogs, and dates must be real calendar dates ' +
      `from ${DATE_BOUNDS.earliest} to ${DATE_BOUNDS.latest}; the app checks this, the schema cannot.`,
    $comment:
      'Generated from shared/project-file/schema.ts by build/scripts/generate-schema.mjs. Do not edit.',
    ...rest,
  };
}

/** The committed file's exact text: two-space JSON with a final newline. */
export function projectFileJsonSchemaText(): string {
  return `${JSON.stringify(buildProjectFileJsonSchema(), null, 2)}\n`;
}
