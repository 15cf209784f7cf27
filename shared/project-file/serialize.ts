import type { Project } from '../model/project';
import { toValidationIssues, type ProjectFileError } from './errors';
import { CURRENT_FORMAT_VERSION, PROJECT_FILE_FORMAT } from './format';
import { ProjectFileSchema } from './schema';

export interface SerializeOptions {
  /** The version of Kartotek writing the file. */
  appVersion: string;
  /** When the file is written, ISO 8601. */
  now: string;
}

/** Thrown when a project would be written to a file that Kartotek itself would then refuse to open. */
export class ProjectNotSavableError extends Error {
  constructor(readonly error: ProjectFileError) {
    super('the project does not pass the project-file validation and was not written');
    this.name = 'ProjectNotSavableError';
  }
}

/**
 * The file's text: pretty JSON (two spaces, final newline) with keys in the model's order, whatever
 * order the project's objects were built in, so two saves of the same project are byte-identical and
 * diff cleanly. The project is validated on the way out: writing a file the app could not open again
 * would only move the failure to the worst moment, so this throws ProjectNotSavableError instead
 * (describeProjectFileError names the field).
 */
export function serializeProjectFile(project: Project, options: SerializeOptions): string {
  const file = {
    format: PROJECT_FILE_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: options.appVersion,
    savedAt: options.now,
    project,
  };
  // zod builds its output object by walking the schema's shape, which fixes the key order.
  const parsed = ProjectFileSchema.safeParse(file);
  if (!parsed.success) {
    const { issues, count } = toValidationIssues(parsed.error, file);
    const first = issues[0]!;
    throw new ProjectNotSavableError({
      code: 'invalid',
      path: first.path,
      pathNames: first.pathNames,
      issues,
      issueCount: count,
    });
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
