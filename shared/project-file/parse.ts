import type { Project } from '../model/project';
import { namesAlongPath, toValidationIssues, type ProjectFileError } from './errors';
import { CURRENT_FORMAT_VERSION, PROJECT_FILE_FORMAT } from './format';
import { migrateFile, MIGRATIONS, type JsonObject, type Migration } from './migrations';
import { ProjectFileSchema } from './schema';
import { isPlainRecord } from '../model/values';
import { checkTextSize, decodeFileBytes, findForbiddenKey, parseJsonSafely } from './safeJson';

export interface ParsedProjectFile {
  ok: true;
  project: Project;
  /** The format version the file was written in, when it was older and has been migrated. */
  migratedFrom?: number;
  appVersion: string;
  savedAt: string;
}
export type ParseProjectFileResult = ParsedProjectFile | { ok: false; error: ProjectFileError };

/** For tests of the migration framework: another current version and migration table. */
export interface ParseOptions {
  currentVersion?: number;
  migrations?: Readonly<Record<number, Migration>>;
  /**
   * The caller reads one file and ends (the CLI): zod's compiled fast path for objects is skipped, as
   * compiling it costs more than it saves on a single parse. The result is the same either way.
   */
  once?: boolean;
}

const fail = (error: ProjectFileError): ParseProjectFileResult => ({ ok: false, error });

function readAppVersion(file: JsonObject): string | null {
  const value = file.appVersion;
  return typeof value === 'string' && /^[0-9A-Za-z.+-]{1,50}$/.test(value) ? value : null;
}

/**
 * Reads a project file, as text or as the file's bytes, and returns the project or the first reason
 * it cannot be opened. Nothing here touches storage: callers validate first, then import.
 * Order: size → UTF-8 → nesting depth → JSON → forbidden keys → is it a Kartotek file → version
 * (newer is refused, older migrated) → the full model, references included.
 */
export function parseProjectFile(
  input: string | Uint8Array,
  options: ParseOptions = {},
): ParseProjectFileResult {
  const currentVersion = options.currentVersion ?? CURRENT_FORMAT_VERSION;
  const text = typeof input === 'string' ? checkTextSize(input) : decodeFileBytes(input);
  if (!text.ok) return text;
  const json = parseJsonSafely(text.value);
  if (!json.ok) return json;
  const raw = json.value;

  const forbidden = findForbiddenKey(raw);
  if (forbidden) {
    return fail({
      code: 'forbiddenKey',
      key: String(forbidden[forbidden.length - 1]),
      path: forbidden,
      pathNames: namesAlongPath(raw, forbidden),
    });
  }
  if (!isPlainRecord(raw) || raw.format !== PROJECT_FILE_FORMAT) {
    return fail({ code: 'notKartotek', path: [], pathNames: [] });
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return fail({ code: 'badVersion', path: ['formatVersion'], pathNames: [null] });
  }
  if (version > currentVersion) {
    return fail({
      code: 'newerVersion',
      path: ['formatVersion'],
      pathNames: [null],
      version,
      supportedVersion: currentVersion,
      appVersion: readAppVersion(raw),
    });
  }

  let file: JsonObject = raw;
  if (version < currentVersion) {
    const migrated = migrateFile(raw, version, currentVersion, options.migrations ?? MIGRATIONS);
    if (!migrated.ok) {
      return fail({
        code: 'migrationFailed',
        path: [],
        pathNames: [],
        fromVersion: version,
        failedAt: migrated.failedAt,
      });
    }
    file = migrated.file;
  }

  const parsed = ProjectFileSchema.safeParse(
    options.currentVersion === undefined ? file : { ...file, formatVersion: CURRENT_FORMAT_VERSION },
    options.once ? { jitless: true } : undefined,
  );
  if (!parsed.success) {
    const { issues, count } = toValidationIssues(parsed.error, file);
    const first = issues[0]!;
    return fail({ code: 'invalid', path: first.path, pathNames: first.pathNames, issues, issueCount: count });
  }
  return {
    ok: true,
    project: parsed.data.project,
    ...(version < currentVersion ? { migratedFrom: version } : {}),
    appVersion: parsed.data.appVersion,
    savedAt: parsed.data.savedAt,
  };
}
