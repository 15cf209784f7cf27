import { CURRENT_FORMAT_VERSION } from './format';

/**
 * Migrations of older project files, keyed by the version they start from. Each takes the whole
 * parsed file of version N (already checked to be a plain object with format "kartotek-project") and
 * returns the file of version N + 1, formatVersion included. They work on plain JSON, not on the typed
 * model: the model only describes the current version.
 *
 * To introduce format version 2:
 *   1. save a file of version 1 as tests/fixtures/project-files/v1-*.kartotek (they exist already),
 *   2. raise CURRENT_FORMAT_VERSION to 2 and change the model,
 *   3. add `1: (file) => ({ ...file, formatVersion: 2, project: … })` below,
 *   4. write the v2 fixtures (the fixture test asks for them) and regenerate the JSON Schema.
 * Never edit a migration once released: files of that version exist on users' disks.
 */
export type JsonObject = Record<string, unknown>;
export type Migration = (file: JsonObject) => JsonObject;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 adds the project's change log. A version 1 file has no history: its log starts empty, from
  // the time the file was saved (every change after that is recorded; nothing before it is known).
  1: (file) => ({
    ...file,
    formatVersion: 2,
    project: { ...(file.project as JsonObject), changeLog: { since: file.savedAt, entries: [] } },
  }),
};

export type MigrationResult = { ok: true; file: JsonObject } | { ok: false; failedAt: number };

/**
 * Runs the migrations from `fromVersion` up to `toVersion`, one step at a time. A missing step, a step
 * that throws, or one that does not produce the next version fails the whole migration; the caller
 * reports it and the file is not opened.
 */
export function migrateFile(
  file: JsonObject,
  fromVersion: number,
  toVersion: number = CURRENT_FORMAT_VERSION,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): MigrationResult {
  let current = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return { ok: false, failedAt: version };
    try {
      // Each step gets its own deep copy, so a careless step cannot alter what the caller holds.
      current = step(structuredClone(current));
    } catch {
      return { ok: false, failedAt: version };
    }
    if (current === null || typeof current !== 'object' || current.formatVersion !== version + 1) {
      return { ok: false, failedAt: version };
    }
  }
  return { ok: true, file: current };
}
